// The problems an import can report, one Vietnamese template each. A problem carries its template
// (the message id of the i18n catalogue) and its parameters, so the page shows it in the reader's
// language with t(message, params); src/lib/i18n/en/imports.ts holds the English of each.

export const IMPORT_MESSAGES = {
	// Whole file
	unreadable: 'Không đọc được tệp: {reason}',
	notXlsx: 'Tệp không phải là tệp Excel .xlsx hợp lệ (có thể là tệp khác được đổi đuôi). Hãy mở tệp bằng Excel và lưu lại dạng “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”.',
	noFile: 'Vui lòng chọn một tệp .csv hoặc .xlsx.',
	tooLarge: 'Tệp lớn hơn {max} MB. Hãy chia thành nhiều tệp.',
	unknownFormat: 'Chỉ nhận tệp .csv hoặc .xlsx.',
	emptyFile: 'Tệp không có dòng dữ liệu nào.',
	unknownTable: 'Không nhận ra bảng “{table}”: dòng đầu phải là tên cột, có cột “Mã đơn vị” (bảng đơn vị) hoặc “Mã đảng viên” (bảng đảng viên).',
	missingColumn: 'Bảng “{table}” thiếu cột “{column}”.',
	duplicateColumn: 'Bảng “{table}” có hai cột “{column}”.',
	tooManyRows: 'Tệp có {rows} dòng, quá giới hạn {max} dòng một lần nhập. Hãy chia thành nhiều tệp.',
	// Units
	codeMissing: 'Thiếu mã đơn vị.',
	codeTooLong: 'Mã “{code}” dài quá {max} ký tự.',
	nameMissing: 'Thiếu tên.',
	nameTooLong: 'Tên dài quá {max} ký tự.',
	kindMissing: 'Thiếu loại đơn vị.',
	kindUnknown: 'Loại đơn vị “{value}” không hợp lệ (dùng: tỉnh, huyện, cơ sở, bộ phận, chi bộ).',
	cellTypeMissing: 'Chi bộ phải có loại hình chi bộ.',
	cellTypeUnknown: 'Loại hình chi bộ “{value}” không hợp lệ (dùng: khu dân cư, cơ quan hành chính, sự nghiệp, lực lượng vũ trang, doanh nghiệp).',
	cellTypeNotCell: 'Chỉ chi bộ mới có loại hình chi bộ.',
	yesNoUnknown: 'Cột “{column}” chỉ nhận “có” hoặc “không”, không nhận “{value}”.',
	grassrootsNotCell: 'Chỉ chi bộ mới có thể là chi bộ cơ sở.',
	duplicateUnit: 'Mã đơn vị {code} đã có ở dòng {row}.',
	parentMissing: 'Thiếu mã đơn vị cấp trên.',
	parentNotFound: 'Không tìm thấy đơn vị cấp trên {code} trong tệp hay trong dữ liệu hiện có.',
	parentOutOfScope: 'Đơn vị cấp trên {code} không thuộc phạm vi quản lý của anh/chị.',
	parentRank: 'Đơn vị cấp trên {code} là {parentKind}, không thể có đơn vị cấp dưới là {kind}.',
	grassrootsParent: 'Chi bộ cơ sở phải trực thuộc cấp huyện hoặc cấp tỉnh; {code} là {parentKind}.',
	unitOutOfScope: 'Mã đơn vị {code} đã thuộc một đơn vị ngoài phạm vi quản lý của anh/chị.',
	ownUnitChanged: 'Đây là đơn vị của chính anh/chị: không sửa qua nhập dữ liệu được.',
	kindChanged: 'Đơn vị {code} hiện là {current}; việc đổi loại đơn vị không làm qua nhập dữ liệu.',
	parentChanged: 'Đơn vị {code} hiện thuộc {current}; việc chuyển đơn vị sang cấp trên khác không làm qua nhập dữ liệu.',
	// Members
	memberCodeMissing: 'Thiếu mã đảng viên (cần để nhập lại không bị trùng).',
	memberCodeTooLong: 'Mã đảng viên “{code}” dài quá {max} ký tự.',
	memberNameMissing: 'Thiếu họ và tên.',
	memberNameTooLong: 'Họ và tên dài quá {max} ký tự.',
	memberCellMissing: 'Thiếu mã chi bộ.',
	birthYearInvalid: 'Năm sinh “{value}” không hợp lệ (từ 1900 đến {max}).',
	positionUnknown: 'Chức vụ “{value}” không hợp lệ (dùng: bí thư, phó bí thư, chi ủy viên, đảng viên).',
	duplicateMember: 'Đảng viên {code} của chi bộ {cell} đã có ở dòng {row}.',
	cellNotFound: 'Không tìm thấy chi bộ {code} trong tệp hay trong dữ liệu hiện có.',
	cellNotCell: 'Mã {code} là {kind}, không phải chi bộ.',
	cellOutOfScope: 'Chi bộ {code} không thuộc phạm vi quản lý của anh/chị.',
	// Apply
	changedSinceCheck: 'Dữ liệu đã thay đổi sau khi kiểm tra: {count} dòng không còn hợp lệ. Chưa ghi phần này; hãy kiểm tra lại tệp.'
} as const;

export type ImportMessage = (typeof IMPORT_MESSAGES)[keyof typeof IMPORT_MESSAGES];

export interface Problem {
	message: ImportMessage;
	params?: Record<string, string | number>;
}

export function problem(message: ImportMessage, params?: Record<string, string | number>): Problem {
	return params ? { message, params } : { message };
}
