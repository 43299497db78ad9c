import { fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { supervisionSchema } from '$lib/domain/forms/supervision';
import { readEnrollment } from '$lib/server/committee/enrollment';
import { candidatesFor, outsiderProblem, saveSupervision } from '$lib/server/committee/supervision';
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
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(supervisionSchema));
		if (!form.valid) return fail(400, { form });
		const enrollment = await readEnrollment(locals.pb, params.id);
		const problem = outsiderProblem(await candidatesFor(locals.pb, enrollment), form.data.supervisor, form.data.inspectors);
		if (problem) {
			return problem.startsWith('Người phụ trách') ? setError(form, 'supervisor', problem) : setError(form, 'inspectors._errors', problem);
		}
		try {
			await saveSupervision(locals.pb, params.id, form.data.supervisor, form.data.inspectors);
		} catch (err) {
			if (err instanceof ClientResponseError && [400, 403, 404].includes(err.status)) {
				return message(form, { ok: false, text: err.response?.message || 'Không lưu được phân công.' }, { status: 403 });
			}
			throw err;
		}
		return message(form, { ok: true, text: 'Đã lưu phân công phụ trách.' });
	}
};
