// The shell, login, navigation, roles and the words shared by many pages.
const messages: Record<string, string> = {
	'Trang chủ': 'Home',
	'Đăng ký chương trình': 'Register for the programme',
	'Đảng viên': 'Party members',
	'Hộp việc': 'Inbox',
	'Chỉ tiêu': 'Targets',
	'Cách làm hay': 'Good practices',
	'Tổ chức đảng': 'Party units',
	'Chương trình': 'Programmes',
	'Tài khoản': 'Accounts',
	'Thông báo': 'Notifications',
	'Bí thư chi bộ': 'Cell secretary',
	'Cán bộ cấp ủy': 'Committee officer',
	'Kiểm tra, giám sát': 'Inspection',
	'Theo dõi': 'Viewer',
	'Bỏ qua đến nội dung chính': 'Skip to main content',
	'Kiểu Mẫu – trang chủ': 'Kiểu Mẫu – home',
	'Điều hướng chính': 'Main navigation',
	'Đăng xuất': 'Sign out',
	'Ngôn ngữ': 'Language',
	'Đăng nhập': 'Sign in',
	'Đang đăng nhập…': 'Signing in…',
	'Mật khẩu': 'Password',
	'Xây dựng chi bộ kiểu mẫu · chi bộ “4 tốt”': 'Building model party cells · “4 good” cells',
	'Tài khoản do cấp ủy cấp trên cấp. Quên mật khẩu, vui lòng liên hệ Ban Tổ chức cấp ủy.':
		'Accounts are issued by the committee above. If you forgot your password, contact the committee’s Organisation Board.',
	'Vui lòng nhập email.': 'Please enter your email.',
	'Email không đúng định dạng (ví dụ: ten@kieumau.vn).': 'The email is not valid (for example: name@kieumau.vn).',
	'Vui lòng nhập mật khẩu.': 'Please enter your password.',
	'Mật khẩu quá dài.': 'The password is too long.',
	'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi 30 giây rồi thử lại.': 'Too many sign-in attempts. Please wait 30 seconds and try again.',
	'Email hoặc mật khẩu không đúng.': 'Wrong email or password.',
	'Không kết nối được máy chủ dữ liệu. Vui lòng thử lại sau ít phút.': 'Cannot reach the data server. Please try again in a few minutes.'
};

export default messages;
