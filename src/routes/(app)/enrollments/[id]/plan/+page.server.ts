import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/clock';
import { planSchema, uploadedDocument } from '$lib/domain/forms/plan';
import { planProgress } from '$lib/domain/plan-progress';
import { cellMayWrite } from '$lib/domain/writable-states';
import { fileUrl } from '$lib/files';
import { planFormData, savePlan } from '$lib/server/cell/plan';
import { saveAndSubmitActions } from '$lib/server/cell/actions';
import { cellMembers, loadEnrollment, loadPlan } from '$lib/server/cell/workspace';
import type { Actions, PageServerLoad } from './$types';

async function context(locals: App.Locals, id: string) {
	const e = await loadEnrollment(locals.pb, id);
	const [{ plan, tasks }, members] = await Promise.all([loadPlan(locals.pb, id), cellMembers(locals.pb, e.cellId)]);
	const secretary = locals.user!.role === 'secretary';
	return {
		e,
		plan,
		tasks,
		members,
		planEditable: secretary && e.state === 'planning',
		tasksEditable: secretary && cellMayWrite('plan_tasks', e.state)
	};
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const c = await context(locals, params.id);
	const day = today();
	const firstMonth = c.e.year > Number(day.slice(0, 4)) ? `${c.e.year}-01` : day.slice(0, 7);
	const form = await superValidate(planFormData(c.plan, c.tasks, firstMonth), zod4(planSchema), { errors: false });
	return {
		enrollment: { id: c.e.id, state: c.e.state, cellName: c.e.cellName, programmeName: c.e.programmeName, year: c.e.year },
		members: c.members,
		document: c.plan?.resolutionDoc ? String(c.plan.resolutionDoc) : '',
		documentUrl: c.plan?.resolutionDoc ? fileUrl('plans', c.plan.id, String(c.plan.resolutionDoc)) : '',
		planEditable: c.planEditable,
		tasksEditable: c.tasksEditable,
		progress: planProgress(
			c.tasks.map((t) => ({ status: t.status, due: t.due })),
			day
		),
		firstMonth,
		form
	};
};

/** Validates, checks the assignees, saves in one batch; the fresh form (with the new ids) on success. */
async function save(request: Request, locals: App.Locals, id: string) {
	// The document comes beside the form's JSON (see documentError): checked like the fields.
	const data = await request.formData();
	const form = await superValidate(data, zod4(planSchema));
	const { file: document, error: docError } = uploadedDocument(data, 'resolutionDoc');
	if (docError) setError(form, 'resolutionDoc' as 'resolutionNo', docError);
	if (!form.valid || docError) return { form, saved: false };
	const c = await context(locals, id);
	if (!c.tasksEditable) {
		message(form, { ok: false, text: 'Ở bước hiện tại chi bộ không sửa được kế hoạch.' }, { status: 403 });
		return { form, saved: false };
	}
	const members = new Set(c.members.map((m) => m.id));
	let ok = true;
	form.data.tasks.forEach((t, i) => {
		if (!members.has(t.assignee)) {
			setError(form, `tasks[${i}].assignee`, 'Người thực hiện phải là đảng viên của chi bộ.');
			ok = false;
		}
	});
	if (!ok) return { form, saved: false };
	if (!(await savePlan(locals.pb, form, { enrollmentId: id, plan: c.plan, tasks: c.tasks, planEditable: c.planEditable, document }))) {
		return { form, saved: false };
	}
	const fresh = await loadPlan(locals.pb, id);
	return { form: await superValidate(planFormData(fresh.plan, fresh.tasks, ''), zod4(planSchema)), saved: true };
}

export const actions: Actions = saveAndSubmitActions(({ request, locals, params }) => save(request, locals, params.id!), {
	saved: 'Đã lưu nghị quyết và kế hoạch.',
	sent: 'Đã gửi nghị quyết và kế hoạch để cấp ủy duyệt.',
	notSent: 'Đã lưu kế hoạch nhưng chưa gửi được'
});
