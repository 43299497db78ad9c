import type PocketBase from 'pocketbase';
import { cellEnrollments, openProgrammes } from '$lib/server/enrollments';
import type { AppUser } from '$lib/server/session';

/** A cell secretary's home: the cell's enrollments and the programmes it could still join. */
export async function secretaryHome(pb: PocketBase, user: AppUser) {
	const [enrollments, programmes] = await Promise.all([cellEnrollments(pb, user.unit.id), openProgrammes(pb)]);
	const enrolledYears = new Set(enrollments.map((e) => e.year));
	return {
		home: 'secretary' as const,
		enrollments,
		openProgrammes: programmes
			.filter((p) => !enrolledYears.has(p.year))
			.map((p) => ({ id: p.id, name: p.name, year: p.year, owner: p.expand?.owner?.name ?? '' }))
	};
}
