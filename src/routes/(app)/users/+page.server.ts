import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { accountCreateSchema } from '$lib/domain/forms/user';
import { ACCOUNT_ROLES } from '$lib/domain/tree-admin';
import { bannerFor, placeErrors } from '$lib/server/form-errors';
import { accountQuery, accountsScope, createAccount, listAccounts } from '$lib/server/users/accounts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// /users?unit=&all=1&role=&q=&status=&page=: the accounts of one unit (and, by default, of its
// whole subtree) within the officer's own, newest first, one page at a time; a form to create
// one at that unit. /api/accounts (pb_hooks/lib/user-admin.js) decides who may do what.

const scope = (event: Pick<RequestEvent, 'locals' | 'url'>) => accountsScope(event.locals, event.url);

/** The roles an account may have at a unit of this kind (the server checks the same). */
const rolesAt = (kind: string) => ACCOUNT_ROLES.filter((r) => (kind === 'cell' ? r === 'secretary' : r !== 'secretary'));

export const load: PageServerLoad = async ({ locals, url }) => {
	const { me, unit } = await scope({ locals, url });
	const query = accountQuery(url.searchParams, unit.id);
	const list = await listAccounts(locals.pb, query);
	// An officer is never created beside oneself: at one's own unit only the other roles.
	const roles = rolesAt(unit.kind).filter((r) => !(r === 'officer' && unit.id === me.unit.id));
	return {
		unit,
		query,
		accounts: list.items,
		hasMore: list.hasMore,
		roles,
		form: await superValidate({ role: roles[0] }, zod4(accountCreateSchema), { errors: false })
	};
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const { unit } = await scope({ locals, url });
		const form = await superValidate(request, zod4(accountCreateSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const out = await createAccount(locals.pb, { ...form.data, unit: unit.id });
			const created = { name: out.account.name, email: out.account.email, password: out.password };
			form.data = { name: '', email: '', role: form.data.role, password: '' };
			message(form, { ok: true, text: `Đã tạo tài khoản ${created.name}.` });
			// The password is shown this once and never stored in the page's form state.
			return { form, created };
		} catch (err) {
			form.data.password = '';
			if (!placeErrors(form, err)) return message(form, { ok: false, text: bannerFor(err, 'Không tạo được tài khoản. Vui lòng thử lại.') }, { status: 400 });
			return fail(400, { form });
		}
	}
};
