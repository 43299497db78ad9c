import type { TypedPocketBase } from '$lib/pb-types';
// The units directly under a unit, with their member and cell counts, for the units export.
// Read with the user's own client: the units rule shows their subtree (and ancestors, which the
// caller refuses as a starting point, as the dashboard does).
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { TREE_YEAR } from '$lib/domain/unit-stats';
import { compareVi } from '$lib/format';
import type { AppUser } from '$lib/server/session';

export interface ChildUnitRow {
	id: string;
	name: string;
	code: string;
	kind: string;
	cellType: string;
	isGrassroots: boolean;
	memberCount: number;
	/** Cells in the child's subtree (the child itself when it is a cell). */
	cells: number;
}

export async function childUnits(pb: TypedPocketBase, user: AppUser, unitId: string | null) {
	const unit = await pb
		.collection('units')
		.getOne(unitId || user.unit.id, { fields: 'id,name,path' })
		.catch((err: unknown) => {
			if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy đơn vị.');
			throw err;
		});
	if (!String(unit.path).startsWith(user.unit.path)) error(404, 'Đơn vị nằm ngoài phạm vi bạn được xem.');
	// Two indexed reads: units by parent, and the children's cell totals kept in unit_stats.
	const [units, stats] = await Promise.all([
		pb.collection('units').getFullList({
			filter: pb.filter('parent = {:u}', { u: unit.id }),
			fields: 'id,name,code,kind,cellType,isGrassroots,memberCount',
			batch: 1000
		}),
		pb.collection('unit_stats').getFullList({
			filter: pb.filter('parent = {:u} && year = {:tree}', { u: unit.id, tree: TREE_YEAR }),
			fields: 'unit,cells',
			batch: 1000
		})
	]);
	const cells = new Map(stats.map((s) => [s.unit as string, (s.cells as number) ?? 0]));
	const rows: ChildUnitRow[] = units
		.map((u) => ({
			id: u.id,
			name: u.name as string,
			code: (u.code as string) ?? '',
			kind: u.kind as string,
			cellType: (u.cellType as string) ?? '',
			isGrassroots: Boolean(u.isGrassroots),
			memberCount: (u.memberCount as number) ?? 0,
			cells: cells.get(u.id) ?? (u.kind === 'cell' ? 1 : 0)
		}))
		.sort((a, b) => compareVi(a.name, b.name));
	return { unit: { id: unit.id, name: unit.name as string }, rows };
}
