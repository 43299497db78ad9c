import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { memberSchema } from '$lib/domain/forms/member';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { cellMembers } from '$lib/server/cell/members';
import type { Actions, PageServerLoad } from './$types';

function cellOf(locals: App.Locals) {
	const user = locals.user!;
	if (user.role !== 'secretary') error(403, 'Danh sách đảng viên do bí thư chi bộ quản lý.');
	return user.unit;
}

export const load: PageServerLoad = async ({ locals }) => {
	const cell = cellOf(locals);
	return {
		cellName: cell.name,
		// Shared with the Excel export (./export.xlsx): same rows, same Vietnamese order.
		members: await cellMembers(locals.pb, cell.id),
		form: await superValidate(zod4(memberSchema))
	};
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const cell = cellOf(locals);
		const form = await superValidate(request, zod4(memberSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const { birthYear, ...rest } = form.data;
			await locals.pb.collection('members').create({ cell: cell.id, ...rest, ...(birthYear ? { birthYear } : {}), active: true });
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err) }, { status: 400 });
			return fail(400, { form });
		}
		return message(form, { ok: true, text: `Đã thêm ${form.data.name} vào danh sách đảng viên.` });
	},
	toggle: async ({ request, locals }) => {
		cellOf(locals);
		const data = await request.formData();
		const id = String(data.get('id') ?? '');
		const active = data.get('active') === 'true';
		try {
			await locals.pb.collection('members').update(id, { active });
		} catch (err) {
			return fail(400, { toggleError: bannerFor(err) });
		}
		return { toggled: id };
	}
};
