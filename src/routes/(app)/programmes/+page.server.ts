import { error } from '@sveltejs/kit';
import { listProgrammes } from '$lib/server/programmes/programmes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	if (user.role !== 'officer') error(403, 'Trang chương trình dành cho cán bộ cấp ủy.');
	const programmes = await listProgrammes(locals.pb, user);
	return {
		unitName: user.unit.name,
		programmes: programmes.map(({ config: _config, ...p }) => p)
	};
};
