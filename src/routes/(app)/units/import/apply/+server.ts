import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { applyNext, refusalOf } from '$lib/server/import/service';
import type { RequestHandler } from './$types';

/**
 * Writes the next chunk of a checked import (the browser calls this until the import is done,
 * drawing the progress bar from each answer). PocketBase checks the chunk again and writes it in
 * one transaction; a refusal comes back as { message, errors } with its status.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.user) return json({ message: translate(locals.locale, 'Vui lòng đăng nhập.') }, { status: 401 });
	const body = (await request.json().catch(() => ({}))) as { importId?: unknown };
	const importId = typeof body.importId === 'string' ? body.importId : '';
	if (!/^[a-z0-9]{15}$/.test(importId)) {
		return json({ message: translate(locals.locale, 'Không tìm thấy lần nhập dữ liệu này.') }, { status: 404 });
	}
	try {
		return json(await applyNext(locals.pb, importId));
	} catch (err) {
		const refusal = refusalOf(err);
		const message = refusal.problem ? translate(locals.locale, refusal.problem.message, refusal.problem.params) : refusal.message;
		return json({ message, errors: refusal.errors }, { status: refusal.status });
	}
};
