// The table-sheet builder: write a workbook, read it back with exceljs, and check what a reader
// of the file gets: typed cells and their formats, the title, the frozen header, the filter.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../../src/lib/server/xlsx/dates';
import { asciiFileName, contentDisposition, xlsxResponse, XLSX_TYPE } from '../../src/lib/server/xlsx/response';
import { sheetName, tableWorkbook, type Column } from '../../src/lib/server/xlsx/table';

interface Row {
	name: string;
	members: number;
	since: string;
	share: number | null;
	score: number;
}

const columns: Column<Row>[] = [
	{ header: 'Tên chi bộ', key: 'name', kind: 'text', width: 40 },
	{ header: 'Số đảng viên', key: 'members', kind: 'int' },
	{ header: 'Ngày đăng ký', key: 'since', kind: 'date' },
	{ header: 'Tỷ lệ', key: 'share', kind: 'pct' },
	{ header: 'Điểm', key: (r) => r.score, kind: 'score' }
];
const rows: Row[] = [
	{ name: 'Chi bộ thôn Đồng Hới', members: 20, since: '2026-03-05 18:30:00.000Z', share: 85.3, score: 91.5 },
	{ name: 'Chi bộ khu Biểu Nghi', members: 22, since: '2026-01-02', share: null, score: 70 }
];

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
	const back = new ExcelJS.Workbook();
	await back.xlsx.load(await wb.xlsx.writeBuffer());
	return back;
}

describe('table sheets', () => {
	it('writes headers, typed cells and formats that survive a round trip', async () => {
		const wb = tableWorkbook(
			[{ name: 'Danh sách chi bộ tham gia chương trình kiểu mẫu năm 2026', title: 'Danh sách chi bộ', columns, rows }],
			{ unitName: 'Huyện ủy Quỳnh Phụ', exportedLine: 'Ngày xuất: 22/11/2026' }
		);
		const ws = (await roundTrip(wb)).worksheets[0]!;
		expect(ws.name.length).toBeLessThanOrEqual(31);
		expect(ws.getCell('A1').value).toBe('Huyện ủy Quỳnh Phụ: Danh sách chi bộ');
		expect(ws.getCell('A1').font.bold).toBe(true);
		expect(ws.getCell('A2').value).toBe('Ngày xuất: 22/11/2026');

		const header = ws.getRow(4);
		expect([1, 2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual(['Tên chi bộ', 'Số đảng viên', 'Ngày đăng ký', 'Tỷ lệ', 'Điểm']);
		expect(header.getCell(1).font.bold).toBe(true);
		expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
		expect(ws.autoFilter).toBeTruthy();
		expect(ws.getColumn(1).width).toBe(40);

		const first = ws.getRow(5);
		expect(first.getCell(1).value).toBe('Chi bộ thôn Đồng Hới');
		expect(first.getCell(2).value).toBe(20);
		expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
		// 18:30 UTC on the 5th is already the 6th in Việt Nam: the day the page shows.
		expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2026, 2, 6)));
		expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Date);
		expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy');
		expect(first.getCell(4).value).toBeCloseTo(0.853, 10);
		expect(first.getCell(4).numFmt).toBe('0.0%');
		expect(first.getCell(5).value).toBe(91.5);
		expect(first.getCell(5).numFmt).toBe('0.0');

		const second = ws.getRow(6);
		expect(second.getCell(3).value).toEqual(new Date(Date.UTC(2026, 0, 2)));
		expect(second.getCell(4).value).toBeNull();
	});

	it('keeps sheet names within 31 characters, without forbidden characters, and unique', () => {
		expect(sheetName('Theo loại hình: chi bộ [2026] / tổng hợp toàn huyện')).toMatch(/^[^[\]:*?/\\]{1,31}$/);
		const taken = new Set(['Chi bộ thí điểm']);
		expect(sheetName('Chi bộ thí điểm', taken)).toBe('Chi bộ thí điểm (2)');
		expect(sheetName('', taken)).toBe('Sheet');
	});

	it('several sheets in one workbook keep their order', async () => {
		const wb = tableWorkbook(
			[
				{ name: 'Một', title: 'Một', columns, rows },
				{ name: 'Hai', title: 'Hai', columns: [{ header: 'Tên', key: 'name', kind: 'text' }], rows: [] }
			],
			{ unitName: 'X', exportedLine: 'Ngày xuất: 01/01/2026' }
		);
		const back = await roundTrip(wb);
		expect(back.worksheets.map((w) => w.name)).toEqual(['Một', 'Hai']);
	});
});

describe('dates', () => {
	it('reads PocketBase instants as the day in Việt Nam and date-only values as that day', () => {
		expect(parseVietnamDate('2026-12-31 17:00:00.000Z')).toEqual(new Date(Date.UTC(2027, 0, 1)));
		expect(parseVietnamDate('2026-12-31')).toEqual(new Date(Date.UTC(2026, 11, 31)));
		expect(parseVietnamDate('')).toBeNull();
		expect(parseVietnamDate('không phải ngày')).toBeNull();
	});
});

describe('the download response', () => {
	it('names the file in Vietnamese with an ASCII fallback', async () => {
		expect(asciiFileName('Danh sách chi bộ đăng ký – Đồng Hới')).toBe('Danh-sach-chi-bo-dang-ky-Dong-Hoi');
		const header = contentDisposition('Hộp việc (22/11/2026)');
		expect(header).toContain('attachment; filename="Hop-viec-22-11-2026.xlsx"');
		expect(header).toContain("filename*=UTF-8''H%E1%BB%99p%20vi%E1%BB%87c%20%2822%2011%202026%29.xlsx");
		const wb = tableWorkbook([{ name: 'A', title: 'A', columns, rows }], { unitName: 'X', exportedLine: '' });
		const res = await xlsxResponse(wb, 'Chỉ tiêu');
		expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await res.arrayBuffer());
		expect(back.worksheets).toHaveLength(1);
	});
});
