// Who may open a page, said once: the (app) layout already sends guests to the login, so a
// page only narrows the role. The API rules and hooks decide again on every call to PocketBase.
import { error } from '@sveltejs/kit';
import type { AppUser } from './session';

/** The signed-in officer, or a 403 in the page's own words. */
export function requireOfficer(locals: App.Locals, message = 'Trang này dành cho cán bộ cấp ủy.'): AppUser {
	const user = locals.user!;
	if (user.role !== 'officer') error(403, message);
	return user;
}
