import { error } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { typeTotals } from '$lib/domain/criteria-framework';
import { CELL_TYPES, CELL_TYPE_LABELS } from '$lib/domain/tree';
import { loadCriteria, loadProgramme } from '$lib/server/programmes/programmes';
import { exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// The criteria framework as committees keep it in their spreadsheets: every criterion with its
// group, maximum and the cell types it applies to, and each type's total. Read with the user's
// own client (the programmes rule decides who sees it), from the same loaders as the editor.
export const GET: RequestHandler = async ({ locals, params }) => {
	const x = exportContext(locals, ['officer']);
	const { t } = x;
	const programme = await loadProgramme(locals.pb, params.id, x.user).catch((err) => {
		if (err instanceof ClientResponseError && err.status === 404) error(404, 'Không tìm thấy chương trình.');
		throw err;
	});
	const criteria = await loadCriteria(locals.pb, params.id);
	const groupTitle = new Map(programme.config.groups.map((g) => [g.id, `${g.id}. ${g.title}`]));
	const totals = typeTotals(criteria);
	const scope = `${programme.name} (${programme.owner.name})`;
	return x.respond(
		[
			sheet({
				name: t('Khung tiêu chí'),
				title: t('Khung tiêu chí'),
				notes: [scope],
				columns: [
					{ header: t('STT'), key: (_, i) => i + 1, kind: 'int', width: 6 },
					{ header: t('Mã'), key: 'code', kind: 'text', width: 10 },
					{ header: t('Nhóm'), key: (c) => groupTitle.get(c.group) ?? String(c.group), kind: 'text', width: 32 },
					{ header: t('Nội dung tiêu chí'), key: 'title', kind: 'text', width: 60 },
					{ header: t('Điểm tối đa'), key: 'maxScore', kind: 'score', width: 12 },
					{
						header: t('Áp dụng cho'),
						key: (c) => (c.cellTypes.length ? c.cellTypes.map((type) => t(CELL_TYPE_LABELS[type])).join('; ') : t('Mọi loại hình')),
						kind: 'text',
						width: 36
					},
					{ header: t('Hướng dẫn chấm'), key: 'guidance', kind: 'text', width: 48 }
				],
				rows: criteria
			}),
			sheet({
				name: t('Tổng theo loại hình'),
				title: t('Tổng điểm theo loại hình chi bộ'),
				notes: [scope],
				columns: [
					{ header: t('Loại hình'), key: (type) => t(CELL_TYPE_LABELS[type]), kind: 'text', width: 36 },
					{ header: t('Tổng điểm'), key: (type) => totals[type], kind: 'score', width: 12 }
				],
				rows: [...CELL_TYPES]
			})
		],
		programme.owner.name,
		t('Khung tiêu chí')
	);
};
