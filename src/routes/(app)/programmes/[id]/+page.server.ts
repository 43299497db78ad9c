import { error, fail, redirect } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	copyName,
	mergeSettings,
	NEXT_STATUS,
	programmeCopySchema,
	programmeSettingsSchema,
	settingsFromRecord,
	type ProgrammeStatus
} from '$lib/domain/forms/programme';
import { bannerFor, fieldErrors } from '$lib/server/form-errors';
import { copyProgramme, loadProgramme, updateProgramme } from '$lib/server/programmes/programmes';
import type { Actions, PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

function officer(locals: App.Locals) {
	const user = requireOfficer(locals, 'Trang chương trình dành cho cán bộ cấp ủy.');
	return user;
}

async function programmeOr404(locals: App.Locals, id: string) {
	try {
		return await loadProgramme(locals.pb, id, officer(locals));
	} catch (err) {
		if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy chương trình.');
		throw err;
	}
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await programmeOr404(locals, params.id);
	const nextYear = programme.year + 1;
	return {
		programme,
		next: NEXT_STATUS[programme.status],
		settings: await superValidate(settingsFromRecord(programme), zod4(programmeSettingsSchema), { id: 'settings', errors: false }),
		copy: await superValidate(
			{ year: nextYear, name: copyName(programme.name, programme.year, nextYear) },
			zod4(programmeCopySchema),
			{ id: 'copy', errors: false }
		)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(programmeSettingsSchema), { id: 'settings' });
		if (!form.valid) return fail(400, { settings: form });
		const programme = await programmeOr404(locals, params.id);
		if (!programme.editable) return message(form, { ok: false, text: 'Bạn không sửa được chương trình này.' }, { status: 403 });
		const { name, year, description, config } = form.data;
		try {
			await updateProgramme(locals.pb, params.id, {
				name,
				description,
				...(programme.status === 'draft' ? { year } : {}),
				config: mergeSettings(programme.config, config)
			});
		} catch (err) {
			const fields = fieldErrors(err);
			if (fields.name) setError(form, 'name', fields.name);
			if (fields.year) setError(form, 'year', fields.year);
			return message(form, { ok: false, text: fields.config ? `Cấu hình chưa hợp lệ: ${fields.config}` : bannerFor(err) }, { status: 400 });
		}
		return message(form, { ok: true, text: 'Đã lưu cấu hình chương trình.' });
	},

	status: async ({ request, locals, params }) => {
		const to = String((await request.formData()).get('to') ?? '') as ProgrammeStatus;
		const programme = await programmeOr404(locals, params.id);
		if (!programme.editable || NEXT_STATUS[programme.status] !== to) {
			return fail(400, { statusError: 'Không chuyển được trạng thái chương trình ở bước này.' });
		}
		try {
			await updateProgramme(locals.pb, params.id, { status: to });
		} catch (err) {
			return fail(400, { statusError: fieldErrors(err).status ?? bannerFor(err) });
		}
		return { statusChanged: to };
	},

	copy: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(programmeCopySchema), { id: 'copy' });
		if (!form.valid) return fail(400, { copy: form });
		let created;
		try {
			created = await copyProgramme(locals.pb, params.id, form.data);
		} catch (err) {
			const fields = fieldErrors(err);
			if (fields.year) setError(form, 'year', fields.year);
			if (fields.name) setError(form, 'name', fields.name);
			if (fields.year || fields.name) return fail(400, { copy: form });
			return message(form, { ok: false, text: bannerFor(err, 'Không tạo được chương trình. Vui lòng thử lại.') }, { status: 400 });
		}
		redirect(303, `/programmes/${created.id}?moi=1`);
	}
};
