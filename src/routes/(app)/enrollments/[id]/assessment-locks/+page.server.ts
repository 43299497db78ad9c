import { fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { readEnrollment } from '$lib/server/committee/enrollment';
import { monthLocks, setLocks } from '$lib/server/committee/assessment-locks';
import type { Actions, PageServerLoad } from './$types';
import { requireOfficer } from '$lib/server/guards';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireOfficer(locals, 'Chỉ cán bộ cấp ủy mới khóa bản tự đánh giá.');
	const enrollment = await readEnrollment(locals.pb, params.id);
	return {
		enrollment: { id: enrollment.id, cellName: enrollment.expand?.cell?.name ?? '', state: enrollment.state },
		months: await monthLocks(locals.pb, params.id)
	};
};

async function change(request: Request, locals: App.Locals, id: string, locked: boolean) {
	const ids = (await request.formData()).getAll('month').map(String);
	if (!ids.length) return fail(400, { problem: 'Chọn ít nhất một tháng.' });
	try {
		const n = await setLocks(locals.pb, id, ids, locked);
		return { done: locked ? 'Đã khóa {n} tháng.' : 'Đã mở khóa {n} tháng.', n };
	} catch (err) {
		if (err instanceof ClientResponseError && [400, 403, 404].includes(err.status)) {
			return fail(403, { problem: err.response?.message || 'Không thay đổi được.' });
		}
		throw err;
	}
}

export const actions: Actions = {
	lock: ({ request, params, locals }) => change(request, locals, params.id, true),
	unlock: ({ request, params, locals }) => change(request, locals, params.id, false)
};
