// A small builder for the table sheets every list and dashboard exports: a title row (unit name,
// what the list is, export date), a bold filled header row that stays frozen, an autofilter, and
// cells of the right Excel type: dates as real dates shown dd/mm/yyyy, numbers as numbers,
// percentages as fractions shown 0.0%. Sheets are described by column definitions, so each
// export says *what* to show and this file alone decides *how* it looks.
import ExcelJS from 'exceljs';
import { now } from '$lib/domain/clock';
import { parseVietnamDate } from './dates';

export type ColumnKind = 'text' | 'int' | 'date' | 'pct' | 'score';

export interface Column<Row> {
	header: string;
	/** A field of the row, or a function reading the value from it (`index` counts from 0). */
	key: (keyof Row & string) | ((row: Row, index: number) => unknown);
	kind: ColumnKind;
	/** Width in characters; a sensible default per kind otherwise. */
	width?: number;
	/** An Excel number format replacing the kind's (e.g. '0' for a year, which wants no thousands separator). */
	format?: string;
}

export interface TableSheet<Row> {
	/** Sheet tab name; shortened to Excel's 31 characters and cleaned of []:*?/\ by the builder. */
	name: string;
	/** What the list is, shown in the title row after the unit's name. */
	title: string;
	columns: Column<Row>[];
	rows: Row[];
	/** Optional lines under the title (filters in force, the programme…). */
	notes?: string[];
}

export interface WorkbookMeta {
	/** The unit the export is about (or the user's own unit). */
	unitName: string;
	/** "Ngày xuất: {date}" already in the reader's language, with the date formatted. */
	exportedLine: string;
	creator?: string;
}

export const FORMATS: Record<ColumnKind, string | undefined> = {
	text: undefined,
	int: '#,##0',
	date: 'dd/mm/yyyy',
	pct: '0.0%',
	score: '0.0'
};

const DEFAULT_WIDTH: Record<ColumnKind, number> = { text: 28, int: 12, date: 13, pct: 11, score: 10 };
export const HEADER_FILL = 'FFB71C1C';
export const FONT = 'Times New Roman';

/** Excel refuses sheet names over 31 characters or with []:*?/\; names must also be unique. */
export function sheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
	const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Sheet';
	let candidate = clean.slice(0, 31).trim();
	for (let n = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		candidate = clean.slice(0, 31 - suffix.length).trim() + suffix;
	}
	return candidate;
}

/** A row's value as the Excel cell value for its column kind (null leaves the cell empty). */
export function cellValue(kind: ColumnKind, value: unknown): ExcelJS.CellValue {
	if (value === null || value === undefined || value === '') return null;
	switch (kind) {
		case 'int':
		case 'score': {
			const n = typeof value === 'number' ? value : Number(value);
			return Number.isFinite(n) ? n : null;
		}
		case 'pct': {
			// Rows carry percentage points (85.3), as the pages show them; Excel's 0.0% wants 0.853.
			const n = typeof value === 'number' ? value : Number(value);
			return Number.isFinite(n) ? n / 100 : null;
		}
		case 'date':
			return parseVietnamDate(value);
		default:
			return String(value);
	}
}

function read<Row>(row: Row, index: number, key: Column<Row>['key']): unknown {
	return typeof key === 'function' ? key(row, index) : row[key];
}

/** Adds one table sheet to the workbook; returns the worksheet (header row at `headerRow`). */
export function addTableSheet<Row>(wb: ExcelJS.Workbook, sheet: TableSheet<Row>, meta: WorkbookMeta): ExcelJS.Worksheet {
	const taken = new Set(wb.worksheets.map((w) => w.name));
	const ws = wb.addWorksheet(sheetName(sheet.name, taken), {
		pageSetup: { paperSize: 9, orientation: sheet.columns.length > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
	});
	const span = Math.max(1, sheet.columns.length);
	ws.columns = sheet.columns.map((c) => ({ width: c.width ?? DEFAULT_WIDTH[c.kind] }));

	const lines = [`${meta.unitName}: ${sheet.title}`, meta.exportedLine, ...(sheet.notes ?? [])];
	lines.forEach((text, i) => {
		const row = ws.getRow(i + 1);
		row.getCell(1).value = text;
		row.getCell(1).font = i === 0 ? { name: FONT, size: 14, bold: true } : { name: FONT, size: 11, italic: true };
		if (span > 1) ws.mergeCells(i + 1, 1, i + 1, span);
	});
	const headerRow = lines.length + 2; // one blank row between the title block and the table

	const header = ws.getRow(headerRow);
	sheet.columns.forEach((c, i) => {
		const cell = header.getCell(i + 1);
		cell.value = c.header;
		cell.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
		cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
		cell.border = { bottom: { style: 'thin' } };
	});
	header.height = 32;

	sheet.rows.forEach((r, i) => {
		const row = ws.getRow(headerRow + 1 + i);
		sheet.columns.forEach((c, j) => {
			const cell = row.getCell(j + 1);
			cell.value = cellValue(c.kind, read(r, i, c.key));
			const numFmt = c.format ?? FORMATS[c.kind];
			if (numFmt) cell.numFmt = numFmt;
			cell.font = { name: FONT };
			if (c.kind === 'text') cell.alignment = { vertical: 'top', wrapText: true };
		});
	});

	ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
	ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(sheet.rows.length, 0), column: span } };
	ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
	return ws;
}

export function newWorkbook(meta: Pick<WorkbookMeta, 'creator'> = {}): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = meta.creator ?? 'Kiểu Mẫu';
	wb.created = now();
	return wb;
}

// Sheets of different row types side by side: a sheet's `key` functions read its own rows only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTableSheet = TableSheet<any>;

/** Types a sheet's columns against its rows, then lets it sit in a list of mixed sheets. */
export function sheet<Row>(s: TableSheet<Row>): AnyTableSheet {
	return s;
}

/** A workbook of table sheets, in order. */
export function tableWorkbook(sheets: AnyTableSheet[], meta: WorkbookMeta): ExcelJS.Workbook {
	const wb = newWorkbook(meta);
	for (const s of sheets) addTableSheet(wb, s, meta);
	return wb;
}
