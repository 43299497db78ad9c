// Reminders and notifications: the bell, /notifications, and the stored notification texts
// (src/lib/domain/reminders.ts NOTICE_TEXTS).
const messages: Record<string, string> = {
	// Notification texts
	'Sắp đến hạn tự đánh giá tháng {month}': 'Self-assessment for {month} due soon',
	'{cell} cần nộp bản tự đánh giá tháng {month} trước hạn {due} (còn {days} ngày).':
		'{cell} must file its self-assessment for {month} by {due} ({days} days left).',
	'Quá hạn tự đánh giá tháng {month}': 'Self-assessment for {month} overdue',
	'{cell} chưa nộp bản tự đánh giá tháng {month}; hạn là {due}.':
		'{cell} has not filed its self-assessment for {month}; it was due on {due}.',
	'{cell} quá hạn tự đánh giá tháng {month}': '{cell}: self-assessment for {month} overdue',
	'{cell} chưa nộp bản tự đánh giá tháng {month}, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc chi bộ.':
		'{cell} has not filed its self-assessment for {month}, {days} days past the deadline of {due}. Please follow up with the cell.',
	'Sắp đến hạn gửi nghị quyết và kế hoạch': 'Resolution and plan due soon',
	'{cell} cần gửi nghị quyết chuyên đề và kế hoạch thực hiện trước hạn {due} (còn {days} ngày).':
		'{cell} must send its thematic resolution and plan by {due} ({days} days left).',
	'Quá hạn gửi nghị quyết và kế hoạch': 'Resolution and plan overdue',
	'{cell} chưa gửi nghị quyết chuyên đề và kế hoạch thực hiện; hạn là {due}.':
		'{cell} has not sent its thematic resolution and plan; they were due on {due}.',
	'{cell} chậm gửi nghị quyết và kế hoạch': '{cell}: resolution and plan late',
	'{cell} chưa gửi nghị quyết chuyên đề và kế hoạch thực hiện, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc chi bộ.':
		'{cell} has not sent its thematic resolution and plan, {days} days past the deadline of {due}. Please follow up with the cell.',
	'Sắp đến hạn kết luận sơ kết': 'Mid-term review to conclude soon',
	'Sơ kết của {cell} cần được kết luận trước hạn {due} (còn {days} ngày).':
		'The mid-term review of {cell} must be concluded by {due} ({days} days left).',
	'Quá hạn kết luận sơ kết': 'Mid-term review overdue',
	'Sơ kết của {cell} chưa được kết luận; hạn là {due}.': 'The mid-term review of {cell} has not been concluded; it was due on {due}.',
	'Sơ kết của {cell} chậm kết luận': 'Mid-term review of {cell} late',
	'{committee} chưa kết luận sơ kết của {cell}, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc.':
		'{committee} has not concluded the mid-term review of {cell}, {days} days past the deadline of {due}. Please follow up.',
	'Hồ sơ của {cell} chờ quyết định quá lâu': 'The file of {cell} has waited too long for a decision',
	'{committee} chưa quyết định hồ sơ của {cell} ({state}) đã {days} ngày. Đề nghị đồng chí đôn đốc.':
		'{committee} has not decided on the file of {cell} ({state}) for {days} days. Please follow up.',

	// The bell and the page
	'Thông báo': 'Notifications',
	'Thông báo, {n} chưa đọc': 'Notifications, {n} unread',
	'Đánh dấu đã đọc': 'Mark as read',
	'Đánh dấu tất cả đã đọc': 'Mark all as read',
	'Chưa có thông báo nào.': 'No notifications yet.',
	'Chưa đọc': 'Unread',
	'Hạn: {date}': 'Due: {date}',
	'Chuyển lên cấp trên': 'Escalated',
	'Trang trước': 'Previous page',
	'Trang sau': 'Next page',
	'Trang {n}': 'Page {n}',
	'Mở': 'Open',
	'Không tìm thấy thông báo.': 'Notification not found.',
	'Không cập nhật được thông báo. Vui lòng thử lại.': 'Could not update the notification. Please try again.',
	'Nhắc hạn tự đánh giá, kế hoạch, sơ kết và các việc chậm được chuyển lên cấp trên.':
		'Reminders of self-assessments, plans and mid-term reviews, and late items escalated from below.'
};

export default messages;
