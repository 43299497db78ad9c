import { error, fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { frameworkSchema } from '$lib/domain/forms/programme-framework';
import { bannerFor } from '$lib/server/form-errors';
import { loadCriteria, loadProgramme, saveFramework } from '$lib/server/programmes/programmes';
import type { Actions, PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

async function programmeOr404(locals: App.Locals, id: string) {
	const user = requireOfficer(locals, 'Trang chương trình dành cho cán bộ cấp ủy.');
	try {
		return await loadProgramme(locals.pb, id, user);
	} catch (err) {
		if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy chương trình.');
		throw err;
	}
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await programmeOr404(locals, params.id);
	const criteria = await loadCriteria(locals.pb, params.id);
	const { config: _config, ...rest } = programme;
	return {
		programme: rest,
		form: await superValidate({ groups: programme.config.groups, criteria }, zod4(frameworkSchema), { id: 'framework', errors: false })
	};
};

/** "criteria.3.code" (the API's key) → "criteria[3].code" (superforms' path); the whole list → its _errors. */
function formPath(key: string): string {
	const path = key.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
	return path === 'criteria' || path === 'groups' ? `${path}._errors` : path;
}

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(frameworkSchema), { id: 'framework' });
		if (!form.valid) return fail(400, { form });
		const programme = await programmeOr404(locals, params.id);
		if (!programme.editable) return message(form, { ok: false, text: 'Bạn không sửa được khung tiêu chí của chương trình này.' }, { status: 403 });
		try {
			await saveFramework(locals.pb, params.id, form.data);
		} catch (err) {
			const data = (err instanceof ClientResponseError && err.status === 400 ? err.response?.data : null) as Record<string, { message?: string }> | null;
			if (data && Object.keys(data).length) {
				for (const [key, e] of Object.entries(data)) setError(form, formPath(key) as never, e.message ?? 'Giá trị không hợp lệ.');
				return fail(400, { form });
			}
			return message(form, { ok: false, text: bannerFor(err) }, { status: 400 });
		}
		// The saved rows with their new ids, so that the next save updates them instead of adding twins.
		form.data.criteria = await loadCriteria(locals.pb, params.id);
		return message(form, { ok: true, text: 'Đã lưu khung tiêu chí.' });
	}
};
