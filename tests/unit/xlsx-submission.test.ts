// The lists committees submit upward: the pure layout (names, place and date, title, numbered
// rows, signature) and the sheet drawn from it, read back with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { partyOrganisation, placeOf, submissionLayout, type SubmissionInput } from '../../src/lib/domain/submission-layouts';
import { translator } from '../../src/lib/i18n';
import { submissionWorkbook } from '../../src/lib/server/xlsx/submission';

const input: SubmissionInput = {
	kind: 'registration',
	year: 2026,
	programmeName: 'Chi bộ kiểu mẫu 2026',
	committee: { name: 'Huyện ủy Quỳnh Phụ', kind: 'district' },
	superior: { name: 'Tỉnh ủy Thái Bình' },
	date: { day: 5, month: 3, year: 2026 },
	rows: [
		{ cellName: 'Chi bộ thôn Đồng Hới', parentName: 'Đảng ủy xã Quỳnh Hải', cellType: 'residential', memberCount: 20, secretary: 'Phạm Văn Dũng', score: null, rating: null, note: 'Chờ lựa chọn' },
		{ cellName: 'Chi bộ Ban Chỉ huy Quân sự huyện', parentName: 'Huyện ủy Quỳnh Phụ', cellType: 'armed_forces', memberCount: 18, secretary: '', score: 91.5, rating: 'excellent', note: '' }
	]
};

describe('names in the header block', () => {
	it('turns a committee into its party organisation and its place', () => {
		expect(partyOrganisation('Tỉnh ủy Thái Bình')).toBe('Đảng bộ tỉnh Thái Bình');
		expect(partyOrganisation('Huyện ủy Quỳnh Phụ')).toBe('Đảng bộ huyện Quỳnh Phụ');
		expect(partyOrganisation('Thị ủy Quảng Yên')).toBe('Đảng bộ thị xã Quảng Yên');
		expect(partyOrganisation('Đảng ủy xã Quỳnh Hải')).toBe('Đảng bộ xã Quỳnh Hải');
		expect(placeOf('Huyện ủy Quỳnh Phụ')).toBe('Quỳnh Phụ');
		expect(placeOf('Đảng ủy phường Đông Mai')).toBe('Đông Mai');
		// An agency's committee dates its papers where its superior sits.
		expect(placeOf('Đảng ủy Công ty Than Mạo Khê', 'Thành ủy Đông Triều')).toBe('Đông Triều');
	});
});

describe('the layout model', () => {
	it('has the party-document header, title, numbered rows and signature', () => {
		const l = submissionLayout(input);
		expect(l.header).toEqual({ organisation: 'ĐẢNG BỘ TỈNH THÁI BÌNH', committee: 'HUYỆN ỦY QUỲNH PHỤ', number: 'Số:       -DS/HU' });
		expect(l.nation).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(l.placeDate).toBe('Quỳnh Phụ, ngày 05 tháng 03 năm 2026');
		expect(l.title).toBe('DANH SÁCH CHI BỘ ĐĂNG KÝ XÂY DỰNG CHI BỘ KIỂU MẪU NĂM 2026');
		expect(l.columns.map((c) => c.header)).toEqual([
			'STT', 'Tên chi bộ', 'Thuộc đảng bộ', 'Loại hình', 'Số đảng viên', 'Bí thư', 'Kết quả tự chấm (điểm)', 'Xếp loại đề xuất', 'Ghi chú'
		]);
		expect(l.rows[0]).toEqual([1, 'Chi bộ thôn Đồng Hới', 'Đảng ủy xã Quỳnh Hải', 'Chi bộ khu dân cư', 20, 'Phạm Văn Dũng', null, '', 'Chờ lựa chọn']);
		expect(l.rows[1]?.[7]).toBe('Hoàn thành xuất sắc nhiệm vụ');
		expect(l.signature.onBehalf).toBe('T/M BAN THƯỜNG VỤ');
		expect(l.signature.role).toBe('BÍ THƯ');
		expect(l.recipients.lines[0]).toBe('- Tỉnh ủy Thái Bình (để báo cáo),');
	});

	it('names the recognition list and signs for a grassroots committee as its đảng ủy', () => {
		const l = submissionLayout({ ...input, kind: 'recognition', committee: { name: 'Đảng ủy xã Quỳnh Hải', kind: 'grassroots' }, superior: { name: 'Huyện ủy Quỳnh Phụ' } });
		expect(l.title).toBe('DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CHI BỘ KIỂU MẪU NĂM 2026');
		expect(l.header.organisation).toBe('ĐẢNG BỘ HUYỆN QUỲNH PHỤ');
		expect(l.signature.onBehalf).toBe('T/M ĐẢNG ỦY');
	});

	it('follows the reader’s language', () => {
		const l = submissionLayout(input, translator('en'));
		expect(l.title).toBe('LIST OF CELLS REGISTERED TO BECOME MODEL CELLS IN 2026');
		expect(l.columns[1]?.header).toBe('Cell');
		expect(l.placeDate).toBe('Quỳnh Phụ, 05/03/2026');
	});
});

describe('the drawn sheet', () => {
	it('places header blocks, title, bordered table and signature, in Times New Roman 13', async () => {
		const wb = submissionWorkbook(submissionLayout(input), 'Danh sách chi bộ đăng ký xây dựng chi bộ kiểu mẫu 2026');
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await wb.xlsx.writeBuffer());
		const ws = back.worksheets[0]!;
		expect(ws.name.length).toBeLessThanOrEqual(31);
		expect(ws.getCell('A1').value).toBe('ĐẢNG BỘ TỈNH THÁI BÌNH');
		expect(ws.getCell('A2').value).toBe('HUYỆN ỦY QUỲNH PHỤ');
		expect(ws.getCell('A2').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
		expect(ws.getCell('F1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(ws.getCell('F1').font).toMatchObject({ bold: true, underline: true });
		expect(ws.getCell('F2').value).toBe('Quỳnh Phụ, ngày 05 tháng 03 năm 2026');
		expect(ws.getCell('F2').font.italic).toBe(true);
		// Merged blocks: A1:D1 and F1:I1; the title spans the whole table.
		expect(ws.getCell('D1').master.address).toBe('A1');
		expect(ws.getCell('I1').master.address).toBe('F1');
		expect(ws.getCell('A6').value).toBe('DANH SÁCH CHI BỘ ĐĂNG KÝ XÂY DỰNG CHI BỘ KIỂU MẪU NĂM 2026');
		expect(ws.getCell('I6').master.address).toBe('A6');

		expect(ws.getRow(9).getCell(1).value).toBe('STT');
		expect(ws.getRow(9).getCell(9).value).toBe('Ghi chú');
		expect(ws.getCell('A10').value).toBe(1);
		expect(ws.getCell('B10').value).toBe('Chi bộ thôn Đồng Hới');
		expect(ws.getCell('E10').value).toBe(20);
		expect(ws.getCell('G11').value).toBe(91.5);
		expect(ws.getCell('B10').border.left?.style).toBe('thin');
		expect(ws.getCell('B10').font).toMatchObject({ name: 'Times New Roman', size: 13 });

		expect(ws.getCell('A12').value).toBe('Tổng số: 2 chi bộ.');
		expect(ws.getCell('F14').value).toBe('T/M BAN THƯỜNG VỤ');
		expect(ws.getCell('F15').value).toBe('BÍ THƯ');
		expect(ws.getCell('A14').value).toBe('Nơi nhận:');
		expect(ws.getCell('I14').master.address).toBe('F14');
	});
});
