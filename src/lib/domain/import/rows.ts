// One row of the file → a typed record plus the problems found in that row alone. Rows are
// normalised even when they have problems (best effort), so that the checks across rows
// (duplicates, parents, cells) still see their codes and do not pile up follow-on errors.
import type { CellType, UnitKind } from '../tree';
import { parseCellType, parseKind, parseYesNo, MEMBER_POSITION_WORDS, foldKey } from './columns';
import { IMPORT_MESSAGES as M, problem, type Problem } from './messages';

/** A data row as read from the file: its spreadsheet row number and its cells keyed by field. */
export interface RawRow {
	row: number;
	values: Record<string, string>;
}

export interface UnitRecord {
	code: string;
	name: string;
	kind: UnitKind | '';
	parentCode: string;
	cellType: CellType | '';
	isGrassroots: boolean;
}

export type MemberPosition = 'secretary' | 'deputy' | 'committee' | 'member';

export interface MemberRecord {
	code: string;
	name: string;
	cellCode: string;
	/** 0 when not given (PocketBase stores an empty number as 0). */
	birthYear: number;
	position: MemberPosition;
	active: boolean;
}

export interface Normalized<T> {
	row: number;
	record: T;
	problems: Problem[];
}

/** Limits repeated from the collections (pb_migrations 1764000000, 1764000005). */
export const LIMITS = { unitCode: 64, unitName: 200, memberCode: 32, memberName: 120 } as const;

/** The cell's text in NFC (one form of every Vietnamese letter), trimmed, inner runs of spaces and line breaks made one space (rarely needed: tested first). */
function text(values: Record<string, string>, field: string): string {
	const t = String(values[field] ?? '').normalize('NFC').trim();
	return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

export function normalizeUnitRow(raw: RawRow): Normalized<UnitRecord> {
	const v = raw.values;
	const problems: Problem[] = [];
	const code = text(v, 'code');
	const name = text(v, 'name');
	const kindText = text(v, 'kind');
	const cellTypeText = text(v, 'cellType');
	const grassrootsText = text(v, 'isGrassroots');

	if (!code) problems.push(problem(M.codeMissing));
	else if (code.length > LIMITS.unitCode) problems.push(problem(M.codeTooLong, { code, max: LIMITS.unitCode }));
	if (!name) problems.push(problem(M.nameMissing));
	else if (name.length > LIMITS.unitName) problems.push(problem(M.nameTooLong, { max: LIMITS.unitName }));

	const parsedKind = kindText ? parseKind(kindText) : null;
	if (!kindText) problems.push(problem(M.kindMissing));
	else if (!parsedKind) problems.push(problem(M.kindUnknown, { value: kindText }));
	const kind = parsedKind?.kind ?? '';

	let cellType: CellType | '' = '';
	if (cellTypeText) {
		const parsed = parseCellType(cellTypeText);
		if (!parsed) problems.push(problem(M.cellTypeUnknown, { value: cellTypeText }));
		else if (kind && kind !== 'cell') problems.push(problem(M.cellTypeNotCell));
		else cellType = parsed;
	} else if (kind === 'cell') {
		problems.push(problem(M.cellTypeMissing));
	}

	let isGrassroots = parsedKind?.grassroots ?? false;
	if (grassrootsText) {
		const yes = parseYesNo(grassrootsText);
		if (yes === null) problems.push(problem(M.yesNoUnknown, { column: 'Chi bộ cơ sở', value: grassrootsText }));
		else isGrassroots = isGrassroots || yes;
	}
	if (isGrassroots && kind && kind !== 'cell') {
		problems.push(problem(M.grassrootsNotCell));
		isGrassroots = false;
	}

	return { row: raw.row, record: { code, name, kind, parentCode: text(v, 'parent'), cellType, isGrassroots }, problems };
}

/** A year, or a date whose year is taken ("12/05/1975", "1975-05-12"); null when unreadable. */
function parseYear(value: string): number | null {
	const trimmed = value.replace(/\.0+$/, '');
	if (/^\d{4}$/.test(trimmed)) return Number(trimmed);
	const dmy = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(trimmed);
	if (dmy) return Number(dmy[1]);
	const iso = /^(\d{4})-\d{1,2}-\d{1,2}/.exec(trimmed);
	return iso ? Number(iso[1]) : null;
}

export function normalizeMemberRow(raw: RawRow, thisYear: number): Normalized<MemberRecord> {
	const v = raw.values;
	const problems: Problem[] = [];
	const code = text(v, 'code');
	const name = text(v, 'name');
	const cellCode = text(v, 'cell');
	const yearText = text(v, 'birthYear');
	const positionText = text(v, 'position');
	const activeText = text(v, 'active');

	if (!code) problems.push(problem(M.memberCodeMissing));
	else if (code.length > LIMITS.memberCode) problems.push(problem(M.memberCodeTooLong, { code, max: LIMITS.memberCode }));
	if (name.length < 2) problems.push(problem(M.memberNameMissing));
	else if (name.length > LIMITS.memberName) problems.push(problem(M.memberNameTooLong, { max: LIMITS.memberName }));
	if (!cellCode) problems.push(problem(M.memberCellMissing));

	let birthYear = 0;
	if (yearText) {
		const year = parseYear(yearText);
		if (year === null || year < 1900 || year > thisYear) problems.push(problem(M.birthYearInvalid, { value: yearText, max: thisYear }));
		else birthYear = year;
	}

	let position: MemberPosition = 'member';
	if (positionText) {
		const parsed = MEMBER_POSITION_WORDS[foldKey(positionText)];
		if (!parsed) problems.push(problem(M.positionUnknown, { value: positionText }));
		else position = parsed;
	}

	let active = true;
	if (activeText) {
		const yes = parseYesNo(activeText);
		if (yes === null) problems.push(problem(M.yesNoUnknown, { column: 'Đang sinh hoạt', value: activeText }));
		else active = yes;
	}

	return { row: raw.row, record: { code, name, cellCode, birthYear, position, active }, problems };
}
