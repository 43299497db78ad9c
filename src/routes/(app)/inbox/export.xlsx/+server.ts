import { inboxItems, parseFilters } from '$lib/server/committee/inbox';
import { exportContext, inboxColumns } from '$lib/server/xlsx/export';
import { sheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// The inbox as the page shows it: same filters (?loai, ?chuongtrinh, ?donvi, ?loaihinh), same
// server function, same order (oldest first: it is a queue, not an alphabetical list).
export const GET: RequestHandler = async ({ locals, url }) => {
	const x = exportContext(locals, ['officer']);
	const { t } = x;
	const items = await inboxItems(locals.pb, parseFilters(url));
	const filtered = [...url.searchParams.keys()].some((k) => ['loai', 'chuongtrinh', 'donvi', 'loaihinh'].includes(k));
	return x.respond(
		[
			sheet({
				name: t('Hộp việc'),
				title: t('Hồ sơ chờ quyết định ({n}), cũ nhất trước', { n: items.length }),
				notes: filtered ? [t('Theo bộ lọc đang chọn trên trang Hộp việc')] : [],
				columns: inboxColumns(t),
				rows: items
			})
		],
		x.user.unit.name,
		t('Hộp việc')
	);
};
