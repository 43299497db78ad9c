// An uploaded import file → the rows of its units table and its members table, keyed by field
// (src/lib/domain/import/columns.ts). A .xlsx may hold both tables on two sheets (other sheets,
// such as the template's instructions, are skipped); a .csv holds one of them. Row numbers are
// the spreadsheet's, header included, so the report points at the row the officer sees.
import ExcelJS from 'exceljs';
import {
	IMPORT_MESSAGES as M,
	TABLE_LABELS,
	mapHeaders,
	problem,
	type ImportTable,
	type Problem,
	type RawRow
} from '$lib/domain/import';
import { parseCsv } from './csv';

export interface GridRow {
	number: number;
	cells: string[];
}

export interface ReadResult {
	units: RawRow[];
	members: RawRow[];
	/** Problems with the file as a whole: when any, the rows are not checked. */
	problems: Problem[];
}

const isBlank = (cells: string[]) => cells.every((c) => !c || !c.trim());

/**
 * One grid (a sheet, or the CSV) as a table: the first non-blank row names the columns.
 * null when the header names no known table.
 */
export function tableFromGrid(grid: GridRow[]): { table: ImportTable; rows: RawRow[]; problems: Problem[] } | null {
	const start = grid.findIndex((r) => !isBlank(r.cells));
	if (start < 0) return null;
	const map = mapHeaders(grid[start]!.cells);
	if (!map) return null;
	const label = TABLE_LABELS[map.table];
	const problems = [
		...map.missing.map((column) => problem(M.missingColumn, { table: label, column })),
		...map.duplicated.map((column) => problem(M.duplicateColumn, { table: label, column }))
	];
	const rows: RawRow[] = [];
	for (const r of grid.slice(start + 1)) {
		const values: Record<string, string> = {};
		let any = false;
		map.fields.forEach((field, i) => {
			if (!field) return;
			const v = (r.cells[i] ?? '').trim();
			values[field] = v;
			if (v) any = true;
		});
		if (any) rows.push({ row: r.number, values });
	}
	return { table: map.table, rows, problems };
}

/** The text a cell shows, whatever exceljs made of it (numbers, dates, rich text, formulas, links). */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'có' : 'không';
	if (value instanceof Date) {
		const d = value;
		return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
	}
	if (typeof value === 'object') {
		if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((p) => p.text).join('');
		if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
		if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
		if ('error' in value) return '';
	}
	return String(value);
}

function gridOfSheet(ws: ExcelJS.Worksheet): GridRow[] {
	const grid: GridRow[] = [];
	ws.eachRow({ includeEmpty: false }, (row) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			cells[col - 1] = cellText(cell.value);
		});
		for (let i = 0; i < cells.length; i++) cells[i] ??= '';
		grid.push({ number: row.number, cells });
	});
	return grid;
}

function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
	const out: ReadResult = { units: [], members: [], problems: [] };
	const ext = fileName.toLowerCase().split('.').pop();
	const grids: { name: string; grid: GridRow[] }[] = [];

	if (ext === 'csv' || ext === 'txt') {
		const text = decodeUtf8(bytes);
		if (text === null) {
			out.problems.push(problem(M.unreadable, { reason: 'tệp CSV phải lưu ở dạng UTF-8 (trong Excel: “CSV UTF-8”)' }));
			return out;
		}
		grids.push({ name: fileName, grid: parseCsv(text).map((cells, i) => ({ number: i + 1, cells })) });
	} else if (ext === 'xlsx') {
		const wb = new ExcelJS.Workbook();
		try {
			await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		} catch {
			// The library's own words ("Can't find end of central directory : is this a zip file ?…")
			// mean nothing to an officer: the file is not a workbook.
			out.problems.push(problem(M.notXlsx));
			return out;
		}
		wb.eachSheet((ws) => grids.push({ name: ws.name, grid: gridOfSheet(ws) }));
	} else {
		out.problems.push(problem(M.unknownFormat));
		return out;
	}

	const seen = new Set<ImportTable>();
	for (const { grid } of grids) {
		const t = tableFromGrid(grid);
		if (!t) continue;
		if (seen.has(t.table)) continue; // a second sheet of the same table (e.g. a copy) is not read
		seen.add(t.table);
		out.problems.push(...t.problems);
		out[t.table] = t.rows;
	}
	if (!seen.size) {
		const first = grids.find((g) => g.grid.some((r) => !isBlank(r.cells)));
		out.problems.push(first ? problem(M.unknownTable, { table: first.name }) : problem(M.emptyFile));
	} else if (!out.units.length && !out.members.length && !out.problems.length) {
		out.problems.push(problem(M.emptyFile));
	}
	return out;
}
