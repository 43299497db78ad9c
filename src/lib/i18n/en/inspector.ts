// The inspector: the home page, the phone-friendly review note (offline draft, queued sending)
// and the answers of the note's endpoint.
const messages: Record<string, string> = {
	// Home
	'Chi bộ đang đánh giá bước đầu: cần lập biên bản': 'Cells under mid-term review: notes to file',
	'Lập biên bản': 'File a note',
	'cho {cell}': 'for {cell}',
	'Chi bộ được phân công kiểm tra, giám sát': 'Cells assigned to you for inspection',
	'Chi bộ được phân công': 'Assigned cells',
	'Chưa được phân công chi bộ nào.': 'No cell assigned yet.',
	// Note page
	'Biên bản kiểm tra': 'Inspection note',
	'Biên bản đã gửi': 'Notes sent',
	'Chưa có biên bản nào cho chi bộ này.': 'No note for this cell yet.',
	'Biên bản kiểm tra ngày {date}': 'Inspection note of {date}',
	'dự buổi sinh hoạt: {topic}': 'attended the meeting: {topic}',
	'Ưu điểm': 'Strengths',
	'Hạn chế': 'Shortcomings',
	'Kiến nghị': 'Recommendations',
	'Đề xuất xếp loại': 'Proposed rating',
	'Ảnh kiểm tra {name}': 'Inspection photo {name}',
	// The form and its status
	'Đang mở bản nháp…': 'Opening the draft…',
	'lúc {time}': 'at {time}',
	'đang gửi…': 'sending…',
	'sẽ gửi lại ngay': 'will be sent again right away',
	'đang mất kết nối, biên bản sẽ tự gửi khi có mạng': 'offline; the note will be sent when the connection is back',
	'máy chủ chưa nhận, xem lý do bên dưới': 'the server did not accept it, see the reason below',
	'bản nháp được lưu trên máy này': 'the draft is kept on this device',
	'Đã gửi': 'Sent',
	'Chưa gửi': 'Not sent',
	'Ngoại tuyến': 'Offline',
	'Trang đã sẵn sàng dùng khi mất mạng': 'The page is ready to use offline',
	'Biên bản đã được gửi tới cấp ủy. Có thể lập thêm biên bản cho lần kiểm tra khác.': 'The note has been sent to the committee. You can file another note for another inspection.',
	'Lập biên bản mới': 'New note',
	'Về hồ sơ chi bộ': 'Back to the cell’s file',
	'Ngày kiểm tra': 'Date of inspection',
	'Ngày đã chọn: {date}': 'Date chosen: {date}',
	'Buổi sinh hoạt dự kiểm tra': 'Meeting attended',
	'— Không gắn với buổi sinh hoạt —': '— Not tied to a meeting —',
	'Nhận xét theo nhóm tiêu chí': 'Findings by criteria group',
	'Có cách làm hay, sáng tạo cần nhân rộng': 'There is a good, creative practice worth replicating',
	'Mô tả cách làm hay': 'Describe the good practice',
	'Chưa đề xuất': 'No proposal',
	'Ảnh chụp tại buổi kiểm tra (tối đa {n} ảnh, mỗi ảnh ≤ 5 MB)': 'Photos from the inspection (at most {n}, each ≤ 5 MB)',
	'Bỏ ảnh': 'Remove photo',
	'Đang chờ gửi': 'Waiting to send',
	'Chưa gửi · ngoại tuyến': 'Not sent · offline',
	'Sửa lại': 'Edit again',
	'Gửi biên bản': 'Send note',
	'Phiên đăng nhập đã hết hạn. Biên bản vẫn được giữ trên máy: hãy đăng nhập lại, biên bản sẽ được gửi.':
		'Your session has expired. The note is kept on this device: sign in again and it will be sent.',
	'Máy chủ không nhận biên bản.': 'The server did not accept the note.',
	'Máy chủ đang bận, biên bản sẽ được gửi lại.': 'The server is busy; the note will be sent again.',
	'Biên bản chưa đầy đủ, vui lòng xem các ô được đánh dấu.': 'The note is incomplete; please see the marked fields.',
	// Answers of the server
	'Biên bản chưa hợp lệ, vui lòng kiểm tra lại.': 'The note is not valid; please check it.',
	'Không lập được biên bản: chi bộ này không được phân công cho bạn, hoặc không đang trong giai đoạn đánh giá bước đầu (sơ kết).':
		'The note could not be filed: this cell is not assigned to you, or it is not under mid-term review.',
	'Chỉ cán bộ kiểm tra được phân công mới lập biên bản kiểm tra.': 'Only an assigned inspector files inspection notes.',
	'Bạn chưa được phân công kiểm tra chi bộ này.': 'You are not assigned to inspect this cell.',
	'Chi bộ không trong giai đoạn đánh giá bước đầu (sơ kết): chưa thể lập biên bản kiểm tra.':
		'The cell is not under mid-term review: an inspection note cannot be filed yet.',
	'Chỉ cán bộ kiểm tra mới lập biên bản kiểm tra.': 'Only inspectors file inspection notes.',
	'Không tìm thấy ảnh.': 'Photo not found.'
};

export default messages;
