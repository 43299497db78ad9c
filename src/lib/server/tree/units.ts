import type { TypedPocketBase } from '$lib/pb-types';
// Reading and editing the party tree for /units, with the officer's own token: the list rules
// and /api/tree/units (pb_hooks/lib/unit-admin.js) decide what they may see and change.
// Every read is one indexed query: children by `parent`, a search by a prefix of `path`.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { compareVi } from '$lib/format';
import { isWithin, pathIds } from '$lib/domain/tree';
import { childKindsOf, mayHold } from '$lib/domain/tree-admin';
import { foldText } from '$lib/domain/text';

export interface UnitRow {
	id: string;
	name: string;
	kind: string;
	code: string;
	parent: string;
	path: string;
	cellType: string;
	isGrassroots: boolean;
	memberCount: number;
}

const FIELDS = 'id,name,kind,code,parent,path,cellType,isGrassroots,memberCount';
/** Children shown at once: a district holds ~150 grassroots committees; beyond this, search. */
export const CHILDREN_LIMIT = 500;
export const SEARCH_LIMIT = 30;

function row(r: RecordModel): UnitRow {
	return {
		id: r.id, name: r.name, kind: r.kind, code: r.code ?? '', parent: r.parent ?? '', path: r.path,
		cellType: r.cellType ?? '', isGrassroots: Boolean(r.isGrassroots), memberCount: r.memberCount ?? 0
	};
}

const byName = (a: UnitRow, b: UnitRow) => compareVi(a.name, b.name);

/** A unit of the officer's subtree, or null (outside it, or not found). */
export async function unitInScope(pb: TypedPocketBase, scopePath: string, id: string): Promise<UnitRow | null> {
	try {
		const unit = row(await pb.collection('units').getOne(id, { fields: FIELDS }));
		return isWithin(unit.path, scopePath) ? unit : null;
	} catch {
		return null;
	}
}

/** The units from the officer's own down to `unit` (breadcrumbs), by primary key. */
export async function trail(pb: TypedPocketBase, scopePath: string, unit: UnitRow): Promise<UnitRow[]> {
	const own = pathIds(scopePath).length - 1;
	const ids = pathIds(unit.path).slice(own, -1);
	if (!ids.length) return [unit];
	const filter = ids.map((_, i) => `id = {:i${i}}`).join(' || ');
	const params = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
	const found = await pb.collection('units').getFullList({ filter: pb.filter(filter, params), fields: FIELDS });
	return [...found.map(row).sort((a, b) => a.path.length - b.path.length), unit];
}

/** The children of one unit, in Vietnamese order; `more` when the limit cut the list. */
export async function childrenOf(pb: TypedPocketBase, unitId: string): Promise<{ items: UnitRow[]; more: boolean }> {
	const list = await pb.collection('units').getList(1, CHILDREN_LIMIT + 1, {
		filter: pb.filter('parent = {:p}', { p: unitId }),
		fields: FIELDS,
		skipTotal: true
	});
	return { items: list.items.slice(0, CHILDREN_LIMIT).map(row).sort(byName), more: list.items.length > CHILDREN_LIMIT };
}

/**
 * Units of the subtree under `scopePath` whose name contains `q`: the `path` prefix (a LIKE
 * with no leading wildcard) is served by the path index, so only the subtree is read.
 * `holding` keeps only units that may hold a unit of that kind; `outside` drops a subtree.
 */
export async function searchUnits(
	pb: TypedPocketBase,
	scopePath: string,
	q: string,
	opts: { holding?: string; outside?: string; limit?: number } = {}
): Promise<UnitRow[]> {
	const text = q.trim().slice(0, 100);
	if (!text) return [];
	// The folded key (units.nameKey, kept by pb_hooks/text.pb.js): "thuy xuan" finds "Thụy Xuân".
	const parts = ['path ~ {:prefix}', 'nameKey ~ {:q}'];
	const params: Record<string, string> = { prefix: `${scopePath}%`, q: foldText(text) };
	if (opts.holding) {
		const kinds = ['province', 'district', 'grassroots', 'subcommittee', 'cell'].filter((k) => mayHold(k, opts.holding!));
		parts.push(`(${kinds.map((k, i) => { params[`k${i}`] = k; return `kind = {:k${i}}`; }).join(' || ')})`);
	}
	if (opts.outside) {
		parts.push('path !~ {:outside}');
		params.outside = `${opts.outside}%`;
	}
	const list = await pb.collection('units').getList(1, opts.limit ?? SEARCH_LIMIT, {
		filter: pb.filter(parts.join(' && '), params),
		fields: FIELDS,
		skipTotal: true
	});
	return list.items.map(row).sort(byName);
}

/** How many units lie under `unit` (for the move confirmation); an index range count. */
export async function descendantCount(pb: TypedPocketBase, unit: UnitRow): Promise<number> {
	const list = await pb.collection('units').getList(1, 1, { filter: pb.filter('path ~ {:p}', { p: `${unit.path}%` }), fields: 'id' });
	return Math.max(0, list.totalItems - 1);
}

export { childKindsOf };

export const createUnit = (pb: TypedPocketBase, body: Record<string, unknown>) =>
	pb.send<UnitRow>('/api/tree/units', { method: 'POST', body });

export const updateUnit = (pb: TypedPocketBase, id: string, body: Record<string, unknown>) =>
	pb.send<UnitRow>(`/api/tree/units/${encodeURIComponent(id)}`, { method: 'PATCH', body });
