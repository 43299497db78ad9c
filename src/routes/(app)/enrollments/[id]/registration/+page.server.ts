import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { registrationSchema } from '$lib/domain/forms/registration';
import { groupCriteria } from '$lib/domain/scoring';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { checkEmphasis, latestReturn, registrationBody } from '$lib/server/cell/registration';
import { saveAndSubmitActions } from '$lib/server/cell/actions';
import { criteriaFor, loadEnrollment } from '$lib/server/cell/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const e = await loadEnrollment(locals.pb, params.id);
	const [criteria, returned] = await Promise.all([criteriaFor(locals.pb, e.programmeId, e.cellType), latestReturn(locals.pb, e.id)]);
	const form = await superValidate(
		{ goals: e.goals, commitments: e.commitments, emphasis: e.emphasis, contactName: e.contactName, contactPhone: e.contactPhone },
		zod4(registrationSchema),
		{ errors: false }
	);
	return {
		enrollment: { id: e.id, state: e.state, cellName: e.cellName, cellType: e.cellType, programmeName: e.programmeName, year: e.year },
		groups: groupCriteria(criteria, e.config.groups),
		editable: locals.user!.role === 'secretary' && e.state === 'draft',
		returned: e.state === 'draft' ? returned : null,
		form
	};
};

/** Validates and saves the draft; returns the form and whether it was saved. */
async function save(request: Request, locals: App.Locals, id: string) {
	const form = await superValidate(request, zod4(registrationSchema));
	if (!form.valid) return { form, saved: false };
	const e = await loadEnrollment(locals.pb, id);
	const criteria = await criteriaFor(locals.pb, e.programmeId, e.cellType);
	if (!checkEmphasis(form, criteria.map((c) => c.code))) return { form, saved: false };
	try {
		await locals.pb.collection('enrollments').update(id, registrationBody(form.data));
		return { form, saved: true };
	} catch (err) {
		if (!placeErrors(form, err)) message(form, { ok: false, text: bannerFor(err) }, { status: 400 });
		return { form, saved: false };
	}
}

export const actions: Actions = saveAndSubmitActions(({ request, locals, params }) => save(request, locals, params.id!), {
	saved: 'Đã lưu bản nháp đăng ký.',
	sent: 'Đã gửi đăng ký. Hồ sơ chuyển sang cấp ủy xem xét, lựa chọn.',
	notSent: 'Đã lưu bản nháp nhưng chưa gửi được'
});
