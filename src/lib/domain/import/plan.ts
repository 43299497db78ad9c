// The import plan: what each row of the file would do to the database (create, update, nothing)
// or why it cannot (its problems), and the ordered writes that carry it out. Pure: the caller
// reads the existing records (ImportLookup) and the officer's scope, this decides. PocketBase runs
// this very code (bundled into pb_hooks) for the dry run and again for each chunk it writes.
//
// Matching keys, so that importing the same file twice changes nothing:
//   units   by `code` (unique in the collection);
//   members by (cell code, member code), the collection's unique (cell, code) pair.
// An import creates units and members and updates their names and attributes. It never moves a
// unit to another parent nor changes its kind: those reshape the tree (paths, counters,
// approval chains) and are done one at a time in the tree screens.
import { UNIT_KIND_LABELS, UNIT_KIND_RANK, isWithin, type UnitKind } from '../tree';
import type { ImportTable } from './columns';
import { IMPORT_MESSAGES as M, problem, type Problem } from './messages';
import {
	normalizeMemberRow,
	normalizeUnitRow,
	type MemberRecord,
	type Normalized,
	type RawRow,
	type UnitRecord
} from './rows';

export interface ImportScope {
	/** The officer's own unit. */
	unitId: string;
	/** Its materialised path: everything the import touches must lie under it. */
	path: string;
}

export interface ExistingUnit {
	id: string;
	code: string;
	name: string;
	kind: string;
	path: string;
	cellType: string;
	isGrassroots: boolean;
	/** The parent's code and kind ('' for a root or a parent without a code). */
	parentCode: string;
	parentKind: string;
}

export interface ExistingMember {
	id: string;
	cellCode: string;
	code: string;
	name: string;
	position: string;
	birthYear: number;
	active: boolean;
}

export interface ImportLookup {
	/** Existing units by code: every code the file names (units, parents, members' cells). */
	units: Map<string, ExistingUnit>;
	/** Existing members of the named cells, by memberKey(cellCode, code). */
	members: Map<string, ExistingMember>;
}

export const memberKey = (cellCode: string, code: string) => cellCode + '\u0000' + code;

export interface RawInput {
	units: RawRow[];
	members: RawRow[];
}

