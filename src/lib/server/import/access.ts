import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';

/** Imports are for committee officers (the hooks refuse anyone else too); returns their unit. */
export function officerUnit(locals: App.Locals) {
	const user = locals.user;
	if (!user) error(401, translate(locals.locale, 'Vui lòng đăng nhập.'));
	if (user.role !== 'officer') error(403, translate(locals.locale, 'Chỉ cán bộ cấp ủy mới nhập được dữ liệu đơn vị và đảng viên.'));
	return user.unit;
}
