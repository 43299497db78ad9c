import { fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { supervisionSchema } from '$lib/domain/forms/supervision';
import { readEnrollment } from '$lib/server/committee/enrollment';
import { applySupervision, candidatesFor, othersPart } from '$lib/server/committee/supervision';
import type { Actions, PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireOfficer(locals, 'Chỉ cán bộ cấp ủy mới phân công phụ trách.');
	const enrollment = await readEnrollment(locals.pb, params.id);
	const [candidates, form] = await Promise.all([
		candidatesFor(locals.pb, enrollment),
		superValidate({ supervisor: enrollment.supervisor ?? '', inspectors: enrollment.inspectors ?? [] }, zod4(supervisionSchema), { errors: false })
	]);
	return {
		enrollment: { id: enrollment.id, cellName: enrollment.expand?.cell?.name ?? '', state: enrollment.state },
		candidates,
		others: await othersPart(locals.pb, enrollment, candidates),
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(supervisionSchema));
		if (!form.valid) return fail(400, { form });
		const enrollment = await readEnrollment(locals.pb, params.id);
		try {
			const outcome = await applySupervision(locals.pb, enrollment, form.data.supervisor, form.data.inspectors);
			if (!outcome.ok) return setError(form, outcome.field === 'supervisor' ? 'supervisor' : 'inspectors._errors', outcome.message);
		} catch (err) {
			if (err instanceof ClientResponseError && [400, 403, 404].includes(err.status)) {
				return message(form, { ok: false, text: err.response?.message || 'Không lưu được phân công.' }, { status: err.status as 400 });
			}
			throw err;
		}
		return message(form, { ok: true, text: 'Đã lưu phân công phụ trách.' });
	}
};
