import { fail } from '@sveltejs/kit';
import { NOTICE_TEXTS } from '$lib/domain/reminders';
import { translate, translator } from '$lib/i18n';
import { markAllRead, markRead, notificationPage } from '$lib/server/notifications';
import type { Actions, PageServerLoad } from './$types';

const ID = /^[a-z0-9]{15}$/;

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	depends('app:notifications');
	const page = Math.max(1, Math.min(1000, Number.parseInt(url.searchParams.get('trang') ?? '1', 10) || 1));
	const { items, hasMore } = await notificationPage(locals.pb, page);
	// Stored texts are Vietnamese; from the kind and its params they read in the reader's language.
	const t = translator(locals.locale);
	return {
		page,
		hasMore,
		items: items.map((n) => {
			const texts = NOTICE_TEXTS[n.kind];
			if (!texts || !n.params) return n;
			const params = { ...n.params, state: t(String(n.params.state ?? '')) };
			return { ...n, title: t(texts.title, params), body: t(texts.body, params) };
		})
	};
};

export const actions: Actions = {
	read: async ({ request, locals }) => {
		const id = String((await request.formData()).get('id') ?? '');
		if (!ID.test(id)) return fail(400, { problem: translate(locals.locale, 'Không tìm thấy thông báo.') });
		try {
			await markRead(locals.pb, id);
		} catch (err) {
			const status = (err as { status?: number }).status;
			// Someone else's notification looks missing (404), as the rules make it.
			const message = status === 404 ? 'Không tìm thấy thông báo.' : 'Không cập nhật được thông báo. Vui lòng thử lại.';
			return fail(status === 404 ? 404 : 400, { problem: translate(locals.locale, message) });
		}
		return { problem: null };
	},
	readAll: async ({ locals }) => {
		try {
			await markAllRead(locals.pb);
		} catch {
			return fail(400, { problem: translate(locals.locale, 'Không cập nhật được thông báo. Vui lòng thử lại.') });
		}
		return { problem: null };
	}
};
