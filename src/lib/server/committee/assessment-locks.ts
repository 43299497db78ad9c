import type { TypedPocketBase } from '$lib/pb-types';
// The committee's hold on a cell's monthly self-assessments: a month it has checked is locked, so
// the cell can no longer change it; reopening lets the cell correct it. PocketBase decides who
// may (officers of the committees above the cell, the `locked` flag only).
import type PocketBase from 'pocketbase';
import { formatMonth } from '$lib/domain/deadlines';
import { RATING_LABELS, type Rating } from '$lib/domain/classification';

export interface MonthLock {
	id: string;
	month: string;
	/** "09/2026" */
	label: string;
	total: number | null;
	rating: string;
	locked: boolean;
}

export async function monthLocks(pb: TypedPocketBase, enrollmentId: string): Promise<MonthLock[]> {
	const items = await pb.collection('self_assessments').getFullList({
		filter: pb.filter('enrollment = {:e}', { e: enrollmentId }),
		sort: 'month',
		fields: 'id,month,total,rating,locked'
	});
	return items.map((r) => ({
		id: r.id,
		month: r.month,
		label: formatMonth(r.month),
		total: typeof r.total === 'number' ? r.total : null,
		rating: RATING_LABELS[r.rating as Rating] ?? '',
		locked: Boolean(r.locked)
	}));
}

/** Locks or reopens the given months of the enrollment; each is its own one-field update. */
export async function setLocks(pb: TypedPocketBase, enrollmentId: string, ids: readonly string[], locked: boolean): Promise<number> {
	const mine = new Set((await monthLocks(pb, enrollmentId)).filter((m) => m.locked !== locked).map((m) => m.id));
	const chosen = ids.filter((id) => mine.has(id));
	for (const id of chosen) await pb.collection('self_assessments').update(id, { locked });
	return chosen.length;
}
