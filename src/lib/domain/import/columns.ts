// The two tables an import file holds (units, members), their Vietnamese column headers, and the
// Vietnamese words accepted in each column, mapped to the contract identifiers (docs/domain.md, and the README's data names).
// Matching ignores case, diacritics, spacing and anything in brackets, so "Mã đơn vị cấp trên",
// "ma don vi cap tren" and "MÃ ĐƠN VỊ CẤP TRÊN (nếu có)" are the same column.
import type { CellType, UnitKind } from '../tree';

export type ImportTable = 'units' | 'members';

export const TABLE_LABELS: Record<ImportTable, string> = { units: 'Đơn vị', members: 'Đảng viên' };

export type UnitField = 'code' | 'name' | 'kind' | 'parent' | 'cellType' | 'isGrassroots';
export type MemberField = 'code' | 'name' | 'cell' | 'birthYear' | 'position' | 'active';

interface Column<F extends string> {
	field: F;
	/** The header written in the template. */
	header: string;
	required: boolean;
	/** Other headers accepted for this column (already folded with foldKey). */
	aliases: string[];
}

export const UNIT_COLUMNS: Column<UnitField>[] = [
	{ field: 'code', header: 'Mã đơn vị', required: true, aliases: ['code', 'ma'] },
	{ field: 'name', header: 'Tên', required: true, aliases: ['name', 'ten don vi', 'ten to chuc dang'] },
	{ field: 'kind', header: 'Loại (tỉnh/huyện/cơ sở/bộ phận/chi bộ)', required: true, aliases: ['kind', 'loai don vi', 'cap'] },
	{ field: 'parent', header: 'Mã đơn vị cấp trên', required: true, aliases: ['parent', 'ma cap tren'] },
	{ field: 'cellType', header: 'Loại hình chi bộ', required: false, aliases: ['celltype', 'loai hinh'] },
	{ field: 'isGrassroots', header: 'Chi bộ cơ sở (có/không)', required: false, aliases: ['isgrassroots'] }
];

export const MEMBER_COLUMNS: Column<MemberField>[] = [
	{ field: 'code', header: 'Mã đảng viên', required: true, aliases: ['so the dang vien', 'so the'] },
	{ field: 'name', header: 'Họ và tên', required: true, aliases: ['ho ten', 'ten'] },
	{ field: 'cell', header: 'Mã chi bộ', required: true, aliases: ['ma don vi'] },
	{ field: 'birthYear', header: 'Năm sinh', required: false, aliases: ['birthyear', 'ngay sinh'] },
	{ field: 'position', header: 'Chức vụ (bí thư/phó bí thư/chi ủy viên/đảng viên)', required: false, aliases: ['position', 'chuc vu trong chi bo'] },
	{ field: 'active', header: 'Đang sinh hoạt (có/không)', required: false, aliases: ['active', 'tinh trang'] }
];

// A file repeats the same few words in every row ("chi bộ", "có", "bí thư"): folding each once
// matters in PocketBase's JS engine, where the regular expressions below cost ~0.1 ms a call.
const folded = new Map<string, string>();

/** Lower case, no diacritics (đ → d), no bracketed notes, single spaces: the form words are compared in. */
export function foldKey(text: string): string {
	const known = folded.get(text);
	if (known !== undefined) return known;
	if (folded.size > 5000) folded.clear();
	const key = fold(text);
	folded.set(text, key);
	return key;
}

function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[_\-–:.*]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function columnKeys<F extends string>(c: Column<F>): string[] {
	return [foldKey(c.header), ...c.aliases];
}

export interface HeaderMap {
	table: ImportTable;
	/** For each column of the file, the field it feeds (null: ignored). */
	fields: (string | null)[];
	/** Headers of required columns that the file lacks. */
	missing: string[];
	/** Headers that appear twice. */
	duplicated: string[];
}

/**
 * Which table a header row belongs to and which field each column feeds. A table with a
 * "Mã đảng viên" column is the members table (it also has "Mã chi bộ"); one with "Mã đơn vị" is
 * the units table. Null when neither.
 */