export interface NormalizedInput {
	units: Normalized<UnitRecord>[];
	members: Normalized<MemberRecord>[];
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

export interface RowResult {
	table: ImportTable;
	row: number;
	code: string;
	name: string;
	action: RowAction;
	problems: Problem[];
	/** Fields an update changes. */
	changes: string[];
}

interface OpBase {
	row: number;
	action: 'create' | 'update';
	/** The existing record's id for an update, '' for a create. */
	id: string;
	changes: string[];
}
export type UnitOp = OpBase & { table: 'units'; record: UnitRecord };
export type MemberOp = OpBase & { table: 'members'; record: MemberRecord };
export type ImportOp = UnitOp | MemberOp;

export interface ImportPlan {
	rows: RowResult[];
	/** The writes, parents before children, units before members. */
	ops: ImportOp[];
	counts: Record<RowAction, number>;
}

/** Labels of the fields an update can change, for the report. */
export const CHANGE_LABELS: Record<string, string> = {
	name: 'Tên',
	cellType: 'Loại hình chi bộ',
	isGrassroots: 'Chi bộ cơ sở',
	birthYear: 'Năm sinh',
	position: 'Chức vụ',
	active: 'Đang sinh hoạt'
};

export function normalizeInput(input: RawInput, thisYear: number): NormalizedInput {
	return {
		units: (input.units ?? []).map(normalizeUnitRow),
		members: (input.members ?? []).map((r) => normalizeMemberRow(r, thisYear))
	};
}

/** The unit codes whose existing records the plan needs, and the cells whose members it compares. */
export function lookupKeys(input: NormalizedInput): { unitCodes: string[]; cellCodes: string[] } {
	const codes = new Set<string>();
	const cells = new Set<string>();
	for (const { record } of input.units) {
		if (record.code) codes.add(record.code);
		if (record.parentCode) codes.add(record.parentCode);
	}
	for (const { record } of input.members) {
		if (record.cellCode) {
			codes.add(record.cellCode);
			cells.add(record.cellCode);
		}
	}
	return { unitCodes: [...codes], cellCodes: [...cells] };
}

const kindLabel = (kind: string) => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;
const rank = (kind: string) => UNIT_KIND_RANK[kind as UnitKind] ?? -1;

function unitChanges(record: UnitRecord, existing: ExistingUnit): string[] {
	const changes: string[] = [];
	if (record.name !== existing.name) changes.push('name');
	if (record.cellType !== (existing.cellType ?? '')) changes.push('cellType');
	if (record.isGrassroots !== Boolean(existing.isGrassroots)) changes.push('isGrassroots');
	return changes;
}

function memberChanges(record: MemberRecord, existing: ExistingMember): string[] {
	const changes: string[] = [];
	if (record.name !== existing.name) changes.push('name');
	if (record.position !== existing.position) changes.push('position');
	if (record.birthYear !== (existing.birthYear || 0)) changes.push('birthYear');
	if (record.active !== Boolean(existing.active)) changes.push('active');
	return changes;
}

function result(table: ImportTable, n: Normalized<UnitRecord | MemberRecord>, problems: Problem[], existing: boolean, changes: string[]): RowResult {
	const action: RowAction = problems.length ? 'error' : !existing ? 'create' : changes.length ? 'update' : 'unchanged';
	return { table, row: n.row, code: n.record.code, name: n.record.name, action, problems, changes: action === 'update' ? changes : [] };
}

export function planImport(input: NormalizedInput, lookup: ImportLookup, scope: ImportScope): ImportPlan {
	const inScope = (path: string) => isWithin(path, scope.path);
	const rows: RowResult[] = [];
	const unitOps: { op: UnitOp; depth: number }[] = [];
	const memberOps: MemberOp[] = [];

	// The file's units by code (first occurrence), so parents and cells may come from the file.
	const fileUnits = new Map<string, Normalized<UnitRecord>>();
	const firstRow = new Map<string, number>();
	for (const n of input.units) {
		if (n.record.code && !fileUnits.has(n.record.code)) {
			fileUnits.set(n.record.code, n);
			firstRow.set(n.record.code, n.row);
		}
	}

	// How far below an existing unit a new unit of the file sits: parents are written first.
	const depthOf = new Map<string, number>();
	const depth = (code: string, seen: Set<string> = new Set()): number => {
		const known = depthOf.get(code);
		if (known !== undefined) return known;
		const n = fileUnits.get(code);
		if (!n || lookup.units.has(code) || seen.has(code)) return -1;
		seen.add(code);
		const d = depth(n.record.parentCode, seen) + 1;
		depthOf.set(code, d);
		return d;
	};

	for (const n of input.units) {
		const { record } = n;
		const problems = [...n.problems];
		const first = firstRow.get(record.code);
		if (record.code && first !== undefined && first !== n.row) {
			problems.push(problem(M.duplicateUnit, { code: record.code, row: first }));
		}
		const existing = record.code ? lookup.units.get(record.code) : undefined;
		let changes: string[] = [];

		if (existing) {
			if (!inScope(existing.path)) {
				problems.push(problem(M.unitOutOfScope, { code: record.code }));
			} else {
				if (record.kind && record.kind !== existing.kind) {
					problems.push(problem(M.kindChanged, { code: record.code, current: kindLabel(existing.kind) }));
				}
				if (record.parentCode !== existing.parentCode) {
					problems.push(problem(M.parentChanged, { code: record.code, current: existing.parentCode || '—' }));
				}
				changes = unitChanges(record, existing);
				if (changes.length && existing.id === scope.unitId) problems.push(problem(M.ownUnitChanged));
				if (record.isGrassroots && existing.parentKind && rank(existing.parentKind) < UNIT_KIND_RANK.district) {
					problems.push(problem(M.grassrootsParent, { code: existing.parentCode, parentKind: kindLabel(existing.parentKind) }));
				}
			}
		} else if (!record.parentCode) {
			problems.push(problem(M.parentMissing));
		} else {
			const inFile = fileUnits.get(record.parentCode);
			const parentInDb = lookup.units.get(record.parentCode);
			let parentKind = '';
			if (parentInDb) {
				if (!inScope(parentInDb.path)) problems.push(problem(M.parentOutOfScope, { code: record.parentCode }));
				else parentKind = parentInDb.kind;
			} else if (inFile) {
				parentKind = inFile.record.kind;
			} else {
				problems.push(problem(M.parentNotFound, { code: record.parentCode }));
			}
			if (parentKind && record.kind) {
				// Strictly lower kinds below higher ones; this also rules out cycles within the file.
				if (rank(parentKind) <= rank(record.kind)) {
					problems.push(problem(M.parentRank, { code: record.parentCode, parentKind: kindLabel(parentKind), kind: kindLabel(record.kind) }));
				} else if (record.isGrassroots && rank(parentKind) < UNIT_KIND_RANK.district) {
					problems.push(problem(M.grassrootsParent, { code: record.parentCode, parentKind: kindLabel(parentKind) }));
				}
			}
		}

		const row = result('units', n, problems, Boolean(existing), changes);
		rows.push(row);
		if (row.action === 'create' || row.action === 'update') {
			unitOps.push({
				op: { table: 'units', row: n.row, action: row.action, id: existing?.id ?? '', changes: row.changes, record },
				depth: existing ? 0 : Math.max(0, depth(record.code))
			});
		}
	}

	const firstMember = new Map<string, number>();
	for (const n of input.members) {
		const { record } = n;
		const problems = [...n.problems];
		const key = memberKey(record.cellCode, record.code);
		const first = firstMember.get(key);
		if (record.code && record.cellCode) {
			if (first !== undefined) problems.push(problem(M.duplicateMember, { code: record.code, cell: record.cellCode, row: first }));
			else firstMember.set(key, n.row);
		}

		if (record.cellCode) {
			const cellInDb = lookup.units.get(record.cellCode);
			const cellInFile = fileUnits.get(record.cellCode);
			const kind = cellInDb ? cellInDb.kind : cellInFile?.record.kind;
			if (!cellInDb && !cellInFile) problems.push(problem(M.cellNotFound, { code: record.cellCode }));
			else if (cellInDb && !inScope(cellInDb.path)) problems.push(problem(M.cellOutOfScope, { code: record.cellCode }));
			else if (kind && kind !== 'cell') problems.push(problem(M.cellNotCell, { code: record.cellCode, kind: kindLabel(kind) }));
		}

		const existing = first === undefined ? lookup.members.get(key) : undefined;
		const changes = existing ? memberChanges(record, existing) : [];
		const row = result('members', n, problems, Boolean(existing), changes);
		rows.push(row);
		if (row.action === 'create' || row.action === 'update') {
			memberOps.push({ table: 'members', row: n.row, action: row.action, id: existing?.id ?? '', changes: row.changes, record });
		}
	}

	const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
	for (const r of rows) counts[r.action]++;
	// File order within one depth (the index breaks ties: goja's sort need not be stable).
	const ordered = unitOps.map((u, index) => ({ ...u, index })).sort((a, b) => a.depth - b.depth || a.index - b.index);
	const ops: ImportOp[] = [...ordered.map((u) => u.op), ...memberOps];
	return { rows, ops, counts };
}

/** Cuts the writes into chunks of `size`, each written in one short transaction. */
export function chunkOps<T>(ops: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < ops.length; i += size) chunks.push(ops.slice(i, i + size));
	return chunks;
}

/** A chunk of planned writes as input again, to re-check it against the database before writing. */
export function inputFromOps(ops: ImportOp[]): NormalizedInput {
	return {
		units: ops.filter((o): o is UnitOp => o.table === 'units').map((o) => ({ row: o.row, record: o.record, problems: [] })),
		members: ops.filter((o): o is MemberOp => o.table === 'members').map((o) => ({ row: o.row, record: o.record, problems: [] }))
	};
}
