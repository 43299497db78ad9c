import type { TypedPocketBase } from '$lib/pb-types';
// The committee's inbox, read with the officer's own client: PocketBase's list rule limits it
// to the officer's subtree; `awaiting` (indexed with stateChangedAt) says whose turn it is.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { isBulkable, isInboxState, type InboxState } from '$lib/domain/inbox';
import { isCellType, type CellType } from '$lib/domain/tree';
import { awaitingDecisions } from './awaiting';

export interface InboxItem {
	id: string;
	state: InboxState;
	step: number;
	version: number;
	cellId: string;
	cellName: string;
	cellType: string;
	/** The committee directly above the cell (the unit filter's granularity). */
	parentName: string;
	programmeId: string;
	programmeName: string;
	stateChangedAt: string;
	bulkable: boolean;
}

export interface InboxFilters {
	kind: InboxState | '';
	programme: string;
	unit: string;
	cellType: CellType | '';
}

const ID = /^[a-z0-9]{15}$/;

/** Reads the filters from the query string, dropping anything that is not a valid value. */
export function parseFilters(url: URL): InboxFilters {
	const get = (k: string) => url.searchParams.get(k) ?? '';
	const kind = get('loai');
	const cellType = get('loaihinh');
	return {
		kind: isInboxState(kind) ? kind : '',
		programme: ID.test(get('chuongtrinh')) ? get('chuongtrinh') : '',
		unit: ID.test(get('donvi')) ? get('donvi') : '',
		cellType: isCellType(cellType) ? cellType : ''
	};
}

function toItem(r: RecordModel): InboxItem {
	return {
		id: r.id,
		state: r.state,
		step: r.step,
		version: r.version,
		cellId: r.cell,
		cellName: r.expand?.cell?.name ?? '',
		cellType: r.cellType,
		parentName: r.expand?.cell?.expand?.parent?.name ?? '',
		programmeId: r.programme,
		programmeName: r.expand?.programme?.name ?? '',
		stateChangedAt: r.stateChangedAt,
		bulkable: isBulkable(r.state)
	};
}

/**
 * The last approval of the recognition chain needs its own decision number, date and signer,
 * so such a file is decided on its own page, not in a bulk approval. The server says which
 * files those are (`lastRecognitionStep`, from the chain it resolves itself), so the inbox never
 * loads a programme's config.
 */
function markFinalRecognitions(records: RecordModel[], items: InboxItem[]): void {
	for (const r of records) {
		if (r.state !== 'recognition' || !r.lastRecognitionStep) continue;
		const item = items.find((i) => i.id === r.id);
		if (item) item.bulkable = false;
	}
}

/**
 * Every decision waiting for the caller's own committee, oldest first, narrowed by the filters;
 * `ids` narrows it to those files (a bulk approval checks exactly what was chosen, however long
 * the inbox). Served by PocketBase's `/api/committee/awaiting` route, which takes the committee
 * from the caller's token (pb_hooks/lib/inbox.js says why it is a route, not a list query).
 */
export async function inboxItems(
	pb: TypedPocketBase,
	f: InboxFilters = { kind: '', programme: '', unit: '', cellType: '' },
	limit = 200,
	ids: readonly string[] = []
): Promise<InboxItem[]> {
	const items = await awaitingDecisions(pb, {
		states: f.kind ? [f.kind] : [],
		programme: f.programme,
		unit: f.unit,
		cellType: f.cellType,
		ids,
		limit
	});
	const out = items.map(toItem);
	markFinalRecognitions(items, out);
	return out;
}

export interface FilterOption {
	id: string;
	name: string;
}

/** How many levels of committees below one's own the unit filter offers, and at most how many. */
export const OPTION_LEVELS = 2;
export const OPTION_MAX = 300;

/**
 * The filter choices: the programmes this officer sees, and the committees of the next
 * OPTION_LEVELS levels below theirs (a province: its districts and their grassroots committees),
 * at most OPTION_MAX: one bounded, indexed read, never every committee of a province's subtree.
 */
export async function filterOptions(pb: TypedPocketBase, unit: { id: string; path: string }) {
	const depth = unit.path.split('/').filter(Boolean).length - 1;
	const [programmes, units] = await Promise.all([
		pb.collection('programmes').getFullList({ sort: '-year,name', fields: 'id,name,year' }),
		pb.collection('units').getList(1, OPTION_MAX, {
			filter: pb.filter('path ~ {:p} && id != {:id} && kind != "cell" && depth <= {:depth}', {
				p: `${unit.path}%`,
				id: unit.id,
				depth: depth + OPTION_LEVELS
			}),
			sort: 'depth,name',
			fields: 'id,name,depth',
			skipTotal: true
		})
	]);
	return {
		programmes: programmes.map((p) => ({ id: p.id, name: p.name })) as FilterOption[],
		units: units.items.map((u) => ({ id: u.id, name: u.name })) as FilterOption[]
	};
}
