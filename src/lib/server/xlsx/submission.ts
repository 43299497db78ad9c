// Draws a SubmissionLayout (src/lib/domain/submission-layouts.ts) as a printable sheet in the
// usual style of party documents: Times New Roman 13, the two header blocks side by side, a
// bordered numbered table, the recipients and the signature block. Positions are fixed by the
// nine columns of the table: the left block spans A–D, the right block F–I.
import ExcelJS from 'exceljs';
import type { SubmissionLayout } from '$lib/domain/submission-layouts';
import { FONT, newWorkbook, sheetName } from './table';

const SIZE = 13;
const LEFT: [number, number] = [1, 4];
const RIGHT: [number, number] = [6, 9];
const THIN: Partial<ExcelJS.Borders> = {
	top: { style: 'thin' },
	left: { style: 'thin' },
	bottom: { style: 'thin' },
	right: { style: 'thin' }
};

/** Where the builder put things, for callers and tests that look at the sheet. */
export interface SubmissionSheetMap {
	titleRow: number;
	headerRow: number;
	firstDataRow: number;
	lastDataRow: number;
	signatureRow: number;
}

function put(
	ws: ExcelJS.Worksheet,
	row: number,
	[from, to]: [number, number],
	value: string,
	font: Partial<ExcelJS.Font> = {},
	horizontal: 'center' | 'left' = 'center'
) {
	if (to > from) ws.mergeCells(row, from, row, to);
	const cell = ws.getCell(row, from);
	cell.value = value;
	cell.font = { name: FONT, size: SIZE, ...font };
	cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

export function addSubmissionSheet(wb: ExcelJS.Workbook, layout: SubmissionLayout, name: string): { ws: ExcelJS.Worksheet; map: SubmissionSheetMap } {
	const width = layout.columns.length;
	const all: [number, number] = [1, width];
	const ws = wb.addWorksheet(sheetName(name, new Set(wb.worksheets.map((w) => w.name))), {
		pageSetup: {
			paperSize: 9,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			horizontalCentered: true,
			margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
		},
		properties: { defaultRowHeight: 20 }
	});
	ws.columns = layout.columns.map((c) => ({ width: c.width }));

	// The header blocks: issuing body on the left, the Party's name and the place and date on the right.
	put(ws, 1, LEFT, layout.header.organisation);
	put(ws, 1, RIGHT, layout.nation, { bold: true, underline: true });
	put(ws, 2, LEFT, layout.header.committee, { bold: true });
	put(ws, 2, RIGHT, layout.placeDate, { italic: true });
	put(ws, 3, LEFT, '*');
	put(ws, 4, LEFT, layout.header.number);

	const titleRow = 6;
	put(ws, titleRow, all, layout.title, { bold: true, size: 14 });
	ws.getRow(titleRow).height = 40;
	put(ws, titleRow + 1, all, layout.subtitle, { italic: true });

	const headerRow = titleRow + 3;
	const header = ws.getRow(headerRow);
	layout.columns.forEach((c, i) => {
		const cell = header.getCell(i + 1);
		cell.value = c.header;
		cell.font = { name: FONT, size: SIZE, bold: true };
		cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
		cell.border = THIN;
	});
	header.height = 48;

	layout.rows.forEach((values, r) => {
		const row = ws.getRow(headerRow + 1 + r);
		layout.columns.forEach((c, i) => {
			const cell = row.getCell(i + 1);
			const v = values[i];
			cell.value = v === null || v === undefined || v === '' ? null : v;
			cell.font = { name: FONT, size: SIZE };
			cell.border = THIN;
			cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.kind === 'text' ? 'left' : 'center' };
			if (c.kind === 'int') cell.numFmt = '0';
			if (c.kind === 'score') cell.numFmt = '0.0';
		});
	});
	const firstDataRow = headerRow + 1;
	const lastDataRow = headerRow + layout.rows.length;

	put(ws, lastDataRow + 1, all, layout.total, { italic: true }, 'left');

	// Recipients on the left, the signature on the right, on the same rows as in a printed document.
	const signatureRow = lastDataRow + 3;
	put(ws, signatureRow, [1, 3], layout.recipients.heading, { bold: true, italic: true, underline: true, size: 12 }, 'left');
	layout.recipients.lines.forEach((line, i) => put(ws, signatureRow + 1 + i, [1, 3], line, { size: 12 }, 'left'));
	put(ws, signatureRow, RIGHT, layout.signature.onBehalf, { bold: true });
	put(ws, signatureRow + 1, RIGHT, layout.signature.role, { bold: true });
	put(ws, signatureRow + 2, RIGHT, layout.signature.hint, { italic: true, size: 11 });

	ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
	ws.views = [{ state: 'normal', showGridLines: false }];
	return { ws, map: { titleRow, headerRow, firstDataRow, lastDataRow, signatureRow } };
}

export function submissionWorkbook(layout: SubmissionLayout, name: string): ExcelJS.Workbook {
	const wb = newWorkbook();
	addSubmissionSheet(wb, layout, name);
	return wb;
}
