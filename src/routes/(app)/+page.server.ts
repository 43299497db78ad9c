import { countByState } from '$lib/server/enrollments';
import { inspectorHome } from '$lib/server/home/inspector';
import { officerHome } from '$lib/server/home/officer';
import { secretaryHome } from '$lib/server/home/secretary';
import type { PageServerLoad } from './$types';

// Each role's home: what it has to do now (one loader per role in $lib/server/home).
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	switch (user.role) {
		case 'secretary':
			return secretaryHome(locals.pb, user);
		case 'officer':
			return officerHome(locals.pb, user);
		case 'inspector':
			return inspectorHome(locals.pb, user);
		default:
			return { home: 'viewer' as const, counts: await countByState(locals.pb, user.unit.path) };
	}
};
