import type { TypedPocketBase } from '$lib/pb-types';
// The targets dashboard's reads: one unit's counter rows and its children's, from unit_stats
// (kept by the hooks as data changes), never a scan of the enrollments.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { currentYear } from '$lib/domain/clock';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';
import { countsByState, countsByType, STATS_COLUMNS, targetReport, TREE_YEAR, type UnitFigures } from '$lib/domain/unit-stats';
import { compareVi } from '$lib/format';
import { statesInPhase } from '$lib/domain/lifecycle-phases';
import type { AppUser } from '$lib/server/session';

export interface UnitRow {
	id: string;
	name: string;
	kind: string;
	figures: UnitFigures;
}

function emptyFigures(): UnitFigures {
	return { cells: 0, cellsGrassroots: 0, counters: {} };
}

function addRow(f: UnitFigures, row: RecordModel, year: number, columns: readonly string[]) {
	if (row.year === TREE_YEAR) {
		f.cells = row.cells ?? 0;
		f.cellsGrassroots = row.cellsGrassroots ?? 0;
	} else if (row.year === year) {
		for (const c of columns) f.counters[c] = row[c] ?? 0;
	}
}

/** The counters of a child's row in unit_rows (pb_migrations/1765310001_create_unit_rows.js): the table's columns. */
const CHILD_COUNTERS = ['enrolled', 'goodOrBetter', 'recognized', 'recognizedGrassroots', ...statesInPhase('pilot').map((s) => `state_${s}`)];

/**
 * The unit and each child unit with their figures for `year`, children in Vietnamese order.
 * Two reads side by side, each served by an index: the unit's own unit_stats rows (every counter,
 * two rows), and its children's rows from the unit_rows view: name, kind and only the counters
 * the table shows. Reading the children from unit_stats with `expand=unit` loaded 45 columns and
 * a whole unit record per row (a district: ~480 rows).
 */
export async function unitAndChildren(pb: TypedPocketBase, unit: RecordModel, year: number) {
	const params = { u: unit.id, tree: TREE_YEAR, year };
	const [own, rows] = await Promise.all([
		pb.collection('unit_stats').getFullList({ filter: pb.filter('unit = {:u} && (year = {:tree} || year = {:year})', params) }),
		pb.collection('unit_rows').getFullList({ filter: pb.filter('parent = {:u} && (year = {:tree} || year = {:year})', params), batch: 1000 })
	]);
	const self: UnitRow = { id: unit.id, name: unit.name, kind: unit.kind, figures: emptyFigures() };
	for (const row of own) addRow(self.figures, row, year, STATS_COLUMNS);
	const children = new Map<string, UnitRow>();
	for (const row of rows) {
		let child = children.get(row.unit);
		if (!child) {
			child = { id: row.unit, name: row.name, kind: row.kind, figures: emptyFigures() };
			children.set(row.unit, child);
		}
		addRow(child.figures, row, year, CHILD_COUNTERS);
	}
	return { self, children: [...children.values()].sort((a, b) => compareVi(a.name, b.name)) };
}

/**
 * The programme whose targets apply: the one chosen, else the active programme of the current
 * year, else the newest active one, else the newest visible (never a draft being written for next
 * year while this year's runs).
 */
export function defaultProgramme<T extends { id: string; year: number; status?: string }>(programmes: T[], programmeId: string | null): T | null {
	const year = currentYear();
	return (
		programmes.find((p) => p.id === programmeId) ??
		programmes.find((p) => p.status === 'active' && p.year === year) ??
		programmes.find((p) => p.status === 'active') ??
		programmes.find((p) => p.status !== 'draft') ??
		programmes[0] ??
		null
	);
}

export async function programmeFor(pb: TypedPocketBase, programmeId: string | null) {
	const programmes = await pb.collection('programmes').getFullList({ sort: '-year,name', expand: 'owner' });
	const chosen = defaultProgramme(programmes as (RecordModel & { year: number })[], programmeId);
	const config: ProgrammeConfig = parseProgrammeConfig(chosen?.config ?? {});
	return {
		programmes: programmes.map((p) => ({ id: p.id, name: p.name, year: p.year, owner: p.expand?.owner?.name ?? '' })),
		programme: chosen ? { id: chosen.id, name: chosen.name, year: chosen.year as number } : null,
		config
	};
}

/**
 * Everything the targets dashboard shows for a unit (the user's own by default, or `?unit=`) and
 * a programme (`?programme=`, else the newest): the page and its Excel export both read this, so
 * the file always holds the page's numbers.
 */
export async function dashboardView(pb: TypedPocketBase, user: AppUser, params: URLSearchParams) {
	const unitId = params.get('unit') ?? user.unit.id;
	const unit = await pb
		.collection('units')
		.getOne(unitId)
		.catch((err: unknown) => {
			if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy đơn vị.');
			throw err;
		});
	// Ancestors are visible (for breadcrumbs) but their figures are not this user's to read.
	if (!unit.path.startsWith(user.unit.path)) error(404, 'Đơn vị nằm ngoài phạm vi bạn được xem.');

	const { programmes, programme, config } = await programmeFor(pb, params.get('programme'));
	const year = programme?.year ?? currentYear();
	const { self, children } = await unitAndChildren(pb, unit, year);
	const ancestors = unit.path
		.split('/')
		.filter(Boolean)
		.slice(user.unit.path.split('/').filter(Boolean).length - 1, -1);
	const crumbs = ancestors.length
		? await pb.collection('units').getFullList({ filter: ancestors.map((id: string) => `id = "${id}"`).join(' || '), fields: 'id,name,depth', sort: 'depth' })
		: [];

	return {
		unit: { id: unit.id, name: unit.name as string, kind: unit.kind as string },
		crumbs: crumbs.map((c) => ({ id: c.id, name: c.name as string })),
		programmes,
		programme,
		year,
		targets: targetReport(self.figures, config.targets),
		figures: self.figures,
		byState: countsByState(self.figures.counters),
		byType: countsByType(self.figures.counters),
		children: children.map((c) => ({ ...c, targets: targetReport(c.figures, config.targets) }))
	};
}

export type DashboardView = Awaited<ReturnType<typeof dashboardView>>;
