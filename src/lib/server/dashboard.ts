// The targets dashboard's reads: one unit's counter rows and its children's, from unit_stats
// (kept by the hooks as data changes), never a scan of the enrollments.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';
import { STATS_COLUMNS, TREE_COLUMNS, TREE_YEAR, type UnitFigures } from '$lib/domain/unit-stats';
import { compareVi } from '$lib/format';

export interface UnitRow {
	id: string;
	name: string;
	kind: string;
	figures: UnitFigures;
}

function emptyFigures(): UnitFigures {
	return { cells: 0, cellsGrassroots: 0, counters: {} };
}

function addRow(f: UnitFigures, row: RecordModel, year: number) {
	if (row.year === TREE_YEAR) {
		f.cells = row.cells ?? 0;
		f.cellsGrassroots = row.cellsGrassroots ?? 0;
	} else if (row.year === year) {
		for (const c of STATS_COLUMNS) f.counters[c] = row[c] ?? 0;
	}
}

/** The unit and each child unit with their figures for `year`, children in Vietnamese order. */
export async function unitAndChildren(pb: PocketBase, unit: RecordModel, year: number) {
	const rows = await pb.collection('unit_stats').getFullList({
		filter: pb.filter('(unit = {:u} || parent = {:u}) && (year = {:tree} || year = {:year})', { u: unit.id, tree: TREE_YEAR, year }),
		fields: ['unit', 'year', ...TREE_COLUMNS, ...STATS_COLUMNS, 'expand.unit.id', 'expand.unit.name', 'expand.unit.kind'].join(','),
		expand: 'unit'
	});
	const self: UnitRow = { id: unit.id, name: unit.name, kind: unit.kind, figures: emptyFigures() };
	const children = new Map<string, UnitRow>();
	for (const row of rows) {
		if (row.unit === unit.id) {
			addRow(self.figures, row, year);
			continue;
		}
		const u = row.expand?.unit as RecordModel | undefined;
		if (!u) continue;
		let child = children.get(u.id);
		if (!child) {
			child = { id: u.id, name: u.name, kind: u.kind, figures: emptyFigures() };
			children.set(u.id, child);
		}
		addRow(child.figures, row, year);
	}
	return { self, children: [...children.values()].sort((a, b) => compareVi(a.name, b.name)) };
}

/** The programme whose targets apply: the newest one visible to this user, or one chosen. */
export async function programmeFor(pb: PocketBase, programmeId: string | null) {
	const programmes = await pb.collection('programmes').getFullList({ sort: '-year,name', expand: 'owner' });
	const chosen = programmes.find((p) => p.id === programmeId) ?? programmes[0] ?? null;
	const config: ProgrammeConfig = parseProgrammeConfig(chosen?.config ?? {});
	return {
		programmes: programmes.map((p) => ({ id: p.id, name: p.name, year: p.year, owner: p.expand?.owner?.name ?? '' })),
		programme: chosen ? { id: chosen.id, name: chosen.name, year: chosen.year as number } : null,
		config
	};
}
