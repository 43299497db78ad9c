// The lifecycle on screen: the decision panel, the chart, the audit trail, and the reasons the
// lifecycle gives when an action is not possible (lifecycle-explain/-guards/-permissions.ts and
// pb_hooks/lib/lifecycle-service.js), which reach the page as the server's answer.
const messages: Record<string, string> = {
	// Event labels are looked up as actions first: "Xếp loại" is also the rating column elsewhere.
	'thao tác\u0004Xếp loại': 'Classify',
	'Đã ghi nhận “Xếp loại”. Hồ sơ chuyển sang: {state}.': 'Recorded “Classify”. The file moves to: {state}.',
	// EventPanel
	'Thao tác được phép': 'Allowed actions',
	'Bạn không có thao tác nào ở bước này.': 'You have no action at this step.',
	'Chưa thể “{action}”: {reasons}.': 'Cannot “{action}” yet: {reasons}.',
	'Điểm của cấp ủy (0–100)': 'Committee’s score (0–100)',
	'Theo ngưỡng của chương trình, điểm này tương ứng:': 'By the programme’s thresholds, this score corresponds to:',
	'Mức xếp loại': 'Rating',
	'— Chọn mức xếp loại —': '— Choose a rating —',
	'Quyết định công nhận': 'Recognition decision',
	'Số quyết định': 'Decision number',
	'Ví dụ: 125-QĐ/TU': 'For example: 125-QĐ/TU',
	'Ngày quyết định': 'Decision date',
	'Người ký': 'Signed by',
	'Họ tên người ký; nếu không phải Bí thư, ghi chức vụ trước họ tên, ví dụ: Phó Bí thư Nguyễn Văn A.':
		'Full name of the signatory; if not the Secretary, put the title before the name, for example: Phó Bí thư Nguyễn Văn A.',
	'Ý kiến (bắt buộc)': 'Comment (required)',
	'Ý kiến (không bắt buộc)': 'Comment (optional)',
	'Xác nhận: {action}': 'Confirm: {action}',
	'Xác nhận “{action}”?': 'Confirm “{action}”?',
	'Quyết định này không thể hoàn tác. Hồ sơ sẽ kết thúc ở bước này.': 'This decision cannot be undone. The file will end at this step.',
	'Tôi xác nhận': 'I confirm',
	'Đã ghi nhận “{event}”. Hồ sơ chuyển sang: {state}.': 'Recorded “{event}”. The file moves to: {state}.',
	'Không thực hiện được thao tác.': 'The action could not be carried out.',
	// LifecycleChart, StateCounts, Timeline
	'Sơ đồ quy trình của hồ sơ': 'Diagram of the file’s process',
	'Bước hiện tại: {state}.': 'Current step: {state}.',
	'Mũi tên liền: bước tiến; mũi tên đứt: trả lại để hoàn thiện.': 'Solid arrow: a step forward; dashed arrow: returned for completion.',
	'Chi bộ có thể rút khỏi chương trình ở mọi bước chưa kết thúc.': 'The cell may withdraw from the programme at any step before the end.',
	'Các bước của quy trình': 'Steps of the process',
	'bước hiện tại': 'current step',
	'Tổng số chi bộ tham gia': 'Participating cells in total',
	'Chưa có quyết định nào.': 'No decisions yet.',
	'{unit} phê duyệt, chuyển {next}': '{unit} approved and passed the file to {next}',
	'{unit} phê duyệt, chuyển cấp tiếp theo': '{unit} approved and passed the file to the next level',

	// Reasons from the lifecycle (explain, guards, permissions)
	'Không thể thực hiện thao tác này ở bước hiện tại': 'This action is not possible at the current step',
	'Thao tác không hợp lệ': 'Invalid action',
	'Trạng thái hồ sơ không hợp lệ: {state}': 'Invalid file state: {state}',
	'Trạng thái không hợp lệ: {state}': 'Invalid state: {state}',
	'Hồ sơ đã kết thúc (“{state}”), không thể thao tác thêm': 'The file has ended (“{state}”); no further action is possible',
	'Không thể “{event}” khi hồ sơ đang ở bước “{state}”': 'Cannot “{event}” while the file is at “{state}”',
	'Đây là bước phê duyệt cuối cùng': 'This is the last approval step',
	'Còn {n} cấp phê duyệt phía sau': '{n} more approval levels to come',
	'Đã đủ chỉ tiêu {max} chi bộ loại hình này trong đảng bộ cấp huyện': 'The quota of {max} cells of this type in the district party organisation is full',
	'Chưa điền mục tiêu, phấn đấu của chi bộ trong bản đăng ký': 'The registration does not state the cell’s goals yet',
	'Chưa nộp nghị quyết và kế hoạch': 'The resolution and plan have not been filed',
	'Đánh giá bước đầu (sơ kết) đã được kết luận': 'The mid-term review has already been concluded',
	'Chưa kết luận đánh giá bước đầu (sơ kết)': 'The mid-term review has not been concluded',
	'Cần ít nhất {min} bản tự đánh giá hằng tháng (hiện có {n})': 'At least {min} monthly self-assessments are needed (there are {n})',
	'Chưa có biên bản kiểm tra nào cho đánh giá bước đầu': 'There is no inspection note for the mid-term review yet',
	'Phải nêu lý do khi từ chối': 'A reason must be given when rejecting',
	'Phải nhập nhận xét khi xếp loại': 'A comment must be entered when classifying',
	'Phải nhập ý kiến khi trả lại': 'A comment must be entered when returning',
	'Điểm phải là số từ {min} đến {max}': 'The score must be a number from {min} to {max}',
	'Chưa chọn mức xếp loại hợp lệ': 'No valid rating chosen',
	'Với {score} điểm, mức cao nhất được xếp là “{rating}”': 'With {score} points, the highest rating allowed is “{rating}”',
	'Số chi bộ hoàn thành xuất sắc nhiệm vụ không được vượt quá {pct}% số chi bộ hoàn thành tốt nhiệm vụ trở lên trong đảng bộ cơ sở (đã có {excellent} xuất sắc trên {good} tốt trở lên)':
		'Cells rated excellent may not exceed {pct}% of the cells rated good or better in the grassroots party organisation ({excellent} excellent out of {good} good or better already)',
	'Chỉ mức “{rating}” trở lên mới được đề nghị công nhận': 'Only “{rating}” or better may be proposed for recognition',
	'Mức xếp loại đạt “{rating}” trở lên, hồ sơ chuyển sang công nhận': 'The rating is “{rating}” or better; the file moves on to recognition',
	'Phải nhập số, ngày (YYYY-MM-DD) và người ký quyết định công nhận': 'The number, date (YYYY-MM-DD) and signatory of the recognition decision are required',
	'Hồ sơ đã kết thúc, không thể thao tác thêm': 'The file has ended; no further action is possible',
	'Chỉ bí thư chi bộ mới được rút hồ sơ khỏi chương trình': 'Only the cell secretary may withdraw the file from the programme',
	'Chỉ bí thư chi bộ mới được gửi': 'Only the cell secretary may submit',
	'Hồ sơ đang chờ cấp ủy xem xét, chi bộ chưa thể gửi': 'The file is with the committee; the cell cannot submit now',
	'Hồ sơ đang ở lượt chi bộ, chưa đến bước cấp ủy quyết định': 'It is the cell’s turn; the committee has nothing to decide yet',
	'Chưa xác định được cấp ủy có thẩm quyền quyết định bước này': 'The committee competent for this step could not be determined',
	'Chỉ cán bộ cấp ủy có thẩm quyền mới được quyết định bước này': 'Only an officer of the competent committee may decide this step',
	'Không được tự phê duyệt hồ sơ do mình gửi': 'You may not approve a file you submitted yourself',
	'Bước này do {unit} quyết định': 'This step is decided by {unit}',
	'Bước này do cấp ủy khác quyết định': 'This step is decided by another committee',
	// From the lifecycle service (pb_hooks)
	'Vui lòng đăng nhập.': 'Please sign in.',
	'Không tìm thấy hồ sơ.': 'File not found.',
	'Tài khoản quản trị không thực hiện thao tác nghiệp vụ.': 'The administrator account does not take part in the workflow.',
	'Hồ sơ đã được người khác xử lý (trạng thái hiện tại: {state}). Vui lòng tải lại trang.':
		'Someone else has already handled this file (current state: {state}). Please reload the page.',
	'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.': 'Someone else has just updated this file. Please reload the page.'
};

export default messages;
