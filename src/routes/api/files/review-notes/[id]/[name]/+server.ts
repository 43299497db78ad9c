import { error } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import type { RequestHandler } from './$types';

// A review note's photo, for whoever may read the note (PocketBase listens on loopback only,
// so the browser gets files through the app). The note is read with the viewer's own client
// first: a note they may not see answers 404.
export const GET: RequestHandler = async ({ params, locals, url }) => {
	if (!locals.user) error(401, 'Vui lòng đăng nhập.');
	try {
		const note = await locals.pb.collection('review_notes').getOne(params.id, { fields: 'id,photos' });
		if (!((note.photos ?? []) as string[]).includes(params.name)) error(404, 'Không tìm thấy ảnh.');
	} catch (err) {
		if (err instanceof ClientResponseError) error(404, 'Không tìm thấy ảnh.');
		throw err;
	}
	const thumb = url.searchParams.get('thumb');
	const src = new URL(`${locals.pb.baseURL.replace(/\/$/, '')}/api/files/review_notes/${params.id}/${encodeURIComponent(params.name)}`);
	if (thumb && /^\d{1,4}x\d{1,4}$/.test(thumb)) src.searchParams.set('thumb', thumb);
	const res = await fetch(src);
	if (!res.ok || !res.body) error(404, 'Không tìm thấy ảnh.');
	return new Response(res.body, {
		headers: {
			'Content-Type': res.headers.get('content-type') ?? 'application/octet-stream',
			'Cache-Control': 'private, max-age=86400'
		}
	});
};
