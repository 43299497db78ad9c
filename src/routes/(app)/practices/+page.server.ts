import { error } from '@sveltejs/kit';
import { filterOptions } from '$lib/server/committee/inbox';
import { parsePracticeFilters, practices } from '$lib/server/committee/practices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user!;
	if (user.role === 'secretary') error(403, 'Thư viện cách làm hay dành cho cấp ủy và cán bộ kiểm tra.');
	const filters = parsePracticeFilters(url);
	const [result, options] = await Promise.all([practices(locals.pb, filters), filterOptions(locals.pb, user.unit)]);
	return { ...result, filters, units: options.units };
};
