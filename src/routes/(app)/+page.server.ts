import type { PageServerLoad } from './$types';
import { assignedTo, awaitingDecision, cellEnrollments, countByState, inPhase, openProgrammes } from '$lib/server/enrollments';

// Each role's home: what it has to do now.
export const load: PageServerLoad = async ({ locals }) => {
	const { pb } = locals;
	const user = locals.user!;
	switch (user.role) {
		case 'secretary': {
			const [enrollments, programmes] = await Promise.all([cellEnrollments(pb, user.unit.id), openProgrammes(pb)]);
			const enrolled = new Set(enrollments.map((e) => e.year));
			return {
				home: 'secretary' as const,
				enrollments,
				openProgrammes: programmes
					.filter((p) => !enrolled.has(p.year))
					.map((p) => ({ id: p.id, name: p.name, year: p.year, owner: p.expand?.owner?.name ?? '' }))
			};
		}
		case 'officer': {
			const [inbox, counts, pilot] = await Promise.all([
				awaitingDecision(pb, user.unit.id),
				countByState(pb, user.unit.path),
				inPhase(pb, user.unit.path, 'pilot')
			]);
			return { home: 'officer' as const, inbox, counts, pilot };
		}
		case 'inspector':
			return { home: 'inspector' as const, assigned: await assignedTo(pb, user.id) };
		default:
			return { home: 'viewer' as const, counts: await countByState(pb, user.unit.path) };
	}
};
