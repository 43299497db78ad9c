import { error } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import type { RequestHandler } from './$types';

// An uploaded file, for whoever may view its record. PocketBase listens on loopback only and the
// file fields are protected (they need a file token): the record is read with the user's own
// client, so a record they may not see answers 404, and the file is fetched with a file token
// issued to them, so PocketBase's view rule decides a second time.

/** The collections and fields whose files the app serves; nothing else. */
const FIELDS: Record<string, string[]> = {
	plans: ['resolutionDoc'],
	meetings: ['minutes'],
	review_notes: ['photos'],
	users: ['avatar']
};

/** The types the upload hook stores (pb_hooks/lib/files.js), by extension; anything else downloads. */
const TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif'
};

const ID = /^[a-z0-9]{1,32}$/i;
const NAME = /^[^./\\][^/\\]{0,200}$/;

function notFound(): never {
	error(404, 'Không tìm thấy tệp.');
}

/** RFC 6266: an ASCII fallback and the exact name in UTF-8. */
function disposition(kind: 'inline' | 'attachment', name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const GET: RequestHandler = async ({ params, locals, url, getClientAddress }) => {
	if (!locals.user) error(401, 'Vui lòng đăng nhập.');
	const fields = FIELDS[params.collection];
	if (!fields || !ID.test(params.id) || !NAME.test(params.name)) notFound();
	let token: string;
	try {
		const record = await locals.pb.collection(params.collection).getOne(params.id, { fields: ['id', ...fields].join(',') });
		const names = fields.flatMap((f) => {
			const v = record[f];
			return Array.isArray(v) ? v.map(String) : v ? [String(v)] : [];
		});
		if (!names.includes(params.name)) notFound();
		token = await locals.pb.files.getToken();
	} catch (err) {
		if (err instanceof ClientResponseError) notFound();
		throw err;
	}

	const ext = params.name.slice(params.name.lastIndexOf('.') + 1).toLowerCase();
	const type = TYPES[ext];
	const src = new URL(`${locals.pb.baseURL.replace(/\/$/, '')}/api/files/${params.collection}/${params.id}/${encodeURIComponent(params.name)}`);
	src.searchParams.set('token', token);
	const thumb = url.searchParams.get('thumb');
	const wantsThumb = Boolean(thumb && type?.startsWith('image/') && /^\d{1,4}x\d{1,4}$/.test(thumb));
	if (wantsThumb) src.searchParams.set('thumb', thumb!);
	let address = '127.0.0.1';
	try {
		address = getClientAddress();
	} catch {
		// behind a proxy without the address header: counted under the proxy's address
	}
	const res = await fetch(src, { headers: { 'X-Forwarded-For': address } });
	if (!res.ok || !res.body) {
		await res.body?.cancel();
		notFound();
	}
	const download = url.searchParams.has('download') || !type;
	// A thumbnail may come in another image format (PocketBase encodes some as PNG): take its type
	// when it is one of the image types above.
	const served = res.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
	const contentType = wantsThumb && served.startsWith('image/') && Object.values(TYPES).includes(served) ? served : type;
	return new Response(res.body, {
		headers: {
			'Content-Type': contentType ?? 'application/octet-stream',
			'Content-Disposition': disposition(download ? 'attachment' : 'inline', params.name),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, max-age=3600'
		}
	});
};
