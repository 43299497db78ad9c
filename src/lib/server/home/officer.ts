import type { TypedPocketBase } from '$lib/pb-types';
import type PocketBase from 'pocketbase';
import { inboxItems } from '$lib/server/committee/inbox';
import { countByState, inPhase } from '$lib/server/enrollments';
import type { AppUser } from '$lib/server/session';

/** A committee officer's home: what waits for their decision (the inbox's first items), and their subtree at a glance. */
export async function officerHome(pb: TypedPocketBase, user: AppUser) {
	const [inbox, counts, pilot] = await Promise.all([
		inboxItems(pb, undefined, 20),
		countByState(pb, user.unit.path),
		inPhase(pb, user.unit, 'pilot')
	]);
	return { home: 'officer' as const, inbox, counts, pilot };
}
