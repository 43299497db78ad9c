import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { bulkDecisionSchema, parseChoices } from '$lib/domain/forms/bulk-decision';
import { bulkApprove } from '$lib/server/committee/bulk';
import { filterOptions, inboxItems, parseFilters } from '$lib/server/committee/inbox';
import type { Actions, PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = requireOfficer(locals, 'Hộp việc chỉ dành cho cán bộ cấp ủy.');
	depends('app:inbox');
	const filters = parseFilters(url);
	const [items, options, form] = await Promise.all([
		inboxItems(locals.pb, filters),
		filterOptions(locals.pb, user.unit),
		superValidate(zod4(bulkDecisionSchema), { errors: false })
	]);
	return { items, options, filters, unitId: user.unit.id, form };
};

export const actions: Actions = {
	approve: async ({ request, locals }) => {
		const user = locals.user!;
		const form = await superValidate(request, zod4(bulkDecisionSchema));
		if (!form.valid) return fail(400, { form, results: null, problem: form.errors.selected?.[0] ?? 'Dữ liệu không hợp lệ.' });
		const { ids, versions } = parseChoices(form.data.selected);
		const inbox = await inboxItems(locals.pb, undefined, ids.length, ids);
		const out = await bulkApprove(locals.pb, inbox, ids, versions, form.data.comment);
		if (!out.ok) return fail(400, { form, results: null, problem: out.message });
		return { form, results: out.results, problem: null };
	}
};
