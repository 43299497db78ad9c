// The criteria framework editor's form: the programme's groups and all its criteria, saved as a
// whole in one request (PUT /api/programmes/{id}/framework, pb_hooks/lib/programmes.js), so that
// moving points from one criterion to another is one change that is checked as a whole. The
// same schema runs in the browser (superforms), in the SvelteKit action and in pb_hooks
// (bundled through hooks-entry.ts): the API refuses exactly what the form refuses.

import { array, enum as zenum, number, object, string, type infer as Infer } from 'zod';
import { checkFramework } from '../criteria-framework';
import { CELL_TYPES } from '../tree';

export const CODE_PATTERN = /^[A-Za-z0-9._-]+$/;

export const criterionRowSchema = object({
	/** The stored record's id; '' for a criterion added in this edit. */
	id: string().max(15).default(''),
	code: string({ error: 'Vui lòng nhập mã tiêu chí.' })
		.trim()
		.min(1, { error: 'Vui lòng nhập mã tiêu chí.' })
		.max(20, { error: 'Mã tiêu chí tối đa 20 ký tự.' })
		.regex(CODE_PATTERN, { error: 'Mã chỉ gồm chữ, số và các dấu . _ -' }),
	title: string({ error: 'Vui lòng nhập nội dung tiêu chí.' })
		.trim()
		.min(1, { error: 'Vui lòng nhập nội dung tiêu chí.' })
		.max(500, { error: 'Nội dung tiêu chí tối đa 500 ký tự.' }),
	group: number({ error: 'Vui lòng chọn nhóm tiêu chí.' }).int({ error: 'Vui lòng chọn nhóm tiêu chí.' }),
	maxScore: number({ error: 'Điểm tối đa phải là một số.' })
		.min(0.5, { error: 'Điểm tối đa từ 0,5 đến 100.' })
		.max(100, { error: 'Điểm tối đa từ 0,5 đến 100.' })
		.refine((x) => Number.isInteger(x * 2), { error: 'Điểm tối đa là số nguyên hoặc nửa điểm (0,5).' }),
	cellTypes: array(zenum(CELL_TYPES, { error: 'Loại hình chi bộ không hợp lệ.' })).max(CELL_TYPES.length).default([]),
	guidance: string().trim().max(2000, { error: 'Hướng dẫn chấm tối đa 2.000 ký tự.' }).default('')
});

export const groupRowSchema = object({
	id: number().int().min(1).max(9),
	title: string({ error: 'Vui lòng nhập tên nhóm.' })
		.trim()
		.min(1, { error: 'Vui lòng nhập tên nhóm.' })
		.max(200, { error: 'Tên nhóm tối đa 200 ký tự.' })
});

export const frameworkSchema = object({
	groups: array(groupRowSchema).min(1, { error: 'Khung tiêu chí phải có ít nhất một nhóm.' }).max(9, { error: 'Tối đa 9 nhóm tiêu chí.' }),
	criteria: array(criterionRowSchema).max(200, { error: 'Tối đa 200 tiêu chí.' })
}).superRefine((value, ctx) => {
	const seen = new Set<number>();
	value.groups.forEach((g, i) => {
		if (seen.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: 'Trùng số thứ tự nhóm.' });
		seen.add(g.id);
	});
	for (const p of checkFramework(value.criteria, value.groups).problems) {
		ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
	}
});

export type FrameworkForm = Infer<typeof frameworkSchema>;
export type CriterionRow = Infer<typeof criterionRowSchema>;

/** A blank row for "add a criterion" (common to every type, in the first group). */
export function blankCriterion(group: number): CriterionRow {
	return { id: '', code: '', title: '', group, maxScore: 1, cellTypes: [], guidance: '' };
}

/**
 * The display and scoring order of saved criteria: by group, then as listed in the editor.
 * `order` = group × 100 + position, as the seed numbers them, so per-type criteria sort inside
 * their group.
 */
export function orderOf(rows: readonly { group: number }[]): number[] {
	const next = new Map<number, number>();
	return rows.map((r) => {
		const n = (next.get(r.group) ?? 0) + 1;
		next.set(r.group, n);
		return r.group * 100 + Math.min(n, 99);
	});
}

/** Zod issues as the API's 400 answer wants them: Vietnamese messages keyed by dotted path. */
export function messagesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[], whole: string): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const issue of issues) {
		const key = issue.path.map(String).join('.') || whole;
		(errors[key] ??= []).push(issue.message);
	}
	return errors;
}

/**
 * Parses a framework sent to the API. Returns the data, or the Vietnamese messages keyed by
 * path ("criteria.3.code"; "criteria" for the framework as a whole) for the 400 answer.
 */
export function parseFrameworkInput(
	json: unknown
): { ok: true; data: FrameworkForm } | { ok: false; errors: Record<string, string[]> } {
	const result = frameworkSchema.safeParse(json);
	return result.success ? { ok: true, data: result.data } : { ok: false, errors: messagesByPath(result.error.issues, 'framework') };
}
