import { inContext } from '$lib/i18n';
import { RATING_LABELS, type Rating } from '$lib/domain/classification';
import { TASK_STATUS_LABELS, type TaskStatus } from '$lib/domain/plan-progress';
import { LIFECYCLE_STATES } from '$lib/domain/lifecycle-types';
import { countByState } from '$lib/server/enrollments';
import { inspectorHome } from '$lib/server/home/inspector';
import { officerHome } from '$lib/server/home/officer';
import { secretaryHome } from '$lib/server/home/secretary';
import { enrollmentColumns, exportContext, inboxColumns, stateCountColumns, stateCountRows } from '$lib/server/xlsx/export';
import { sheet, type AnyTableSheet } from '$lib/server/xlsx/table';
import type { RequestHandler } from './$types';

// The home page's lists for the user's role, read by the same loaders as the home page
// ($lib/server/home/*), one sheet per list shown there.
export const GET: RequestHandler = async ({ locals }) => {
	const x = exportContext(locals);
	const { t, user } = x;
	const { pb } = locals;
	const sheets: AnyTableSheet[] = [];
	const summary = (counts: Record<string, number>) =>
		sheet({ name: t('Tình hình'), title: t('Tình hình trong phạm vi phụ trách'), columns: stateCountColumns(t), rows: stateCountRows(t, counts, LIFECYCLE_STATES) });

	switch (user.role) {
		case 'officer': {
			const home = await officerHome(pb, user);
			sheets.push(
				sheet({ name: t('Việc chờ quyết định'), title: t('Việc chờ cấp ủy quyết định'), columns: inboxColumns(t), rows: home.inbox }),
				summary(home.counts),
				sheet({ name: t('Chi bộ đang thí điểm'), title: t('Chi bộ đang thí điểm'), columns: enrollmentColumns(t), rows: home.pilot })
			);
			break;
		}
		case 'secretary': {
			const home = await secretaryHome(pb, user);
			sheets.push(sheet({ name: t('Chương trình'), title: t('Chi bộ tham gia chương trình'), columns: enrollmentColumns(t), rows: home.enrollments }));
			const ws = home.workspace;
			if (ws) {
				sheets.push(
					sheet({
						name: t('Điểm tự đánh giá'),
						title: t('Điểm tự đánh giá theo tháng'),
						notes: [`${ws.programmeName} (${ws.year})`],
						columns: [
							{ header: t('Tháng'), key: (r) => `${r.month.slice(5)}/${r.month.slice(0, 4)}`, kind: 'text', width: 10 },
							{ header: t('Tổng điểm'), key: 'total', kind: 'score', width: 12 },
							{ header: t(inContext('cột', 'Xếp loại')), key: (r) => (RATING_LABELS[r.rating as Rating] ? t(RATING_LABELS[r.rating as Rating]) : r.rating), kind: 'text', width: 30 }
						],
						rows: ws.trend
					}),
					sheet({
						name: t('Công việc trong tháng'),
						title: t('Công việc trong tháng'),
						notes: [`${ws.programmeName} (${ws.year})`],
						columns: [
							{ header: t('Công việc'), key: 'title', kind: 'text', width: 50 },
							{ header: t('Người thực hiện'), key: (r) => r.assignee || t('chưa phân công'), kind: 'text', width: 26 },
							{ header: t('Hạn'), key: 'due', kind: 'date' },
							{ header: t('Tình trạng'), key: (r) => t(TASK_STATUS_LABELS[r.status as TaskStatus] ?? r.status), kind: 'text', width: 18 }
						],
						rows: ws.tasksThisMonth
					})
				);
			}
			break;
		}
		case 'inspector': {
			const home = await inspectorHome(pb, user);
			sheets.push(sheet({ name: t('Chi bộ được phân công'), title: t('Chi bộ được phân công kiểm tra, giám sát'), columns: enrollmentColumns(t), rows: home.assigned }));
			break;
		}
		default:
			sheets.push(summary(await countByState(pb, user.unit.path)));
	}
	return x.respond(sheets, user.unit.name, t('Trang chủ'));
};
