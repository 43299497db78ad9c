import { ROLE_LABELS } from '$lib/roles';
import { exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import { subtreeUsers } from '$lib/server/xlsx/users';
import type { RequestHandler } from './$types';

// The accounts in the officer's subtree (PocketBase's users rule decides who is listed).
export const GET: RequestHandler = async ({ locals }) => {
	const x = exportContext(locals, ['officer']);
	const { t } = x;
	const rows = await subtreeUsers(locals.pb, x.user);
	return x.respond(
		[
			sheet({
				name: t('Tài khoản'),
				title: t('Tài khoản trong phạm vi phụ trách'),
				columns: [
					{ header: t('STT'), key: (_, i) => i + 1, kind: 'int', width: 6 },
					{ header: t('Họ và tên'), key: 'name', kind: 'text', width: 28 },
					{ header: t('Vai trò'), key: (u) => t(ROLE_LABELS[u.role as keyof typeof ROLE_LABELS] ?? u.role), kind: 'text', width: 22 },
					{ header: t('Đơn vị'), key: 'unitName', kind: 'text', width: 40 },
					{ header: t('Email'), key: 'email', kind: 'text', width: 30 },
					{ header: t('Điện thoại'), key: 'phone', kind: 'text', width: 16 },
					{ header: t('Ngày tạo'), key: 'created', kind: 'date' }
				],
				rows
			})
		],
		x.user.unit.name,
		t('Tài khoản')
	);
};
