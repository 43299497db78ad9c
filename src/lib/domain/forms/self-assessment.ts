import { z } from 'zod';
import { MONTH_PATTERN } from '../deadlines';
import type { Criterion } from '../scoring';

export const EVIDENCE_MAX = 2000;

/** Scores go by half points (7, 7,5, 8): 2,25 is refused, here and by the server (pb_hooks/lib/assessment.js). */
export const SCORE_STEP_MESSAGE = 'Điểm chấm theo bước 0,5 (ví dụ: 7 hoặc 7,5).';
export function onHalfStep(score: number): boolean {
	return Number.isInteger(score * 2);
}

/**
 * The monthly self-assessment: one row per criterion of the cell's type, each with a score
 * (0 to the criterion's maximum) and an evidence note. The schema is built from the criteria so
 * that each row's maximum is checked; the server checks the same again (pb_hooks/lib/assessment.js).
 */
export function selfAssessmentSchema(criteria: Pick<Criterion, 'code' | 'maxScore'>[]) {
	const max = new Map(criteria.map((c) => [c.code, c.maxScore]));
	return z.object({
		month: z.string().regex(MONTH_PATTERN, 'Vui lòng chọn tháng tự đánh giá.'),
		items: z
			.array(
				z.object({
					code: z.string().min(1).max(20),
					score: z.number('Điểm phải là một số.').nullable(),
					evidence: z.string().trim().max(EVIDENCE_MAX, `Minh chứng tối đa ${EVIDENCE_MAX.toLocaleString('vi-VN')} ký tự.`).default('')
				})
			)
			.superRefine((items, ctx) => {
				items.forEach((item, i) => {
					const m = max.get(item.code);
					if (m === undefined) {
						ctx.addIssue({ code: 'custom', path: [i, 'score'], message: `Tiêu chí ${item.code} không thuộc khung tiêu chí của chi bộ.` });
					} else if (item.score === null || item.score === undefined || Number.isNaN(item.score)) {
						ctx.addIssue({ code: 'custom', path: [i, 'score'], message: 'Vui lòng chấm điểm tiêu chí này.' });
					} else if (item.score < 0 || item.score > m) {
						ctx.addIssue({ code: 'custom', path: [i, 'score'], message: `Điểm từ 0 đến ${m.toLocaleString('vi-VN')}.` });
					} else if (!onHalfStep(item.score)) {
						ctx.addIssue({ code: 'custom', path: [i, 'score'], message: SCORE_STEP_MESSAGE });
					}
				});
				const seen = new Set(items.map((i) => i.code));
				if ([...max.keys()].some((code) => !seen.has(code))) {
					ctx.addIssue({ code: 'custom', message: 'Bản tự đánh giá phải chấm đủ các tiêu chí.' });
				}
			})
	});
}

export type SelfAssessmentForm = z.infer<ReturnType<typeof selfAssessmentSchema>>;

/** The records API body: scores and evidence keyed by criterion code (empty notes left out). */
export function assessmentBody(form: SelfAssessmentForm) {
	const scores: Record<string, number> = {};
	const evidence: Record<string, string> = {};
	for (const item of form.items) {
		scores[item.code] = item.score ?? 0;
		if (item.evidence) evidence[item.code] = item.evidence;
	}
	return { scores, evidence };
}

/** Form rows for `criteria`, filled from a stored assessment when there is one. */
export function assessmentRows(
	criteria: Pick<Criterion, 'code'>[],
	stored?: { scores?: Record<string, unknown> | null; evidence?: Record<string, unknown> | null } | null
): SelfAssessmentForm['items'] {
	return criteria.map((c) => {
		const s = stored?.scores?.[c.code];
		const e = stored?.evidence?.[c.code];
		return { code: c.code, score: typeof s === 'number' ? s : null, evidence: typeof e === 'string' ? e : '' };
	});
}
