import type { TypedPocketBase } from '$lib/pb-types';
import type PocketBase from 'pocketbase';
import { assignedTo } from '$lib/server/enrollments';
import type { AppUser } from '$lib/server/session';

/** An inspector's home: the cells assigned to them. */
export async function inspectorHome(pb: TypedPocketBase, user: AppUser) {
	return { home: 'inspector' as const, assigned: await assignedTo(pb, user.id) };
}
