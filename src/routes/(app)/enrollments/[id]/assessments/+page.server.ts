import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { RATING_LABELS, type Rating } from '$lib/domain/classification';
import { today as clockToday } from '$lib/domain/clock';
import { dueStatus, MONTH_PATTERN, monthDueNow, owedMonths, selfAssessmentDue } from '$lib/domain/deadlines';
import { assessmentRows, selfAssessmentSchema } from '$lib/domain/forms/self-assessment';
import { groupCriteria } from '$lib/domain/scoring';
import { cellMayWrite } from '$lib/domain/writable-states';
import { saveAssessment } from '$lib/server/cell/assessment';
import { criteriaFor, loadAssessments, loadEnrollment } from '$lib/server/cell/workspace';
import type { Actions, PageServerLoad } from './$types';

async function context(locals: App.Locals, id: string, wanted: string | null) {
	const e = await loadEnrollment(locals.pb, id);
	const [criteria, assessments] = await Promise.all([criteriaFor(locals.pb, e.programmeId, e.cellType), loadAssessments(locals.pb, id)]);
	const today = clockToday();
	const filed = new Set(assessments.map((a) => a.month as string));
	// Only the months owed since the pilot began: a cell that entered it this month owes no earlier one.
	const months = owedMonths(e.year, today, e.pilotSince, filed);
	const month = wanted && MONTH_PATTERN.test(wanted) && months.includes(wanted) ? wanted : monthDueNow(today, e.config.selfAssessmentDueDay, filed, e.year);
	const existing = assessments.find((a) => a.month === month);
	const editable = locals.user!.role === 'secretary' && cellMayWrite('self_assessments', e.state) && !existing?.locked && months.includes(month);
	return { e, criteria, assessments, today, filed, months, month, existing, editable };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const c = await context(locals, params.id, url.searchParams.get('thang'));
	const dueDay = c.e.config.selfAssessmentDueDay;
	const form = await superValidate(
		{ month: c.month, items: assessmentRows(c.criteria, c.existing as { scores?: Record<string, unknown>; evidence?: Record<string, unknown> } | undefined) },
		zod4(selfAssessmentSchema(c.criteria)),
		{ errors: false }
	);
	return {
		enrollment: { id: c.e.id, state: c.e.state, cellName: c.e.cellName, programmeName: c.e.programmeName },
		criteria: c.criteria,
		groups: groupCriteria(c.criteria, c.e.config.groups),
		thresholds: c.e.config.thresholds,
		month: c.month,
		due: selfAssessmentDue(c.month, dueDay),
		locked: Boolean(c.existing?.locked),
		stored: c.existing ? { total: c.existing.total as number, rating: RATING_LABELS[c.existing.rating as Rating] ?? '' } : null,
		editable: c.editable,
		months: c.months.map((m) => {
			const a = c.assessments.find((x) => x.month === m);
			return {
				month: m,
				due: selfAssessmentDue(m, dueDay),
				status: dueStatus(m, dueDay, c.today, Boolean(a)),
				total: a ? (a.total as number) : null,
				rating: a ? (RATING_LABELS[a.rating as Rating] ?? '') : '',
				locked: Boolean(a?.locked)
			};
		}),
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const e = await loadEnrollment(locals.pb, params.id);
		const criteria = await criteriaFor(locals.pb, e.programmeId, e.cellType);
		const form = await superValidate(request, zod4(selfAssessmentSchema(criteria)));
		if (!form.valid) {
			// The page draws one row per criterion: rows posted garbled (not one object per criterion)
			// come back as the criteria's rows, keeping what was typed where it fits.
			const posted = (Array.isArray(form.data.items) ? form.data.items : []) as unknown[];
			const byCode = new Map(posted.filter((it): it is Record<string, unknown> => typeof it === 'object' && it !== null).map((it) => [it.code, it]));
			form.data.items = assessmentRows(criteria, {
				scores: Object.fromEntries(criteria.map((c) => [c.code, byCode.get(c.code)?.score])),
				evidence: Object.fromEntries(criteria.map((c) => [c.code, byCode.get(c.code)?.evidence]))
			});
			return fail(400, { form });
		}
		const c = await context(locals, params.id, form.data.month);
		if (c.month !== form.data.month || !c.editable) {
			return message(form, { ok: false, text: c.existing?.locked ? 'Bản tự đánh giá tháng này đã được cấp ủy khóa, không sửa được nữa.' : 'Không tự đánh giá được tháng này ở bước hiện tại.' }, { status: 400 });
		}
		if (!(await saveAssessment(locals.pb, form, params.id, c.existing))) return fail(400, { form });
		return message(form, { ok: true, text: c.existing ? 'Đã lưu thay đổi bản tự đánh giá.' : 'Đã ghi nhận bản tự đánh giá.' });
	}
};
