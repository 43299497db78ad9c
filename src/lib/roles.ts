import type { Role } from '$lib/server/session';

export const ROLE_LABELS: Record<Role, string> = {
	secretary: 'Bí thư chi bộ',
	officer: 'Cán bộ cấp ủy',
	inspector: 'Kiểm tra, giám sát',
	viewer: 'Theo dõi'
};

export interface NavItem {
	href: string;
	label: string;
}

// The menu each role sees: only what that role can use. One list per role, so that the
// people building one role's screens touch only that role's entry.
const SECRETARY_NAV: NavItem[] = [
	{ href: '/', label: 'Trang chủ' },
	{ href: '/register', label: 'Đăng ký chương trình' },
	{ href: '/cell/members', label: 'Đảng viên' }
];
const OFFICER_NAV: NavItem[] = [
	{ href: '/', label: 'Trang chủ' },
	{ href: '/inbox', label: 'Hộp việc' },
	{ href: '/dashboard', label: 'Chỉ tiêu' },
	{ href: '/units', label: 'Tổ chức đảng' },
	{ href: '/units/import', label: 'Nhập dữ liệu' },
	{ href: '/programmes', label: 'Chương trình' },
	{ href: '/users', label: 'Tài khoản' },
	{ href: '/practices', label: 'Cách làm hay' }
];
const INSPECTOR_NAV: NavItem[] = [
	{ href: '/', label: 'Trang chủ' },
	{ href: '/practices', label: 'Cách làm hay' }
];
const VIEWER_NAV: NavItem[] = [
	{ href: '/', label: 'Trang chủ' },
	{ href: '/dashboard', label: 'Chỉ tiêu' },
	{ href: '/practices', label: 'Cách làm hay' }
];

export function navFor(role: Role): NavItem[] {
	switch (role) {
		case 'secretary':
			return SECRETARY_NAV;
		case 'officer':
			return OFFICER_NAV;
		case 'inspector':
			return INSPECTOR_NAV;
		default:
			return VIEWER_NAV;
	}
}
