// Accounts in the officer's subtree, for the users export. The users rule already limits an
// officer to accounts whose unit is inside their own subtree; the filter only asks for that
// subtree explicitly so the query uses the units path index.
import type PocketBase from 'pocketbase';
import { compareVi } from '$lib/format';
import type { AppUser } from '$lib/server/session';

export interface UserRow {
	name: string;
	email: string;
	role: string;
	unitName: string;
	phone: string;
	created: string;
}

export async function subtreeUsers(pb: PocketBase, user: AppUser): Promise<UserRow[]> {
	const items = await pb.collection('users').getFullList({
		filter: pb.filter('unit.path ~ {:prefix}', { prefix: `${user.unit.path}%` }),
		fields: 'name,email,role,phone,created,expand.unit.name',
		expand: 'unit',
		batch: 1000
	});
	return items
		.map((u) => ({
			name: u.name as string,
			email: (u.email as string) ?? '',
			role: u.role as string,
			unitName: (u.expand?.unit?.name as string) ?? '',
			phone: (u.phone as string) ?? '',
			created: u.created as string
		}))
		.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.name, b.name));
}
