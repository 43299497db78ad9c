// The party tree: kinds of party organisation, cell types, and the materialised path.
//
// The tree has no fixed depth (docs/domain.md §1): some provinces have no district level, large
// grassroots committees have a đảng bộ bộ phận in between. Code therefore never assumes
// "parent of parent is the district"; it looks ancestors up by kind (see approval-chain.ts).

export const UNIT_KINDS = ['province', 'district', 'grassroots', 'subcommittee', 'cell'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Kinds from the top down; a higher rank sits higher in the tree. */
export const UNIT_KIND_RANK: Record<UnitKind, number> = {
	cell: 0,
	subcommittee: 1,
	grassroots: 2,
	district: 3,
	province: 4
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
	province: 'Tỉnh ủy',
	district: 'Huyện ủy (cấp huyện)',
	grassroots: 'Đảng ủy cơ sở',
	subcommittee: 'Đảng bộ bộ phận',
	cell: 'Chi bộ'
};

export const CELL_TYPES = [
	'residential',
	'administrative',
	'public_service',
	'armed_forces',
	'enterprise'
] as const;
export type CellType = (typeof CELL_TYPES)[number];

export const CELL_TYPE_LABELS: Record<CellType, string> = {
	residential: 'Chi bộ khu dân cư',
	administrative: 'Chi bộ cơ quan hành chính',
	public_service: 'Chi bộ đơn vị sự nghiệp',
	armed_forces: 'Chi bộ lực lượng vũ trang',
	enterprise: 'Chi bộ doanh nghiệp'
};

export function isUnitKind(value: unknown): value is UnitKind {
	return typeof value === 'string' && (UNIT_KINDS as readonly string[]).indexOf(value) >= 0;
}

export function isCellType(value: unknown): value is CellType {
	return typeof value === 'string' && (CELL_TYPES as readonly string[]).indexOf(value) >= 0;
}

// Materialised path: "/<rootId>/.../<parentId>/<ownId>/".
// Leading and trailing slashes make "is X inside Y" a plain substring test on "/<Y id>/",
// which is what the PocketBase API rules use (`path ~ unit.path`), and what an index can serve.

/** The path of a unit with id `id` under a parent with path `parentPath` (null for a root). */
export function childPath(parentPath: string | null, id: string): string {
	if (!id || id.indexOf('/') >= 0) throw new Error(`Invalid unit id: ${JSON.stringify(id)}`);
	const base = parentPath === null || parentPath === '' ? '/' : parentPath;
	if (base.charAt(0) !== '/' || base.charAt(base.length - 1) !== '/') {
		throw new Error(`Invalid unit path: ${JSON.stringify(parentPath)}`);
	}
	return base + id + '/';
}

/** All ids in a path, root first, the unit itself last. */
export function pathIds(path: string): string[] {
	return path.split('/').filter((part) => part !== '');
}

/** Ids of the ancestors of the unit at `path`, root first, excluding the unit itself. */
export function ancestorIds(path: string): string[] {
	const ids = pathIds(path);
	return ids.slice(0, ids.length - 1);
}

/** True when the unit at `path` is the unit at `ancestorPath` or lies below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
	// Both paths end with "/", so "/a/b/" never matches "/a/bc/".
	return ancestorPath !== '' && path.slice(0, ancestorPath.length) === ancestorPath;
}