export function mapHeaders(headers: string[]): HeaderMap | null {
	const folded = headers.map((h) => foldKey(h ?? ''));
	const has = (key: string) => folded.indexOf(key) >= 0;
	const table: ImportTable | null = has('ma dang vien') || has('so the dang vien')
		? 'members'
		: has('ma don vi') || has('code')
			? 'units'
			: null;
	if (!table) return null;
	const columns: Column<string>[] = table === 'units' ? UNIT_COLUMNS : MEMBER_COLUMNS;
	// Exact headers first, so "Mã đơn vị" in a units table is the code and not an alias elsewhere.
	const fields: (string | null)[] = folded.map(() => null);
	const taken = new Map<string, number>();
	const duplicated: string[] = [];
	for (const pass of [0, 1]) {
		folded.forEach((key, i) => {
			if (fields[i]) return;
			const column = columns.find((c) => (pass === 0 ? foldKey(c.header) === key : c.aliases.indexOf(key) >= 0));
			if (!column) return;
			if (taken.has(column.field)) {
				if (pass === 0) duplicated.push(column.header);
				return;
			}
			taken.set(column.field, i);
			fields[i] = column.field;
		});
	}
	const missing = columns.filter((c) => c.required && !taken.has(c.field)).map((c) => c.header);
	return { table, fields, missing, duplicated };
}

// ─── Values ─────────────────────────────────────────────────────────────────────────────────

const KIND_WORDS: Record<string, UnitKind> = {
	province: 'province', tinh: 'province', 'tinh uy': 'province', 'dang bo tinh': 'province',
	'thanh uy truc thuoc trung uong': 'province',
	district: 'district', huyen: 'district', 'huyen uy': 'district', 'cap huyen': 'district',
	'thi uy': 'district', 'thanh uy': 'district', 'quan uy': 'district', 'dang bo huyen': 'district',
	'dang uy truc thuoc tinh uy': 'district',
	grassroots: 'grassroots', 'co so': 'grassroots', 'dang uy co so': 'grassroots', 'dang bo co so': 'grassroots',
	'dang uy xa': 'grassroots', 'dang uy phuong': 'grassroots', 'dang uy thi tran': 'grassroots',
	subcommittee: 'subcommittee', 'bo phan': 'subcommittee', 'dang bo bo phan': 'subcommittee', 'dang uy bo phan': 'subcommittee',
	cell: 'cell', 'chi bo': 'cell', 'chi bo truc thuoc': 'cell'
};

/** The unit kind a Vietnamese (or contract) word names; "chi bộ cơ sở" is a cell that is grassroots. */
export function parseKind(value: string): { kind: UnitKind; grassroots: boolean } | null {
	const key = foldKey(value);
	if (key === 'chi bo co so') return { kind: 'cell', grassroots: true };
	const kind = KIND_WORDS[key];
	return kind ? { kind, grassroots: false } : null;
}

const CELL_TYPE_WORDS: Record<string, CellType> = {
	residential: 'residential', 'khu dan cu': 'residential', 'dan cu': 'residential', thon: 'residential',
	'to dan pho': 'residential', 'khu pho': 'residential',
	administrative: 'administrative', 'co quan': 'administrative', 'hanh chinh': 'administrative',
	'co quan hanh chinh': 'administrative',
	public_service: 'public_service', 'public service': 'public_service', 'su nghiep': 'public_service',
	'don vi su nghiep': 'public_service', 'giao duc': 'public_service', 'y te': 'public_service',
	armed_forces: 'armed_forces', 'armed forces': 'armed_forces', 'luc luong vu trang': 'armed_forces',
	'vu trang': 'armed_forces', 'quan su': 'armed_forces', 'cong an': 'armed_forces',
	enterprise: 'enterprise', 'doanh nghiep': 'enterprise'
};

/** The cell type a Vietnamese word names, with or without the leading "Chi bộ". */
export function parseCellType(value: string): CellType | null {
	const key = foldKey(value).replace(/^chi bo /, '');
	return CELL_TYPE_WORDS[key] ?? null;
}

const YES = ['co', 'x', '1', 'true', 'dung', 'yes', 'dang sinh hoat', 'con sinh hoat'];
const NO = ['khong', '0', 'false', 'sai', 'no', 'da ngung', 'ngung sinh hoat', 'ngung', 'da chuyen di'];

/** true / false for "có" / "không" (and the usual spreadsheet spellings), null when neither. */
export function parseYesNo(value: string): boolean | null {
	const key = foldKey(value);
	if (YES.indexOf(key) >= 0) return true;
	if (NO.indexOf(key) >= 0) return false;
	return null;
}

export const MEMBER_POSITION_WORDS: Record<string, 'secretary' | 'deputy' | 'committee' | 'member'> = {
	secretary: 'secretary', 'bi thu': 'secretary', 'bi thu chi bo': 'secretary',
	deputy: 'deputy', 'pho bi thu': 'deputy', 'pho bi thu chi bo': 'deputy',
	committee: 'committee', 'chi uy vien': 'committee', 'chi uy': 'committee', 'uy vien': 'committee',
	member: 'member', 'dang vien': 'member'
};
