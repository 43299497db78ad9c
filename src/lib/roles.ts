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

/** The menu each role sees: only what that role can use. */
export function navFor(role: Role): NavItem[] {
	const home = { href: '/', label: 'Trang chủ' };
	switch (role) {
		case 'secretary':
			return [home];
		case 'officer':
			return [home];
		case 'inspector':
			return [home];
		default:
			return [home];
	}
}
