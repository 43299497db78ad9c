import { listProgrammes } from '$lib/server/programmes/programmes';
import type { PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireOfficer(locals, 'Trang chương trình dành cho cán bộ cấp ủy.');
	const programmes = await listProgrammes(locals.pb, user);
	return {
		unitName: user.unit.name,
		programmes: programmes.map(({ config: _config, ...p }) => p)
	};
};
