// Reading import files: the CSV dialects spreadsheets write, header recognition, xlsx cells.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { foldKey, mapHeaders, parseCellType, parseKind, parseYesNo } from '../../src/lib/domain/import';
import { detectDelimiter, parseCsv, toCsv } from '../../src/lib/server/import/csv';
import { readImportFile } from '../../src/lib/server/import/read-file';
import { templateCsv, templateWorkbook } from '../../src/lib/server/import/template';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CSV (RFC 4180)', () => {
	it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
		expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n')).toEqual([
			['a', 'b', 'c'],
			['x, y', 'say "hi"', 'two\nlines']
		]);
	});

	it('drops the UTF-8 BOM and detects ; as Excel writes in a Vietnamese locale', () => {
		const text = '\ufeffMã đơn vị;Tên\nA1;"Chi bộ; thôn Đông"';
		expect(detectDelimiter(text.slice(1))).toBe(';');
		expect(parseCsv(text)).toEqual([['Mã đơn vị', 'Tên'], ['A1', 'Chi bộ; thôn Đông']]);
	});

	it('keeps empty fields, marks blank lines, and tolerates a missing final newline', () => {
		expect(parseCsv('a,,c\n\nd,e,')).toEqual([['a', '', 'c'], [], ['d', 'e', '']]);
	});

	it('writes what it reads', () => {
		const rows = [['Mã', 'Tên'], ['X', 'a "b", c']];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('columns and words', () => {
	it('folds case, diacritics and bracketed notes', () => {
		expect(foldKey('  MÃ ĐƠN VỊ  cấp trên (nếu có) ')).toBe('ma don vi cap tren');
	});

	it('tells the units table from the members table by its headers', () => {
		const units = mapHeaders(['Mã đơn vị', 'Tên', 'Loại (tỉnh/huyện/cơ sở/chi bộ)', 'Mã đơn vị cấp trên', 'Ghi chú']);
		expect(units).toMatchObject({ table: 'units', fields: ['code', 'name', 'kind', 'parent', null], missing: [] });
		const members = mapHeaders(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Năm sinh']);
		expect(members).toMatchObject({ table: 'members', fields: ['code', 'name', 'cell', 'birthYear'], missing: [] });
		expect(mapHeaders(['Họ và tên', 'Năm sinh'])).toBeNull();
	});

	it('names the required columns a table lacks', () => {
		expect(mapHeaders(['Mã đơn vị', 'Tên'])?.missing).toEqual(['Loại (tỉnh/huyện/cơ sở/bộ phận/chi bộ)', 'Mã đơn vị cấp trên']);
	});

	it('maps Vietnamese values to the contract identifiers', () => {
		expect(parseKind('Đảng ủy cơ sở')).toEqual({ kind: 'grassroots', grassroots: false });
		expect(parseKind('huyện')).toEqual({ kind: 'district', grassroots: false });
		expect(parseKind('Chi bộ cơ sở')).toEqual({ kind: 'cell', grassroots: true });
		expect(parseKind('xã')).toBeNull();
		expect(parseCellType('Chi bộ khu dân cư')).toBe('residential');
		expect(parseCellType('sự nghiệp')).toBe('public_service');
		expect(parseCellType('Lực lượng vũ trang')).toBe('armed_forces');
		expect(parseYesNo('Có')).toBe(true);
		expect(parseYesNo('không')).toBe(false);
		expect(parseYesNo('có lẽ')).toBeNull();
	});
});

describe('reading a file', () => {
	it('reads both sheets of the template and skips the instructions', async () => {
		const wb = templateWorkbook('TB');
		wb.getWorksheet('Đơn vị')!.addRow(['CB1', 'Chi bộ thôn Một', 'chi bộ', 'TB', 'khu dân cư', 'không']);
		wb.getWorksheet('Đảng viên')!.addRow(['DV1', 'Nguyễn Văn A', 'CB1', 1970, 'bí thư', 'có']);
		const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
		const read = await readImportFile('mau.xlsx', buf);
		expect(read.problems).toEqual([]);
		expect(read.units).toEqual([{ row: 2, values: { code: 'CB1', name: 'Chi bộ thôn Một', kind: 'chi bộ', parent: 'TB', cellType: 'khu dân cư', isGrassroots: 'không' } }]);
		expect(read.members[0]).toEqual({ row: 2, values: { code: 'DV1', name: 'Nguyễn Văn A', cell: 'CB1', birthYear: '1970', position: 'bí thư', active: 'có' } });
	});

	it('reads rich text, formulas and dates as the text a cell shows', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('DV');
		ws.addRow(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Năm sinh']);
		ws.addRow([{ richText: [{ text: 'DV' }, { text: '9' }] }, 'Lê Thị B', { formula: '"C"&"1"', result: 'C1' }, new Date(Date.UTC(1980, 4, 12))]);
		const read = await readImportFile('x.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
		expect(read.members[0]!.values).toEqual({ code: 'DV9', name: 'Lê Thị B', cell: 'C1', birthYear: '12/05/1980' });
	});

	it('reads a CSV of one table, skipping blank lines but counting them as the spreadsheet does', async () => {
		const read = await readImportFile('dv.csv', bytes(templateCsv('units') + '\r\nA,B\r\nX,Tên X,chi bộ,P,dân cư,\r\n'));
		expect(read.problems).toEqual([]);
		expect(read.units.map((r) => [r.row, r.values.code])).toEqual([[3, 'A'], [4, 'X']]);
	});

	it('reports a file it cannot use instead of guessing', async () => {
		expect((await readImportFile('a.pdf', bytes('x'))).problems[0]?.message).toBe('Chỉ nhận tệp .csv hoặc .xlsx.');
		expect((await readImportFile('a.csv', bytes('Họ và tên,Tuổi\nA,1'))).problems[0]?.params).toEqual({ table: 'a.csv' });
		expect((await readImportFile('a.csv', new Uint8Array([0x4d, 0xe3, 0x0a])))).toMatchObject({ problems: [{ message: 'Không đọc được tệp: {reason}' }] });
		expect((await readImportFile('a.csv', bytes('Mã đơn vị,Tên\nA,B'))).problems.map((p) => p.params?.column)).toEqual([
			'Loại (tỉnh/huyện/cơ sở/bộ phận/chi bộ)',
			'Mã đơn vị cấp trên'
		]);
	});
});
