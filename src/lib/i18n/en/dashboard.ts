// The targets dashboard: the target cards (labels from domain/unit-stats.ts) and the breakdowns.
const messages: Record<string, string> = {
	'Theo dõi chỉ tiêu: {unit}': 'Targets: {unit}',
	'năm {year}': 'year {year}',
	'Chưa có chương trình': 'No programme',
	'Xem': 'Show',
	'Chi bộ tham gia theo bước': 'Participating cells by step',
	'Theo loại hình chi bộ': 'By cell type',
	'Số chi bộ tham gia theo loại hình': 'Participating cells by type',
	'Loại hình': 'Type',
	'Tham gia': 'Participating',
	'Các đơn vị trực thuộc': 'Units below',
	'Chỉ tiêu của các đơn vị trực thuộc': 'Targets of the units below',
	'Số chi bộ': 'Cells',
	'Đang thí điểm': 'In the pilot',
	'Tốt trở lên': 'Good or better',
	'Kiểu mẫu': 'Model',
	'Không tìm thấy đơn vị.': 'Unit not found.',
	'Đơn vị nằm ngoài phạm vi bạn được xem.': 'The unit is outside the area you may see.',
	// Target cards (unit-stats.ts)
	'Chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên': 'Cells rated “well fulfilled duties” or better',
	'Chi bộ đạt chuẩn kiểu mẫu': 'Cells meeting the model-cell standard',
	'Chi bộ cơ sở đạt kiểu mẫu': 'Grassroots-level cells that are model cells',
	'Chi bộ trực thuộc đảng ủy cơ sở đạt kiểu mẫu': 'Cells under grassroots committees that are model cells',
	'Chi bộ kiểu mẫu mới trong năm': 'New model cells this year',
	'{min}–{max} chi bộ': '{min}–{max} cells',
	'{percent}% so với chỉ tiêu {target}': '{percent}% against the target {target}',
	'{n} / {of} chi bộ · chỉ tiêu {target}': '{n} / {of} cells · target {target}',
	'chỉ tiêu {target}': 'target {target}',
	'Không có chi bộ thuộc diện này · chỉ tiêu {target}': 'No cell in this category · target {target}',
	'Đạt chỉ tiêu': 'Target met',
	'Chưa đạt': 'Not met'
};

export default messages;
