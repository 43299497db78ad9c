// The import templates: an .xlsx with the two tables on their own sheets and a sheet of
// instructions with examples, and one .csv per table. The headers are the ones the reader
// recognises first (src/lib/domain/import/columns.ts), so a filled template always reads back.
import ExcelJS from 'exceljs';
import { MEMBER_COLUMNS, TABLE_LABELS, UNIT_COLUMNS } from '$lib/domain/import';
import { toCsv } from './csv';

export const UNIT_HEADERS = UNIT_COLUMNS.map((c) => c.header);
export const MEMBER_HEADERS = MEMBER_COLUMNS.map((c) => c.header);

/** Example rows, under the officer's own unit when it has a code. */
function examples(parentCode: string) {
	const parent = parentCode || 'MA-DON-VI-CUA-BAN';
	return {
		units: [
			['DU-VIDU', 'Đảng ủy xã Ví Dụ', 'cơ sở', parent, '', ''],
			['CB-VIDU-01', 'Chi bộ thôn Đông', 'chi bộ', 'DU-VIDU', 'khu dân cư', 'không'],
			['CB-VIDU-02', 'Chi bộ Trường Tiểu học Ví Dụ', 'chi bộ', 'DU-VIDU', 'sự nghiệp', 'không']
		],
		members: [
			['DV-000001', 'Nguyễn Văn An', 'CB-VIDU-01', '1968', 'bí thư', 'có'],
			['DV-000002', 'Trần Thị Bình', 'CB-VIDU-01', '1979', 'phó bí thư', 'có'],
			['DV-000003', 'Lê Văn Cường', 'CB-VIDU-01', '1990', 'đảng viên', 'có']
		]
	};
}

const INSTRUCTIONS = [
	'Điền sheet “Đơn vị” và/hoặc sheet “Đảng viên”, giữ nguyên dòng tên cột. Dòng trống được bỏ qua.',
	'Mã đơn vị và mã đảng viên là khóa: nhập lại cùng một tệp không tạo bản ghi trùng, chỉ cập nhật những gì đã đổi.',
	'Loại: tỉnh, huyện, cơ sở, bộ phận, chi bộ (hoặc “chi bộ cơ sở”). Đơn vị cấp trên phải cao hơn đơn vị cấp dưới.',
	'Mã đơn vị cấp trên: một đơn vị có sẵn trong phạm vi anh/chị quản lý, hoặc một đơn vị trong cùng tệp (thứ tự dòng không quan trọng).',
	'Loại hình chi bộ (bắt buộc với chi bộ): khu dân cư, cơ quan hành chính, sự nghiệp, lực lượng vũ trang, doanh nghiệp.',
	'Chi bộ cơ sở: “có” nếu chi bộ trực thuộc cấp huyện hoặc cấp tỉnh, để trống hoặc “không” nếu không.',
	'Mã chi bộ của đảng viên: một chi bộ có sẵn hoặc có trong sheet “Đơn vị”. Mã đảng viên là duy nhất trong một chi bộ.',
	'Chức vụ: bí thư, phó bí thư, chi ủy viên, đảng viên (để trống là đảng viên). Đang sinh hoạt: có hoặc không (để trống là có).',
	'Việc chuyển đơn vị sang cấp trên khác hoặc đổi loại đơn vị không làm qua nhập dữ liệu.',
	'Với tệp CSV: mỗi tệp một bảng, lưu dạng “CSV UTF-8”, phân cách bằng dấu phẩy hoặc dấu chấm phẩy.'
];

function sheetOf(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[]) {
	const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.addRow(headers);
	ws.getRow(1).font = { bold: true };
	ws.columns.forEach((col, i) => (col.width = widths[i] ?? 20));
	// Codes and years are text: Excel must not turn "001" into 1 or a code into a date.
	for (let c = 1; c <= headers.length; c++) ws.getColumn(c).numFmt = '@';
	return ws;
}

export function templateWorkbook(parentCode = ''): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Kiểu Mẫu';
	sheetOf(wb, TABLE_LABELS.units, UNIT_HEADERS, [16, 40, 22, 20, 26, 18]);
	sheetOf(wb, TABLE_LABELS.members, MEMBER_HEADERS, [16, 30, 16, 10, 26, 18]);
	const help = wb.addWorksheet('Hướng dẫn');
	help.getColumn(1).width = 110;
	help.addRow(['Hướng dẫn nhập dữ liệu đơn vị, chi bộ và đảng viên']).font = { bold: true, size: 13 };
	INSTRUCTIONS.forEach((line, i) => help.addRow([`${i + 1}. ${line}`]));
	const ex = examples(parentCode);
	help.addRow([]);
	help.addRow(['Ví dụ sheet “Đơn vị”:']).font = { bold: true };
	help.addRow(UNIT_HEADERS).font = { italic: true };
	ex.units.forEach((r) => help.addRow(r));
	help.addRow([]);
	help.addRow(['Ví dụ sheet “Đảng viên”:']).font = { bold: true };
	help.addRow(MEMBER_HEADERS).font = { italic: true };
	ex.members.forEach((r) => help.addRow(r));
	return wb;
}

export function templateCsv(table: 'units' | 'members'): string {
	return toCsv([table === 'units' ? UNIT_HEADERS : MEMBER_HEADERS]);
}
