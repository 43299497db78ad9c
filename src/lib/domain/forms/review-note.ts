import { z } from 'zod';
import { RATINGS } from '../classification';
import { isIsoDate } from '../lifecycle-guards';
import { formDateProblem } from '../text';

/** Photos per note, and their size, as the review_notes collection limits them. */
export const MAX_PHOTOS = 6;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const text = (max: number) => z.string().trim().max(max, `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`).default('');

/**
 * The inspector's mid-term review note (biên bản kiểm tra, đánh giá bước đầu). Used by the
 * phone form in the browser (the draft is checked before it is queued) and by the endpoint that
 * files it; PocketBase's rules then decide whether this inspector may file it for this cell now.
 * `clientId` is made once per draft in the browser: the same draft sent twice is filed once.
 */
export const reviewNoteSchema = z
	.object({
		clientId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Mã bản nháp không hợp lệ.'),
		enrollment: z.string().regex(/^[a-z0-9]{15}$/, 'Hồ sơ không hợp lệ.'),
		visitedOn: z
			.string()
			.refine(isIsoDate, { message: 'Vui lòng chọn ngày kiểm tra.', abort: true })
			.superRefine((d, ctx) => {
				const problem = formDateProblem(d);
				if (problem) ctx.addIssue({ code: 'custom', message: problem });
			}),
		meeting: z.union([z.string().regex(/^[a-z0-9]{15}$/), z.literal('')]).default(''),
		findings: z.record(z.string().regex(/^[1-9]$/), z.string().trim().max(5000, 'Mỗi nhóm tối đa 5.000 ký tự.')).default({}),
		strengths: text(10000),
		shortcomings: text(10000),
		recommendations: text(10000),
		isGoodPractice: z.boolean().default(false),
		goodPractice: text(10000),
		proposedRating: z.union([z.enum(RATINGS), z.literal('')]).default('')
	})
	.superRefine((v, ctx) => {
		const wrote = Object.values(v.findings).some((f) => f.trim() !== '') || v.strengths || v.shortcomings;
		if (!wrote) {
			ctx.addIssue({ code: 'custom', path: ['strengths'], message: 'Vui lòng ghi nhận xét theo nhóm tiêu chí hoặc ưu điểm, hạn chế.' });
		}
		if (v.isGoodPractice && !v.goodPractice) {
			ctx.addIssue({ code: 'custom', path: ['goodPractice'], message: 'Vui lòng mô tả cách làm hay.' });
		}
	});

export type ReviewNoteInput = z.input<typeof reviewNoteSchema>;
export type ReviewNote = z.output<typeof reviewNoteSchema>;

/** Field errors as {field: first message}, for the form. */
export function reviewNoteErrors(input: unknown): Record<string, string> {
	const r = reviewNoteSchema.safeParse(input);
	if (r.success) return {};
	const out: Record<string, string> = {};
	for (const issue of r.error.issues) {
		const key = issue.path.map(String).join('.') || 'form';
		out[key] ??= issue.message;
	}
	return out;
}

/** Checks the photos of a note (type, size, count); returns the Vietnamese reason or null. */
export function photoProblem(files: readonly { type: string; size: number }[]): string | null {
	if (files.length > MAX_PHOTOS) return `Tối đa ${MAX_PHOTOS} ảnh cho một biên bản.`;
	for (const f of files) {
		if (!(PHOTO_TYPES as readonly string[]).includes(f.type)) return 'Ảnh phải là JPEG, PNG hoặc WebP.';
		if (f.size > MAX_PHOTO_BYTES) return 'Mỗi ảnh tối đa 5 MB.';
	}
	return null;
}
