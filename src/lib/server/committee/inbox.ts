// The committee's inbox, read with the officer's own client: PocketBase's list rule limits it
// to the officer's subtree; `awaiting` (indexed with stateChangedAt) says whose turn it is.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { INBOX_STATES, isBulkable, isInboxState, type InboxState } from '$lib/domain/inbox';
import { isCellType, type CellType } from '$lib/domain/tree';

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

/** Every decision waiting for `unitId`, oldest first, narrowed by the filters. */
export async function inboxItems(pb: PocketBase, unitId: string, f: InboxFilters = { kind: '', programme: '', unit: '', cellType: '' }, limit = 200): Promise<InboxItem[]> {
	const states = (f.kind ? [f.kind] : INBOX_STATES).map((s) => `state = "${s}"`).join(' || ');
	const parts = [pb.filter('awaiting = {:unitId}', { unitId }), `(${states})`];
	if (f.programme) parts.push(pb.filter('programme = {:p}', { p: f.programme }));
	if (f.unit) parts.push(pb.filter('path ~ {:u}', { u: `/${f.unit}/` }));
	if (f.cellType) parts.push(pb.filter('cellType = {:t}', { t: f.cellType }));
	const { items } = await pb.collection('enrollments').getList(1, limit, {
		filter: parts.join(' && '),
		sort: 'stateChangedAt,id',
		expand: 'cell,cell.parent,programme',
		skipTotal: true
	});
	return items.map(toItem);
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
