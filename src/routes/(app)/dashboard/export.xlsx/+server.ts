import { statesInPhase } from '$lib/domain/lifecycle-phases';
import { LIFECYCLE_STATES } from '$lib/domain/lifecycle-types';
import { CELL_TYPES, UNIT_KIND_LABELS, type UnitKind } from '$lib/domain/tree';
import { dashboardView } from '$lib/server/dashboard';
import { cellTypeLabel, exportContext, stateCountColumns, stateCountRows } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// The targets dashboard as a workbook: the same dashboardView the page reads (same ?unit= and
// ?programme=, same rules through the user's own client), one sheet per panel.
export const GET: RequestHandler = async ({ locals, url }) => {
	const x = exportContext(locals);
	const { t } = x;
	const view = await dashboardView(locals.pb, x.user, url.searchParams);
	const notes = [view.programme ? t('{name} · năm {year}', { name: view.programme.name, year: view.year }) : t('Chưa có chương trình')];
	const pilotStates = statesInPhase('pilot').map((s) => `state_${s}`);
	const share = (lines: typeof view.targets, id: string) => lines.find((l) => l.id === id)?.percent ?? null;

	return x.respond(
		[
			sheet({
				name: t('Chỉ tiêu'),
				title: t('Chỉ tiêu và kết quả'),
				notes,
				columns: [
					{ header: t('Chỉ tiêu'), key: (l) => t(l.label), kind: 'text', width: 46 },
					{ header: t('Số chi bộ đạt'), key: 'numerator', kind: 'int', width: 14 },
					{ header: t('Tổng số chi bộ'), key: (l) => (l.id === 'newModel' ? null : l.denominator), kind: 'int', width: 14 },
					{ header: t('Tỷ lệ'), key: 'percent', kind: 'pct' },
					{ header: t('Chỉ tiêu đề ra'), key: (l) => t(l.target), kind: 'text', width: 16 },
					{ header: t('Đánh giá'), key: (l) => (l.met ? t('Đạt chỉ tiêu') : t('Chưa đạt')), kind: 'text', width: 14 }
				],
				rows: view.targets
			}),
			sheet({
				name: t('Theo bước'),
				title: t('Chi bộ tham gia theo bước'),
				notes,
				columns: stateCountColumns(t),
				rows: stateCountRows(t, view.byState, LIFECYCLE_STATES)
			}),
			sheet({
				name: t('Theo loại hình'),
				title: t('Số chi bộ tham gia theo loại hình'),
				notes,
				columns: [
					{ header: t('Loại hình'), key: 'label', kind: 'text', width: 34 },
					{ header: t('Tham gia'), key: 'count', kind: 'int' }
				],
				rows: CELL_TYPES.map((type) => ({ label: cellTypeLabel(t, type), count: view.byType[type] }))
			}),
			sheet({
				name: t('Đơn vị trực thuộc'),
				title: t('Chỉ tiêu của các đơn vị trực thuộc'),
				notes,
				columns: [
					{ header: t('Đơn vị'), key: 'name', kind: 'text', width: 40 },
					{ header: t('Cấp'), key: (c) => t(UNIT_KIND_LABELS[c.kind as UnitKind] ?? c.kind), kind: 'text', width: 20 },
					{ header: t('Số chi bộ'), key: (c) => c.figures.cells, kind: 'int' },
					{ header: t('Tham gia'), key: (c) => c.figures.counters.enrolled ?? 0, kind: 'int' },
					{ header: t('Đang thí điểm'), key: (c) => pilotStates.reduce((n, s) => n + (c.figures.counters[s] ?? 0), 0), kind: 'int', width: 14 },
					{ header: t('Tốt trở lên'), key: (c) => share(c.targets, 'goodOrBetter'), kind: 'pct', width: 13 },
					{ header: t('Kiểu mẫu'), key: (c) => share(c.targets, 'model'), kind: 'pct', width: 13 }
				],
				// Already in Vietnamese order (unitAndChildren sorts them with compareVi).
				rows: view.children
			})
		],
		view.unit.name,
		t('Chỉ tiêu')
	);
};
