// The committee's inbox, read with the officer's own client: PocketBase's list rule limits it
// to the officer's subtree; `awaiting` (indexed with stateChangedAt) says whose turn it is.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { resolveChain } from '$lib/domain/approval-chain';
import { isBulkable, isInboxState, type InboxState } from '$lib/domain/inbox';
import { parseProgrammeConfig } from '$lib/domain/programme-config';
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
 * so such a file is decided on its own page, not in a bulk approval. The chain is resolved as
 * the server resolves it (the same resolver), from the cell's ancestors and the programme.
 */
async function markFinalRecognitions(pb: PocketBase, records: RecordModel[], items: InboxItem[]): Promise<void> {
	const recognition = records.filter((r) => r.state === 'recognition');
	if (!recognition.length) return;
	const ids = [...new Set(recognition.flatMap((r) => String(r.path).split('/').filter(Boolean)))];
	const units = await pb.collection('units').getFullList({
		filter: ids.map((id) => pb.filter('id = {:id}', { id })).join(' || '),
		fields: 'id,kind'
	});
	const kindOf = new Map(units.map((u) => [u.id, u.kind as string]));
	for (const r of recognition) {
		const ancestors = String(r.path).split('/').filter(Boolean).slice(0, -1).map((id) => ({ id, kind: kindOf.get(id) ?? '' }));
		const config = parseProgrammeConfig(r.expand?.programme?.config ?? {});
		const chain = resolveChain(config.chains.recognition, ancestors);
		const item = items.find((i) => i.id === r.id);
		if (item && r.step >= chain.length - 1) item.bulkable = false;
	}
}

/**
 * Every decision waiting for the caller's own committee, oldest first, narrowed by the filters;
 * `ids` narrows it to those files (a bulk approval checks exactly what was chosen, however long
 * the inbox). Served by PocketBase's `/api/committee/awaiting` route, which takes the committee
 * from the caller's token (pb_hooks/lib/inbox.js says why it is a route, not a list query).
 */
export async function inboxItems(
	pb: PocketBase,
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
	await markFinalRecognitions(pb, items, out);
	return out;
}

export interface FilterOption {
	id: string;
	name: string;
}

/** The filter choices: the programmes this officer sees, and the committees below them. */
export async function filterOptions(pb: PocketBase, unit: { id: string; path: string }) {
	const [programmes, units] = await Promise.all([
		pb.collection('programmes').getFullList({ sort: '-year,name', fields: 'id,name,year' }),
		pb.collection('units').getFullList({
			filter: pb.filter('path ~ {:p} && id != {:id} && kind != "cell"', { p: `${unit.path}%`, id: unit.id }),
			sort: 'depth,name',
			fields: 'id,name,depth'
		})
	]);
	return {
		programmes: programmes.map((p) => ({ id: p.id, name: p.name })) as FilterOption[],
		units: units.map((u) => ({ id: u.id, name: u.name })) as FilterOption[]
	};
}
