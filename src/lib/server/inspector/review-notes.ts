import type { TypedPocketBase } from '$lib/pb-types';
// Filing an inspector's review note, exactly once. The browser keeps the draft and may send it
// more than once (a lost answer, two tabs, the "online" event racing a reload); the draft's
// `clientId` is unique in review_notes, so a second send finds the first note instead of
// creating another. Whether this inspector may file for this cell now is PocketBase's
// createRule (assigned to the cell, cell under review), not decided here.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { photoProblem, reviewNoteSchema, type ReviewNote } from '$lib/domain/forms/review-note';
import { bannerFor, fieldErrors } from '../form-errors';

export type FileOutcome =
	| { status: 200 | 201; id: string; duplicate: boolean }
	| { status: 400 | 403; message: string; errors?: Record<string, string> };

/** Reads the multipart body the note form sends: `note` (JSON) and `photos` (files). */
export async function readNoteRequest(request: Request): Promise<{ input: unknown; photos: File[] }> {
	const data = await request.formData();
	let input: unknown = null;
	try {
		input = JSON.parse(String(data.get('note') ?? 'null'));
	} catch {
		input = null;
	}
	const photos = data.getAll('photos').filter((p): p is File => typeof p === 'object' && p !== null && 'size' in p && (p as File).size > 0);
	return { input, photos };
}

async function byClientId(pb: TypedPocketBase, clientId: string): Promise<RecordModel | null> {
	const { items } = await pb.collection('review_notes').getList(1, 1, {
		filter: pb.filter('clientId = {:clientId}', { clientId }),
		fields: 'id,inspector',
		skipTotal: true
	});
	return items[0] ?? null;
}

function isDuplicateClientId(err: ClientResponseError): boolean {
	const data = (err.response?.data ?? {}) as Record<string, { code?: string } | undefined>;
	return data.clientId?.code === 'validation_not_unique';
}

export async function fileReviewNote(pb: TypedPocketBase, inspectorId: string, input: unknown, photos: File[]): Promise<FileOutcome> {
	const parsed = reviewNoteSchema.safeParse(input);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const i of parsed.error.issues) errors[i.path.map(String).join('.') || 'form'] ??= i.message;
		return { status: 400, message: 'Biên bản chưa hợp lệ, vui lòng kiểm tra lại.', errors };
	}
	const problem = photoProblem(photos);
	if (problem) return { status: 400, message: problem, errors: { photos: problem } };
	const note: ReviewNote = parsed.data;

	// Sent before: answer with the note already filed.
	const existing = await byClientId(pb, note.clientId);
	if (existing) return { status: 200, id: existing.id, duplicate: true };

	const body = new FormData();
	body.set('enrollment', note.enrollment);
	body.set('inspector', inspectorId);
	body.set('visitedOn', `${note.visitedOn} 00:00:00.000Z`);
	body.set('meeting', note.meeting);
	body.set('findings', JSON.stringify(note.findings));
	body.set('strengths', note.strengths);
	body.set('shortcomings', note.shortcomings);
	body.set('recommendations', note.recommendations);
	body.set('isGoodPractice', String(note.isGoodPractice));
	body.set('goodPractice', note.isGoodPractice ? note.goodPractice : '');
	body.set('proposedRating', note.proposedRating);
	body.set('clientId', note.clientId);
	for (const p of photos) body.append('photos', p);
	try {
		const created = await pb.collection('review_notes').create(body);
		return { status: 201, id: created.id, duplicate: false };
	} catch (err) {
		if (!(err instanceof ClientResponseError)) throw err;
		if (isDuplicateClientId(err)) {
			// Two sends crossed: the other one filed it.
			const again = await byClientId(pb, note.clientId);
			if (again) return { status: 200, id: again.id, duplicate: true };
		}
		// A field the server refused (the meeting of another cell, a date outside the programme's
		// years): said beside that field, not taken for a refusal of the inspector.
		const fields = fieldErrors(err);
		if (err.status === 400 && Object.keys(fields).length) {
			return { status: 400, message: bannerFor(err, 'Biên bản chưa hợp lệ, vui lòng kiểm tra lại.'), errors: fields };
		}
		// Refused by the rule (not assigned, or not under review): the same answer whatever the reason.
		if (err.status === 400 || err.status === 403 || err.status === 404) {
			return {
				status: 403,
				message: 'Không lập được biên bản: chi bộ này không được phân công cho bạn, hoặc không đang trong giai đoạn đánh giá bước đầu (sơ kết).'
			};
		}
		throw err;
	}
}
