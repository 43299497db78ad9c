import type { TypedPocketBase } from '$lib/pb-types';
// The one way the app asks "what waits for my committee": PocketBase's /api/committee/awaiting
// route, which answers for the committee of the token's user only (pb_hooks/lib/inbox.js).
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import type { InboxState } from '$lib/domain/inbox';

export interface AwaitingQuery {
	/** Empty: every kind of decision. */
	states?: readonly InboxState[];
	programme?: string;
	/** A committee below the caller's: only its subtree. */
	unit?: string;
	cellType?: string;
	ids?: readonly string[];
	limit?: number;
}

/** Enrollments with `expand` of cell, cell.parent, programme and awaiting, oldest first. */
export async function awaitingDecisions(pb: TypedPocketBase, q: AwaitingQuery = {}): Promise<RecordModel[]> {
	const query: Record<string, string> = {};
	if (q.states?.length) query.states = q.states.join(',');
	if (q.programme) query.programme = q.programme;
	if (q.unit) query.unit = q.unit;
	if (q.cellType) query.cellType = q.cellType;
	if (q.ids?.length) query.ids = q.ids.join(',');
	if (q.limit) query.limit = String(q.limit);
	const { items } = await pb.send<{ items: RecordModel[] }>('/api/committee/awaiting', { method: 'GET', query });
	return items;
}
