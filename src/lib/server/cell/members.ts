import type { TypedPocketBase } from '$lib/pb-types';
// The cell's member list, read with the secretary's (or officer's) own client.
import type PocketBase from 'pocketbase';
import { compareVi } from '$lib/format';

export interface MemberRow {
	id: string;
	name: string;
	position: string;
	birthYear: number;
	code: string;
	active: boolean;
}

/** The cell's members in Vietnamese list order: by given name (the last word), then the full name. */
export async function cellMembers(pb: TypedPocketBase, cellId: string): Promise<MemberRow[]> {
	const items = await pb.collection('members').getFullList({
		filter: pb.filter('cell = {:c}', { c: cellId }),
		fields: 'id,name,position,birthYear,code,active'
	});
	return items
		.map((m) => ({ id: m.id, name: m.name as string, position: m.position as string, birthYear: m.birthYear as number, code: m.code as string, active: Boolean(m.active) }))
		.sort((a, b) => compareVi(a.name.split(' ').at(-1) ?? '', b.name.split(' ').at(-1) ?? '') || compareVi(a.name, b.name));
}
