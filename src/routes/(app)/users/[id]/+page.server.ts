import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { accountEditSchema } from '$lib/domain/forms/user';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { searchUnits } from '$lib/server/tree/units';
import { getAccount, updateAccount } from '$lib/server/users/accounts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireOfficer } from '$lib/server/guards';

// /users/<id>?unitq=: one account of the officer's subtree: name, role and unit (a new unit is
// found by a search within the subtree), lock/unlock, a new password shown once.

async function account(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const me = requireOfficer(event.locals);
	const a = await getAccount(event.locals.pb, event.params.id);
	if (!a) error(404, 'Không tìm thấy tài khoản trong phạm vi bạn quản lý.');
	return { me, a };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { me, a } = await account({ locals, params });
	const unitq = (url.searchParams.get('unitq') ?? '').trim();
	const units = unitq ? await searchUnits(locals.pb, me.unit.path, unitq) : [];
	return {
		account: a,
		unitq,
		units: units.filter((u) => u.id !== a.unit.id),
		form: await superValidate({ name: a.name, role: a.role as never, unit: a.unit.id }, zod4(accountEditSchema), { errors: false })
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		await account({ locals, params });
		const form = await superValidate(request, zod4(accountEditSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await updateAccount(locals.pb, params.id, form.data);
		} catch (err) {
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err, 'Không lưu được tài khoản. Vui lòng thử lại.') }, { status: 400 });
			return fail(400, { form });
		}
		return message(form, { ok: true, text: 'Đã lưu tài khoản.' });
	},
	lock: async ({ request, locals, params }) => {
		await account({ locals, params });
		const disabled = (await request.formData()).get('disabled') === 'true';
		try {
			await updateAccount(locals.pb, params.id, { disabled });
		} catch (err) {
			return fail(400, { lockError: bannerFor(err) });
		}
		return { locked: disabled };
	},
	reset: async ({ locals, params }) => {
		const { a } = await account({ locals, params });
		try {
			const out = await updateAccount(locals.pb, params.id, { resetPassword: true });
			return { newPassword: out.password, email: a.email };
		} catch (err) {
			return fail(400, { lockError: bannerFor(err) });
		}
	}
};
