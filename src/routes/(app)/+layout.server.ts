import { redirect } from '@sveltejs/kit';
import { unreadCount } from '$lib/server/notifications';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	if (!locals.user) redirect(303, '/login');
	// The top bar's badge; marking read on /notifications invalidates it (form actions rerun loads).
	depends('app:notifications');
	return { user: locals.user, unreadNotifications: await unreadCount(locals.pb) };
};
