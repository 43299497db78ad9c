import { z } from 'zod';
import { formDateProblem } from '../text';
import { RATINGS } from '../classification';
import { COMMENT_REQUIRED } from '../lifecycle-labels';
import { EVENT_TYPES } from '../lifecycle-types';

/**
 * The decision form on an enrollment page, in the browser and in the action. The server's
 * statechart guards check the same things again (and more): this only spares a round trip.
 */
export const lifecycleEventSchema = z
	.object({
		type: z.enum(EVENT_TYPES, 'Vui lòng chọn thao tác.'),
		comment: z.string().trim().max(5000, 'Ý kiến tối đa 5.000 ký tự.').default(''),
		expectedState: z.string().min(1),
		expectedVersion: z.number().int().min(0),
		score: z.number('Điểm phải là số.').min(0, 'Điểm từ 0 đến 100.').max(100, 'Điểm từ 0 đến 100.').optional(),
		rating: z.enum(RATINGS, 'Vui lòng chọn mức xếp loại.').optional(),
		needsDecision: z.boolean().default(false),
		decisionNo: z.string().trim().max(60, 'Số quyết định tối đa 60 ký tự.').default(''),
		decisionDate: z.string().default(''),
		decisionSigner: z.string().trim().max(120, 'Tối đa 120 ký tự.').default('')
	})
	.superRefine((v, ctx) => {
		if ((COMMENT_REQUIRED as readonly string[]).includes(v.type) && !v.comment) {
			const message = v.type === 'CLASSIFY' ? 'Vui lòng nêu lý do xếp loại.' : 'Vui lòng nhập ý kiến (bắt buộc khi trả lại hoặc từ chối).';
			ctx.addIssue({ code: 'custom', path: ['comment'], message });
		}
		if (v.type === 'CLASSIFY') {
			if (v.score === undefined) ctx.addIssue({ code: 'custom', path: ['score'], message: 'Vui lòng nhập điểm.' });
			if (!v.rating) ctx.addIssue({ code: 'custom', path: ['rating'], message: 'Vui lòng chọn mức xếp loại.' });
		}
		if (v.type === 'APPROVE' && v.needsDecision) {
			if (!v.decisionNo) ctx.addIssue({ code: 'custom', path: ['decisionNo'], message: 'Vui lòng nhập số quyết định.' });
			if (!/^\d{4}-\d{2}-\d{2}$/.test(v.decisionDate)) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: 'Vui lòng chọn ngày quyết định.' });
			else {
				const problem = formDateProblem(v.decisionDate);
				if (problem) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: problem });
			}
			if (!v.decisionSigner) ctx.addIssue({ code: 'custom', path: ['decisionSigner'], message: 'Vui lòng nhập người ký.' });
		}
	});

export type LifecycleEventForm = z.infer<typeof lifecycleEventSchema>;

/** The JSON body of POST /api/enrollments/{id}/events for a valid form. */
export function eventRequestBody(f: LifecycleEventForm) {
	return {
		type: f.type,
		comment: f.comment,
		expectedState: f.expectedState,
		expectedVersion: f.expectedVersion,
		...(f.type === 'CLASSIFY' ? { score: f.score, rating: f.rating } : {}),
		...(f.type === 'APPROVE' && f.needsDecision
			? { decision: { number: f.decisionNo, date: f.decisionDate, signer: f.decisionSigner } }
			: {})
	};
}
