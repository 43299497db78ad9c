// /units: browsing and editing the party tree, and the tree rules' messages (src/lib/domain/tree-admin.ts).
const messages: Record<string, string> = {
	'Đường dẫn đơn vị': 'Unit path',
	'Tìm đơn vị theo tên': 'Find a unit by name',
	'Kết quả tìm “{q}”': 'Results for “{q}”',
	'Hiển thị tối đa 30 đơn vị; gõ thêm để thu hẹp.': 'At most 30 units are shown; type more to narrow down.',
	'Không có đơn vị nào khớp trong phạm vi bạn quản lý.': 'No unit you manage matches.',
	'Tài khoản của đơn vị': 'Accounts of this unit',
	'Không': 'No',
	'Đơn vị trực thuộc ({n})': 'Units below ({n})',
	'Chỉ hiển thị 500 đơn vị đầu tiên; dùng ô tìm kiếm để tìm đơn vị khác.': 'Only the first 500 units are shown; use the search box to find others.',
	'Chưa có đơn vị trực thuộc.': 'No units below yet.',
	'Thêm đơn vị trực thuộc': 'Add a unit below',
	'Mã đơn vị (không bắt buộc)': 'Unit code (optional)',
	'— Chọn loại hình —': '— Choose a cell type —',
	'Chi bộ cơ sở (trực thuộc cấp huyện)': 'Grassroots cell (directly under the district level)',
	'Thêm đơn vị': 'Add unit',
	'Sửa thông tin đơn vị': 'Edit the unit',
	'Chuyển đơn vị': 'Move the unit',
	'Chuyển đơn vị này, cùng mọi đơn vị và đảng viên trực thuộc, sang một đơn vị cấp trên khác trong phạm vi bạn quản lý.':
		'Move this unit, with every unit and party member below it, under another superior unit you manage.',
	'Chuyển {name} sang {target}?': 'Move {name} under {target}?',
	'Cùng chuyển theo: {n} đơn vị trực thuộc, {m} đảng viên. Đường dẫn và số liệu thống kê của cả nhánh được cập nhật trong một lần lưu.':
		'Moving with it: {n} units below, {m} party members. The paths and statistics of the whole branch are updated in one save.',
	'Xác nhận chuyển': 'Confirm the move',
	'Tìm đơn vị cấp trên mới': 'Find the new superior unit',
	'Chọn đơn vị cấp trên mới': 'Choose the new superior unit',
	'Tiếp tục': 'Continue',
	'Không có đơn vị phù hợp: đơn vị cấp trên mới phải ở cấp cao hơn và không thuộc nhánh của chính đơn vị này.':
		'No suitable unit: the new superior must be of a higher level and not inside this unit’s own branch.',
	// Rules and form messages.
	'Chi bộ không có đơn vị trực thuộc.': 'A cell has no units below it.',
	'Vui lòng chọn loại hình chi bộ.': 'Please choose the cell type.',
	'Chi bộ cơ sở phải trực thuộc cấp huyện hoặc tỉnh.': 'A grassroots cell must sit directly under a district or province committee.',
	'Chỉ chi bộ mới có loại hình.': 'Only cells have a cell type.',
	'Chỉ chi bộ mới là chi bộ cơ sở.': 'Only a cell can be a grassroots cell.',
	'Không thể chuyển chính đơn vị của bạn; việc này do cấp trên thực hiện.': 'You cannot move your own unit; the level above does that.',
	'Đơn vị này nằm ngoài phạm vi bạn quản lý.': 'This unit is outside the part of the tree you manage.',
	'Đơn vị cấp trên mới nằm ngoài phạm vi bạn quản lý.': 'The new superior unit is outside the part of the tree you manage.',
	'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.': 'A unit cannot be moved under itself or a unit below it.',
	'Đơn vị của bạn do cấp trên quản lý.': 'Your own unit is managed by the level above.',
	'Vui lòng nhập tên đơn vị.': 'Please enter the unit’s name.',
	'Tên đơn vị tối đa 200 ký tự.': 'The unit’s name is at most 200 characters.',
	'Mã đơn vị tối đa 64 ký tự.': 'The unit code is at most 64 characters.',
	'Vui lòng chọn cấp của đơn vị.': 'Please choose the unit’s level.',
	'Vui lòng chọn đơn vị cấp trên mới.': 'Please choose the new superior unit.',
	'Trang này dành cho cán bộ cấp ủy.': 'This page is for committee officers.',
	'Không tìm thấy đơn vị trong phạm vi bạn quản lý.': 'No such unit in the part of the tree you manage.',
	'Không thêm được đơn vị. Vui lòng thử lại.': 'The unit could not be added. Please try again.',
	'Đã lưu thông tin đơn vị.': 'The unit was saved.',
	'Không chuyển được đơn vị. Vui lòng thử lại.': 'The unit could not be moved. Please try again.'
};

export default messages;
