import { UNIT_KIND_LABELS, type UnitKind } from '$lib/domain/tree';
import { cellTypeLabel, exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import { childUnits } from '$lib/server/xlsx/units';
import type { RequestHandler } from './$types';

// The units directly under ?unit= (the user's own unit by default), with member counts.
export const GET: RequestHandler = async ({ locals, url }) => {
	const x = exportContext(locals, ['officer', 'viewer']);
	const { t } = x;
	const { unit, rows } = await childUnits(locals.pb, x.user, url.searchParams.get('unit'));
	return x.respond(
		[
			sheet({
				name: t('Đơn vị trực thuộc'),
				title: t('Các đơn vị trực thuộc'),
				columns: [
					{ header: t('STT'), key: (_, i) => i + 1, kind: 'int', width: 6 },
					{ header: t('Tên đơn vị'), key: 'name', kind: 'text', width: 44 },
					{ header: t('Mã'), key: 'code', kind: 'text', width: 16 },
					{ header: t('Cấp'), key: (u) => t(UNIT_KIND_LABELS[u.kind as UnitKind] ?? u.kind), kind: 'text', width: 20 },
					{ header: t('Loại hình'), key: (u) => cellTypeLabel(t, u.cellType), kind: 'text', width: 26 },
					{ header: t('Chi bộ cơ sở'), key: (u) => (u.isGrassroots ? t('Có') : ''), kind: 'text', width: 12 },
					{ header: t('Số chi bộ'), key: 'cells', kind: 'int' },
					{ header: t('Số đảng viên'), key: 'memberCount', kind: 'int' }
				],
				rows
			})
		],
		unit.name,
		t('Đơn vị trực thuộc')
	);
};
