// English for the import of units, cells and members (/units/import, src/lib/domain/import).
const messages: Record<string, string> = {
	// Menu, page
	'Nhập dữ liệu': 'Import data',
	'Nhập đơn vị, chi bộ và đảng viên': 'Import units, cells and members',
	'Từ tệp Excel (.xlsx) hoặc CSV, vào {unit} và các đơn vị trực thuộc. Hệ thống kiểm tra cả tệp trước khi ghi; tệp còn lỗi thì không ghi gì.':
		'From an Excel (.xlsx) or CSV file, into {unit} and the units under it. The whole file is checked before anything is written; a file with errors writes nothing.',
	'Chọn tệp': 'Choose a file',
	'Tệp dữ liệu (.xlsx hoặc .csv, tối đa 10 MB)': 'Data file (.xlsx or .csv, up to 10 MB)',
	'Kiểm tra tệp': 'Check the file',
	'Đang kiểm tra…': 'Checking…',
	'Đang kiểm tra tệp': 'Checking the file',
	'Đang đọc và kiểm tra tệp…': 'Reading and checking the file…',
	'Tệp mẫu': 'Templates',
	'Tệp Excel có hai sheet “Đơn vị” và “Đảng viên” cùng hướng dẫn và ví dụ. Mã đơn vị và mã đảng viên là khóa: nhập lại cùng một tệp không tạo bản ghi trùng.':
		'The Excel file has two sheets, “Đơn vị” (units) and “Đảng viên” (members), with instructions and examples. Unit codes and member codes are keys: importing the same file again creates no duplicates.',
	'Tải tệp mẫu Excel (.xlsx)': 'Download the Excel template (.xlsx)',
	'Mẫu CSV đơn vị': 'CSV template: units',
	'Mẫu CSV đảng viên': 'CSV template: members',
	// Report
	'Kết quả kiểm tra: {file}': 'Check result: {file}',
	'Tạo mới': 'New',
	'Cập nhật': 'Updated',
	'Không đổi': 'Unchanged',
	'Có lỗi': 'With errors',
	'Tệp có {n} dòng lỗi. Chưa ghi gì vào dữ liệu. Sửa các dòng dưới đây rồi kiểm tra lại.':
		'The file has {n} rows with errors. Nothing has been written. Fix the rows below and check again.',
	'Các dòng có lỗi': 'Rows with errors',
	'Bảng': 'Table',
	'Dòng': 'Row',
	'Mã': 'Code',
	'Vấn đề': 'Problem',
	'Tên': 'Name',
	'Thay đổi': 'Change',
	'Chỉ hiện {shown} dòng lỗi đầu tiên.': 'Only the first {shown} rows with errors are shown.',
	'Dữ liệu trong tệp đã có đủ: không có gì thay đổi.': 'Everything in the file is already there: nothing changes.',
	'Tệp hợp lệ. Sẽ ghi {n} dòng, đơn vị cấp trên trước, đảng viên sau cùng.':
		'The file is valid. {n} rows will be written, higher units first, members last.',
	'Ghi {n} dòng vào dữ liệu': 'Write {n} rows',
	'Ghi {n} dòng vào dữ liệu?': 'Write {n} rows?',
	'Các đơn vị và đảng viên trong tệp sẽ được tạo mới hoặc cập nhật trong phạm vi anh/chị quản lý. Việc xóa bản ghi đã ghi phải làm từng bản ghi.':
		'The units and members of the file will be created or updated within your scope. Records written can only be deleted one by one.',
	'Ghi dữ liệu': 'Write',
	'Quay lại': 'Back',
	'Tiếp tục ghi': 'Continue writing',
	'Tiến độ ghi dữ liệu': 'Writing progress',
	'Đã ghi {written}/{total} dòng': 'Written {written}/{total} rows',
	'Đã ghi xong {n} dòng.': 'All {n} rows written.',
	'Xem cây tổ chức đảng': 'See the party tree',
	'Mất kết nối với máy chủ. Phần đã ghi vẫn được giữ; bấm “Tiếp tục ghi” khi có mạng.':
		'The connection to the server was lost. What was written is kept; press “Continue writing” when you are back online.',
	'Không ghi được dữ liệu.': 'The data could not be written.',
	'Các phần đã ghi trước đó vẫn được giữ. Kiểm tra lại tệp rồi ghi tiếp: những dòng đã ghi sẽ không đổi.':
		'The parts written before are kept. Check the file again and write on: the rows already written will not change.',
	'dòng {row}': 'row {row}',
	'Các dòng sẽ ghi': 'Rows to write',
	'Các dòng sẽ ghi: {n}': 'Rows to write: {n}',
	'Các dòng hợp lệ (ghi được khi tệp hết lỗi): {n}': 'Valid rows (written once the file has no errors): {n}',
	'Cập nhật: {fields}': 'Update: {fields}',
	'Và {n} dòng khác.': 'And {n} more rows.',
	// Tables and fields
	'Loại hình chi bộ': 'Cell type',
	'Chi bộ cơ sở': 'Grassroots cell',
	'Chức vụ': 'Position',
	'Đang sinh hoạt': 'Active',
	// Refusals
	'Vui lòng đăng nhập.': 'Please sign in.',
	'Chỉ cán bộ cấp ủy mới nhập được dữ liệu đơn vị và đảng viên.': 'Only committee officers can import units and members.',
	'Không tìm thấy lần nhập dữ liệu này.': 'This import was not found.',
	// Problems (src/lib/domain/import/messages.ts)
	'Không đọc được tệp: {reason}': 'The file cannot be read: {reason}',
	'Tệp không phải là tệp Excel .xlsx hợp lệ (có thể là tệp khác được đổi đuôi). Hãy mở tệp bằng Excel và lưu lại dạng “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”.':
		'The file is not a valid Excel .xlsx file (perhaps another file renamed). Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
	'Vui lòng chọn một tệp .csv hoặc .xlsx.': 'Please choose a .csv or .xlsx file.',
	'Tệp lớn hơn {max} MB. Hãy chia thành nhiều tệp.': 'The file is larger than {max} MB. Split it into several files.',
	'Chỉ nhận tệp .csv hoặc .xlsx.': 'Only .csv and .xlsx files are accepted.',
	'Tệp không có dòng dữ liệu nào.': 'The file has no data rows.',
	'Không nhận ra bảng “{table}”: dòng đầu phải là tên cột, có cột “Mã đơn vị” (bảng đơn vị) hoặc “Mã đảng viên” (bảng đảng viên).':
		'Table “{table}” is not recognised: its first row must hold the column names, with a “Mã đơn vị” column (units) or a “Mã đảng viên” column (members).',
	'Bảng “{table}” thiếu cột “{column}”.': 'Table “{table}” lacks the column “{column}”.',
	'Bảng “{table}” có hai cột “{column}”.': 'Table “{table}” has two “{column}” columns.',
	'Tệp có {rows} dòng, quá giới hạn {max} dòng một lần nhập. Hãy chia thành nhiều tệp.':
		'The file has {rows} rows, over the limit of {max} rows per import. Split it into several files.',
	'Thiếu mã đơn vị.': 'The unit code is missing.',
	'Mã “{code}” dài quá {max} ký tự.': 'Code “{code}” is longer than {max} characters.',
	'Thiếu tên.': 'The name is missing.',
	'Tên dài quá {max} ký tự.': 'The name is longer than {max} characters.',
	'Thiếu loại đơn vị.': 'The unit kind is missing.',
	'Loại đơn vị “{value}” không hợp lệ (dùng: tỉnh, huyện, cơ sở, bộ phận, chi bộ).':
		'Unit kind “{value}” is not valid (use: tỉnh, huyện, cơ sở, bộ phận, chi bộ).',
	'Chi bộ phải có loại hình chi bộ.': 'A cell needs a cell type.',
	'Loại hình chi bộ “{value}” không hợp lệ (dùng: khu dân cư, cơ quan hành chính, sự nghiệp, lực lượng vũ trang, doanh nghiệp).':
		'Cell type “{value}” is not valid (use: khu dân cư, cơ quan hành chính, sự nghiệp, lực lượng vũ trang, doanh nghiệp).',
	'Chỉ chi bộ mới có loại hình chi bộ.': 'Only a cell has a cell type.',
	'Cột “{column}” chỉ nhận “có” hoặc “không”, không nhận “{value}”.': 'Column “{column}” takes “có” (yes) or “không” (no), not “{value}”.',
	'Chỉ chi bộ mới có thể là chi bộ cơ sở.': 'Only a cell can be a grassroots cell.',
	'Mã đơn vị {code} đã có ở dòng {row}.': 'Unit code {code} is already on row {row}.',
	'Thiếu mã đơn vị cấp trên.': 'The parent unit code is missing.',
	'Không tìm thấy đơn vị cấp trên {code} trong tệp hay trong dữ liệu hiện có.': 'Parent unit {code} is neither in the file nor in the existing data.',
	'Đơn vị cấp trên {code} không thuộc phạm vi quản lý của anh/chị.': 'Parent unit {code} is outside your scope.',
	'Đơn vị cấp trên {code} là {parentKind}, không thể có đơn vị cấp dưới là {kind}.':
		'Parent unit {code} is a {parentKind} and cannot have a {kind} under it.',
	'Chi bộ cơ sở phải trực thuộc cấp huyện hoặc cấp tỉnh; {code} là {parentKind}.':
		'A grassroots cell must sit directly under a district or a province; {code} is a {parentKind}.',
	'Mã đơn vị {code} đã thuộc một đơn vị ngoài phạm vi quản lý của anh/chị.': 'Unit code {code} already belongs to a unit outside your scope.',
	'Đây là đơn vị của chính anh/chị: không sửa qua nhập dữ liệu được.': 'This is your own unit: it cannot be changed by an import.',
	'Đơn vị {code} hiện là {current}; việc đổi loại đơn vị không làm qua nhập dữ liệu.':
		'Unit {code} is now a {current}; changing a unit’s kind is not done by import.',
	'Đơn vị {code} hiện thuộc {current}; việc chuyển đơn vị sang cấp trên khác không làm qua nhập dữ liệu.':
		'Unit {code} now sits under {current}; moving a unit to another parent is not done by import.',
	'Thiếu mã đảng viên (cần để nhập lại không bị trùng).': 'The member code is missing (it keeps a re-import from creating duplicates).',
	'Mã đảng viên “{code}” dài quá {max} ký tự.': 'Member code “{code}” is longer than {max} characters.',
	'Thiếu họ và tên.': 'The full name is missing.',
	'Họ và tên dài quá {max} ký tự.': 'The full name is longer than {max} characters.',
	'Thiếu mã chi bộ.': 'The cell code is missing.',
	'Năm sinh “{value}” không hợp lệ (từ 1900 đến {max}).': 'Birth year “{value}” is not valid (1900 to {max}).',
	'Chức vụ “{value}” không hợp lệ (dùng: bí thư, phó bí thư, chi ủy viên, đảng viên).':
		'Position “{value}” is not valid (use: bí thư, phó bí thư, chi ủy viên, đảng viên).',
	'Đảng viên {code} của chi bộ {cell} đã có ở dòng {row}.': 'Member {code} of cell {cell} is already on row {row}.',
	'Không tìm thấy chi bộ {code} trong tệp hay trong dữ liệu hiện có.': 'Cell {code} is neither in the file nor in the existing data.',
	'Mã {code} là {kind}, không phải chi bộ.': 'Code {code} is a {kind}, not a cell.',
	'Chi bộ {code} không thuộc phạm vi quản lý của anh/chị.': 'Cell {code} is outside your scope.',
	'Dữ liệu đã thay đổi sau khi kiểm tra: {count} dòng không còn hợp lệ. Chưa ghi phần này; hãy kiểm tra lại tệp.':
		'The data changed after the check: {count} rows are no longer valid. This part was not written; check the file again.',
	// Answers of the import routes (pb_hooks/lib/import.js).
	'Dữ liệu gửi lên không đọc được.': 'The data sent could not be read.',
	'Lần nhập này đã dừng; hãy kiểm tra lại tệp.': 'This import has stopped; check the file again.',
	'Không ghi được phần này. {where}, dòng {row}: {reason}': 'This part could not be written. {where}, row {row}: {reason}',
	'Không ghi được phần này. {reason}': 'This part could not be written. {reason}',
	// The history of one’s imports.
	'Các lần nhập gần đây của anh/chị': 'Your recent imports',
	'Thời gian': 'When',
	'Tệp': 'File',
	'Đã ghi': 'Written',
	'Đã kiểm tra, chưa ghi xong': 'Checked, not fully written',
	'Đã ghi xong': 'Written',
	'Đã dừng': 'Stopped',
	'Lần nhập dừng giữa chừng: tải lại đúng tệp đó, các dòng đã ghi hiện là “không đổi” và chỉ phần còn lại được ghi.': 'An import that stopped midway: upload the same file again; the rows already written show as “unchanged” and only the rest is written.',
};

export default messages;
