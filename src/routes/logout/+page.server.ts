import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { forgetSession } from '$lib/server/session';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: ({ locals }) => {
		forgetSession(locals.pb.authStore.token);
		locals.pb.authStore.clear();
		redirect(303, '/login');
	}
};
