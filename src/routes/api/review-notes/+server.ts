import { error, json } from '@sveltejs/kit';
import { fileReviewNote, readNoteRequest } from '$lib/server/inspector/review-notes';
import type { RequestHandler } from './$types';

// POST a review note (multipart: `note` JSON + `photos`), idempotent on the draft's clientId.
// 201 filed, 200 already filed before, 400 invalid, 403 not allowed for this cell now.
export const POST: RequestHandler = async ({ request, locals }) => {
	const user = locals.user;
	if (!user) error(401, 'Vui lòng đăng nhập.');
	if (user.role !== 'inspector') return json({ message: 'Chỉ cán bộ kiểm tra mới lập biên bản kiểm tra.' }, { status: 403 });
	const { input, photos } = await readNoteRequest(request);
	const out = await fileReviewNote(locals.pb, user.id, input, photos);
	return json(out, { status: out.status });
};
