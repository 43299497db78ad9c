import { fail, redirect } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { loginSchema } from '$lib/domain/forms/login';
import { safeNext } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { form: await superValidate(zod4(loginSchema)) };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const form = await superValidate(request, zod4(loginSchema));
		const { email, password } = form.data;
		form.data.password = ''; // never echo a password back to the page
		if (!form.valid) return fail(400, { form });

		try {
			await locals.pb.collection('users').authWithPassword(email, password);
		} catch (err) {
			const status = err instanceof ClientResponseError ? err.status : 0;
			if (status === 429) {
				return message(form, { ok: false, text: 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi 30 giây rồi thử lại.' }, { status: 429 });
			}
			if (status === 400 || status === 401 || status === 403) {
				return message(form, { ok: false, text: 'Email hoặc mật khẩu không đúng.' }, { status: 400 });
			}
			return message(form, { ok: false, text: 'Không kết nối được máy chủ dữ liệu. Vui lòng thử lại sau ít phút.' }, { status: 503 });
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
