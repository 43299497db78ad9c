import { parsePracticeFilters, practices, type Practice } from '$lib/server/committee/practices';
import { cellTypeLabel, exportContext } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

const PER_PAGE = 500;
/** A library larger than this is narrowed with the page's filters before exporting. */
const MAX_ROWS = 5000;

// The good-practice library with the page's filters (?q, ?loaihinh, ?donvi, ?nam): every
// matching practice, not only the page on screen, in the page's order (newest visit first).
export const GET: RequestHandler = async ({ locals, url }) => {
	const x = exportContext(locals, ['officer', 'inspector', 'viewer']);
	const { t } = x;
	const filters = parsePracticeFilters(url);
	const rows: Practice[] = [];
	let total = 0;
	for (let page = 1; rows.length < MAX_ROWS; page++) {
		const result = await practices(locals.pb, { ...filters, page }, PER_PAGE);
		total = result.total;
		rows.push(...result.items);
		if (page >= result.totalPages) break;
	}
	const notes = total > rows.length ? [t('Chỉ xuất {n} cách làm hay đầu tiên trong {total}: hãy thu hẹp bộ lọc.', { n: rows.length, total })] : [];
	return x.respond(
		[
			sheet({
				name: t('Cách làm hay'),
				title: t('Thư viện cách làm hay, sáng tạo'),
				notes,
				columns: [
					{ header: t('Chi bộ'), key: 'cellName', kind: 'text', width: 36 },
					{ header: t('Đơn vị'), key: 'parentName', kind: 'text', width: 28 },
					{ header: t('Loại hình'), key: (p) => cellTypeLabel(t, p.cellType), kind: 'text', width: 24 },
					{ header: t('Năm'), key: 'year', kind: 'int', format: '0', width: 8 },
					{ header: t('Ngày kiểm tra'), key: 'visitedOn', kind: 'date' },
					{ header: t('Người kiểm tra'), key: 'inspectorName', kind: 'text', width: 24 },
					{ header: t('Cách làm hay'), key: 'text', kind: 'text', width: 80 }
				],
				rows
			})
		],
		x.user.unit.name,
		t('Cách làm hay')
	);
};
