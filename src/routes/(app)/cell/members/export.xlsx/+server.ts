import { MEMBER_POSITION_LABELS } from '$lib/domain/forms/member';
import { cellMembers } from '$lib/server/cell/members';
import { exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// The cell's member list, as the secretary's members page shows it (same function, same order).
export const GET: RequestHandler = async ({ locals }) => {
	const x = exportContext(locals, ['secretary']);
	const { t, user } = x;
	const members = await cellMembers(locals.pb, user.unit.id);
	return x.respond(
		[
			sheet({
				name: t('Đảng viên'),
				title: t('Danh sách đảng viên của chi bộ'),
				notes: [t('{n} đảng viên đang sinh hoạt', { n: members.filter((m) => m.active).length })],
				columns: [
					{ header: t('STT'), key: (_, i) => i + 1, kind: 'int', width: 6 },
					{ header: t('Họ và tên'), key: 'name', kind: 'text', width: 30 },
					{ header: t('Chức vụ'), key: (m) => {
						const label = MEMBER_POSITION_LABELS[m.position as keyof typeof MEMBER_POSITION_LABELS];
						return label ? t(label) : '';
					}, kind: 'text', width: 20 },
					{ header: t('Năm sinh'), key: (m) => m.birthYear || null, kind: 'int', format: '0', width: 10 },
					{ header: t('Mã đảng viên'), key: 'code', kind: 'text', width: 16 },
					{ header: t('Tình trạng'), key: (m) => (m.active ? t('Đang sinh hoạt') : t('Đã ngừng')), kind: 'text', width: 16 }
				],
				rows: members
			})
		],
		user.unit.name,
		t('Danh sách đảng viên')
	);
};
