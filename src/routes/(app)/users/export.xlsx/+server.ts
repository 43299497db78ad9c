import { ROLE_LABELS } from '$lib/roles';
import { accountQuery, accountsScope, allAccounts } from '$lib/server/users/accounts';
import { exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// /users/export.xlsx?unit=&all=&role=&q=&status=: the /users page's list, with the page's
// filters and in its order (newest first), every page of it, read through the same
// /api/accounts query with the officer's own token.
export const GET: RequestHandler = async ({ locals, url }) => {
	const x = exportContext(locals, ['officer']);
	const { t } = x;
	const { unit } = await accountsScope(locals, url);
	const rows = await allAccounts(locals.pb, accountQuery(url.searchParams, unit.id));
	return x.respond(
		[
			sheet({
				name: t('Tài khoản'),
				title: t('Tài khoản trong phạm vi phụ trách'),
				columns: [
					{ header: t('STT'), key: (_, i) => i + 1, kind: 'int', width: 6 },
					{ header: t('Họ và tên'), key: 'name', kind: 'text', width: 28 },
					{ header: t('Vai trò'), key: (u) => t(ROLE_LABELS[u.role as keyof typeof ROLE_LABELS] ?? u.role), kind: 'text', width: 22 },
					{ header: t('Đơn vị'), key: (u) => u.unit?.name ?? '', kind: 'text', width: 40 },
					{ header: t('Email'), key: 'email', kind: 'text', width: 30 },
					{ header: t('Tình trạng'), key: (u) => (u.disabled ? t('Đã khóa') : t('Đang hoạt động')), kind: 'text', width: 16 },
					{ header: t('Ngày tạo'), key: 'created', kind: 'date' }
				],
				rows
			})
		],
		unit.name,
		t('Tài khoản')
	);
};
