import { json } from '@sveltejs/kit';
import { SuperFormError } from 'sveltekit-superforms';

/**
 * The one gate for request bodies (defect 1): a write whose body cannot be read as what its route
 * reads answers 400 with a Vietnamese reason, before any action or endpoint runs, so nothing is
 * written. `handle` calls checkBody() first (wrong Content-Type, multipart that does not parse,
 * superforms' JSON in a plain post); a body that only turns out unreadable inside an action
 * (superforms refusing a nested field posted without `__superform_json`: "[items] Object type
 * found…") is marked by handleError (markUnreadable) and its 500 becomes the same 400.
 */
export const BAD_BODY_MESSAGE = 'Dữ liệu gửi lên không đọc được. Vui lòng tải lại trang và gửi lại biểu mẫu.';

const FORM = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * What each app endpoint (+server.ts) reads. A page's form actions read form data only; an endpoint
 * missing here takes form data or JSON.
 */
const ENDPOINT_BODIES: Record<string, string[]> = {
	'/api/review-notes': ['multipart/form-data'],
	'/(app)/units/import/apply': ['application/json'],
	'/lang': FORM
};

/** The route ids that are endpoints, from the file tree (so a new +server.ts is known at once). */
const ENDPOINTS = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map((file) => file.slice('/src/routes'.length, -'/+server.ts'.length) || '/')
);

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The media type of a Content-Type header, lower-cased, without its parameters. */
function mediaType(header: string | null): string {
	return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The body types a write to this route may carry, or null when the gate does not apply. */
function accepted(routeId: string | null, method: string): string[] | null {
	if (!routeId || READ_ONLY.has(method)) return null;
	if (ENDPOINTS.has(routeId)) return ENDPOINT_BODIES[routeId] ?? [...FORM, 'application/json'];
	// A page: only POST reaches a form action (SvelteKit answers 405 to the other methods itself).
	return method === 'POST' ? FORM : null;
}

/**
 * Whether SvelteKit answers this action with JSON (an enhanced form) rather than drawing the page:
 * its own rule, the Accept header negotiated between application/json and text/html, with no
 * header meaning any type (so JSON, listed first).
 */
function wantsJson(request: Request): boolean {
	const parts = (request.headers.get('accept') ?? '*/*')
		.split(',')
		.map((str, i) => {
			const m = /^[ \t]*([^/ \t]+)\/([^; \t]+)[ \t]*(?:;[ \t]*q=([0-9.]+))?/.exec(str);
			return m ? { type: m[1]!, subtype: m[2]!, q: Number(m[3] ?? '1'), i } : null;
		})
		.filter((p) => p !== null)
		.sort((a, b) => b.q - a.q || Number(a.subtype === '*') - Number(b.subtype === '*') || Number(a.type === '*') - Number(b.type === '*') || a.i - b.i);
	const rank = (type: string, subtype: string) => parts.findIndex((p) => (p.type === type || p.type === '*') && (p.subtype === subtype || p.subtype === '*'));
	const json = rank('application', 'json');
	const html = rank('text', 'html');
	return json !== -1 && (html === -1 || json <= html);
}

/**
 * The 400 for an unreadable body, in the shape the caller reads: an enhanced form gets SvelteKit's
 * action result (`type: 'error'`, shown by the page's error view), an endpoint gets `{ message }`,
 * a plain form post gets a small page.
 */
export function badBodyResponse(request: Request, routeId: string | null, status: number, message: string, t: (id: string) => string): Response {
	const said = t(message);
	if (routeId !== null && ENDPOINTS.has(routeId)) return json({ message: said }, { status });
	if (wantsJson(request)) return json({ type: 'error', error: { message } }, { status });
	const html = `<!doctype html><html><head><meta charset="utf-8"><title>${status} · Kiểu Mẫu</title></head><body><main style="max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${status}</h1><p>${escapeHtml(said)}</p><p><a href="/">${escapeHtml(t('Về trang chủ'))}</a></p></main></body></html>`;
	return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Checks a write's body before the route runs: a Content-Type the route does not read (text/plain
 * passes SvelteKit's CSRF check, then `request.formData()` throws), multipart that does not parse
 * (read from a clone, so the route still reads the original stream), and a plain form post that
 * carries superforms' JSON transport. Urlencoded bodies always parse; JSON endpoints read their
 * own body defensively. Returns the refusal, or null to go on.
 */
export async function checkBody(request: Request, routeId: string | null): Promise<{ status: number; message: string } | null> {
	const types = accepted(routeId, request.method);
	if (!types) return null;
	const type = mediaType(request.headers.get('content-type'));
	if (!types.includes(type)) return { status: 400, message: BAD_BODY_MESSAGE };
	const endpoint = ENDPOINTS.has(routeId!);
	// Multipart must parse; a plain (not enhanced) form post is read to look for superforms' JSON.
	if (type === 'multipart/form-data' || (!endpoint && !wantsJson(request))) {
		let data: FormData;
		try {
			data = await request.clone().formData();
		} catch (err) {
			// adapter-node errors the stream past BODY_SIZE_LIMIT: that one stays a 413.
			const status = (err as { status?: unknown } | null)?.status;
			if (status === 413) return { status: 413, message: 'Tệp gửi lên quá lớn.' };
			return { status: 400, message: BAD_BODY_MESSAGE };
		}
		// `__superform_json` comes only from an enhanced form (superforms posts it with fetch). In a
		// plain post it is forged, and its values of any shape would reach the page drawn in answer.
		if (!endpoint && !wantsJson(request) && data.has('__superform_json')) return { status: 400, message: BAD_BODY_MESSAGE };
	}
	return null;
}

/** Requests whose body turned out unreadable inside a route (set by handleError, read by handle). */
const unreadable = new WeakSet<Request>();

/**
 * Whether an error thrown while handling a write comes from its body rather than from the app:
 * superforms' refusal of form data that does not fit the schema (e.g. "[items] Object type found…"
 * for a nested field posted without `__superform_json`), or a FormData parse failure.
 */
export function markUnreadable(request: Request, error: unknown): boolean {
	if (READ_ONLY.has(request.method)) return false;
	const bodyError =
		error instanceof SuperFormError ||
		(error instanceof TypeError && /(parse|parsing).*form ?data|form ?data.*pars/i.test(error.message));
	if (bodyError) unreadable.add(request);
	return bodyError;
}

export function wasUnreadable(request: Request): boolean {
	return unreadable.has(request);
}
