import type { TypedPocketBase } from '$lib/pb-types';
// The targets dashboard's reads: one unit's counter rows and its children's, from unit_stats
// (kept by the hooks as data changes), never a scan of the enrollments.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { currentYear } from '$lib/domain/clock';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';
import { countsByState, countsByType, STATS_COLUMNS, targetReport, TREE_COLUMNS, TREE_YEAR, type UnitFigures } from '$lib/domain/unit-stats';
import { compareVi } from '$lib/format';
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

function addRow(f: UnitFigures, row: RecordModel, year: number) {
	if (row.year === TREE_YEAR) {
		f.cells = row.cells ?? 0;
		f.cellsGrassroots = row.cellsGrassroots ?? 0;
	} else if (row.year === year) {
		for (const c of STATS_COLUMNS) f.counters[c] = row[c] ?? 0;
	}
}

/** The unit and each child unit with their figures for `year`, children in Vietnamese order. */
export async function unitAndChildren(pb: TypedPocketBase, unit: RecordModel, year: number) {
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
export async function programmeFor(pb: TypedPocketBase, programmeId: string | null) {
	const programmes = await pb.collection('programmes').getFullList({ sort: '-year,name', expand: 'owner' });
	const chosen = programmes.find((p) => p.id === programmeId) ?? programmes[0] ?? null;
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
