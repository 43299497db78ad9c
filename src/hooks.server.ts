import { redirect, type Handle, type HandleServerError, type RequestEvent } from '@sveltejs/kit';
import { createRequestClient } from '$lib/server/pocketbase';
import { restoreSession, sessionCookie } from '$lib/server/session';
import { BAD_BODY_MESSAGE, badBodyResponse, checkBody, markUnreadable, wasUnreadable } from '$lib/server/request-body';
import { localeFromCookie, translate } from '$lib/i18n';
import { isShed, requestLimiter, RETRY_AFTER_S, SHED_MESSAGE } from '$lib/server/load-shed';

/** Pages an anonymous visitor may open; everything else sends them to the login page. */
const PUBLIC_PATHS = new Set(['/login', '/lang']);

/**
 * The browser's address, for per-person rate limits in PocketBase. Behind a proxy, adapter-node
 * reads it from ADDRESS_HEADER and throws when a request lacks that header: such a request is
 * then counted under the proxy's own address rather than refused.
 */
function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return '127.0.0.1';
	}
}

/**
 * Every request runs within the process's bound of work in flight (src/lib/server/load-shed.ts):
 * past it, a fast 503 with Retry-After instead of one more request piled on PocketBase.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const cookies = event.request.headers.get('cookie') ?? '';
	event.locals.locale = localeFromCookie(cookies);
	const t = (id: string) => translate(event.locals.locale, id);
	try {
		return await requestLimiter.run(() => serve(event, resolve, cookies, t));
	} catch (err) {
		if (isShed(err)) return shedResponse(event, t);
		throw err;
	}
};

async function serve(event: RequestEvent, resolve: Parameters<Handle>[0]['resolve'], cookies: string, t: (id: string) => string): Promise<Response> {
	const pb = createRequestClient(clientAddress(event));
	event.locals.pb = pb;
	event.locals.user = await restoreSession(pb, cookies);

	if (!event.locals.user && !PUBLIC_PATHS.has(event.url.pathname)) {
		const next = event.url.pathname + event.url.search;
		redirect(303, next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
	}

	// A write whose body its route cannot read answers 400 before the route runs (nothing written).
	const refusal = await checkBody(event.request, event.route.id);
	if (refusal) {
		// Read what is left of the body (adapter-node caps it) so the client is not cut off mid-upload.
		await event.request.arrayBuffer().catch(() => undefined);
		return badBodyResponse(event.request, event.route.id, refusal.status, refusal.message, t);
	}

	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="vi">', `<html lang="${event.locals.locale}">`)
	});
	// A body that proved unreadable inside the route (handleError marked it): its 500 becomes that 400.
	if (response.status === 500 && wasUnreadable(event.request)) {
		response = badBodyResponse(event.request, event.route.id, 400, BAD_BODY_MESSAGE, t);
	}
	response.headers.append('set-cookie', sessionCookie(pb, event.url.protocol === 'https:'));
	return response;
}

/**
 * Past capacity (src/lib/server/load-shed.ts): 503 with Retry-After and the reason in the reader's
 * language, as a page, or JSON for endpoints and enhanced forms. The session cookie is left as is.
 */
function shedResponse(event: RequestEvent, t: (id: string) => string): Response {
	const response = badBodyResponse(event.request, event.route.id, 503, SHED_MESSAGE, t);
	response.headers.set('retry-after', String(RETRY_AFTER_S));
	response.headers.set('cache-control', 'no-store');
	return response;
}

/** An unexpected error: a body its route could not read is the sender's mistake, said in Vietnamese. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (markUnreadable(event.request, error)) return { message: BAD_BODY_MESSAGE };
	if (status !== 404) console.error(error);
	return { message };
};
