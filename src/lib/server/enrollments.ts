import type { TypedPocketBase } from '$lib/pb-types';
// Queries about enrollments, always through the user's own client: the API rules decide what
// each list contains, these functions only decide what is asked.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { statesInPhase, type Phase } from '$lib/domain/lifecycle-phases';
import { countsByState, TREE_YEAR } from '$lib/domain/unit-stats';
import type { AppUnit } from '$lib/server/session';

/** The first string after every path of the subtree of `path` (pb_hooks/lib/tree.js pathEnd). */
export function subtreeEnd(path: string): string {
	return path.slice(0, -1) + '0';
}

export interface EnrollmentRow {
	id: string;
	state: string;
	step: number;
	year: number;
	cellType: string;
	cellName: string;
	cellId: string;
	programmeName: string;
	stateChangedAt: string;
	awaitingName: string;
}

/** A row of the enrollment_rows view (pb_migrations/1765310002_create_enrollment_rows.js). */
function toRow(r: RecordModel): EnrollmentRow {
	return {
		id: r.id,
		state: r.state,
		step: r.step,
		year: r.year,
		cellType: r.cellType,
		cellId: r.cell,
		cellName: r.cellName ?? '',
		programmeName: r.programmeName ?? '',
		stateChangedAt: r.stateChangedAt,
		awaitingName: r.awaitingName ?? ''
	};
}

// The lists read enrollment_rows: an enrollment as a list shows it, the programme's and the
// awaited committee's names joined in, under the enrollments' own rules. Reading enrollments with
// expand=cell,programme,awaiting loaded each row's 30 columns and three related records.
const ROWS = 'enrollment_rows';
export async function cellEnrollments(pb: TypedPocketBase, cellId: string): Promise<EnrollmentRow[]> {
	const items = await pb.collection(ROWS).getFullList({
		filter: pb.filter('cell = {:cellId}', { cellId }),
		sort: '-year,-created'
	});
	return items.map(toRow);
}

/**
 * The subtree's enrollments in one phase (e.g. the cells in the pilot), by cell name, the first
 * `limit`. `cellName` is the enrollment's copy of its cell's name (a sort by `cell.name` joined
 * every row's cell and sorted the whole subtree). SQLite has no index that both seeks a subtree
 * and reads it in name order, so the filter's form picks one of two plans, each good for one size
 * (CPU per request measured by `npm run bench:lists` at national size):
 * - a province or a district (thousands or hundreds of cells): the prefix as a LIKE, which no
 *   index seeks, so SQLite walks the index (cellName, path, state) in name order, checks prefix
 *   and state on each entry and stops after the page (20 rows: 2.5 ms a province, 4 ms a district;
 *   seeking and sorting took 95 ms and 9 ms);
 * - a grassroots committee or below (tens of cells): the prefix as the range
 *   path >= unit.path && path < its end (lib/tree.js pathEnd), which the path index seeks; the
 *   few rows are sorted (a walk of the name index would cross the whole country to find them).
 */
export async function inPhase(pb: TypedPocketBase, unit: Pick<AppUnit, 'path' | 'kind'>, phase: Phase, limit = 100): Promise<EnrollmentRow[]> {
	const states = statesInPhase(phase).map((s) => `state = "${s}"`).join(' || ');
	const scope =
		unit.kind === 'province' || unit.kind === 'district'
			? pb.filter('path ~ {:prefix}', { prefix: `${unit.path}%` })
			: pb.filter('path >= {:from} && path < {:to}', { from: unit.path, to: subtreeEnd(unit.path) });
	const { items } = await pb.collection(ROWS).getList(1, limit, {
		filter: `${scope} && (${states})`,
		sort: 'cellName',
		skipTotal: true
	});
	return items.map(toRow);
}

/**
 * Enrollments an inspector or committee member in charge has been assigned to. `inspectors ~ id`
 * tests the row's own list of ids (15 characters of [a-z0-9], so "contains" is "is one of"),
 * where `inspectors.id ?=` joined each row's inspectors and made PocketBase de-duplicate.
 */
export async function assignedTo(pb: TypedPocketBase, userId: string): Promise<EnrollmentRow[]> {
	const items = await pb.collection(ROWS).getFullList({
		filter: pb.filter('inspectors ~ {:userId} || supervisor = {:userId}', { userId }),
		sort: 'state,cellName'
	});
	return items.map(toRow);
}

/**
 * How many enrollments of the subtree are in each state, all programme years together, read from
 * the unit's maintained counters (unit_stats) rather than counted from the records.
 */
export async function countByState(pb: TypedPocketBase, unitPath: string): Promise<Record<string, number>> {
	const unit = unitPath.split('/').filter(Boolean).pop() ?? '';
	const rows = await pb.collection('unit_stats').getFullList({
		filter: pb.filter('unit = {:unit} && year != {:tree}', { unit, tree: TREE_YEAR })
	});
	const counts: Record<string, number> = {};
	for (const row of rows) {
		for (const [state, n] of Object.entries(countsByState(row))) counts[state] = (counts[state] ?? 0) + n;
	}
	return counts;
}

/** Programmes this user can see that are open for registration. */
export async function openProgrammes(pb: TypedPocketBase): Promise<RecordModel[]> {
	return pb.collection('programmes').getFullList({ filter: 'status = "active"', sort: '-year,name', expand: 'owner' });
}
