import type { TypedPocketBase } from '$lib/pb-types';
// Queries about enrollments, always through the user's own client: the API rules decide what
// each list contains, these functions only decide what is asked.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { statesInPhase, type Phase } from '$lib/domain/lifecycle-phases';
import { countsByState, TREE_YEAR } from '$lib/domain/unit-stats';

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

function toRow(r: RecordModel): EnrollmentRow {
	return {
		id: r.id,
		state: r.state,
		step: r.step,
		year: r.year,
		cellType: r.cellType,
		cellId: r.cell,
		cellName: r.expand?.cell?.name ?? '',
		programmeName: r.expand?.programme?.name ?? '',
		stateChangedAt: r.stateChangedAt,
		awaitingName: r.expand?.awaiting?.name ?? ''
	};
}

const EXPAND = 'cell,programme,awaiting';
export async function cellEnrollments(pb: TypedPocketBase, cellId: string): Promise<EnrollmentRow[]> {
	const items = await pb.collection('enrollments').getFullList({
		filter: pb.filter('cell = {:cellId}', { cellId }),
		sort: '-year,-created',
		expand: EXPAND
	});
	return items.map(toRow);
}

/** The subtree's enrollments in one phase (e.g. the cells in the pilot), by cell name. */
export async function inPhase(pb: TypedPocketBase, unitPath: string, phase: Phase, limit = 100): Promise<EnrollmentRow[]> {
	const states = statesInPhase(phase).map((s) => `state = "${s}"`).join(' || ');
	const { items } = await pb.collection('enrollments').getList(1, limit, {
		filter: pb.filter(`path ~ {:prefix} && (${states})`, { prefix: `${unitPath}%` }),
		sort: 'cell.name',
		expand: EXPAND,
		skipTotal: true
	});
	return items.map(toRow);
}

/** Enrollments an inspector or committee member in charge has been assigned to. */
export async function assignedTo(pb: TypedPocketBase, userId: string): Promise<EnrollmentRow[]> {
	const items = await pb.collection('enrollments').getFullList({
		filter: pb.filter('inspectors.id ?= {:userId} || supervisor = {:userId}', { userId }),
		sort: 'state,cell.name',
		expand: EXPAND
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
