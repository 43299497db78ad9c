// Checks of the cell's own records, shared by the forms (zod refinements in forms/*.ts) and the
// hooks (pb_hooks/lib/cell-records.js, through the bundle): one rule, one wording. Kept free of
// zod so that the hooks bundle does not carry the form library.
import { DATE_PATTERN, MONTH_PATTERN } from './deadlines';

/**
 * Attendance that does not add up, by field: the meeting form (forms/meeting.ts) and the meetings hook
 * (pb_hooks/lib/cell-records.js) check the same numbers with the same words.
 */
export function attendanceProblems(m: { total: number; present: number; excused: number; absentees: number }): {
	present?: string;
	excused?: string;
	absentees?: string;
} {
	const out: { present?: string; excused?: string; absentees?: string } = {};
	if (m.present > m.total) out.present = 'Số có mặt không được lớn hơn tổng số đảng viên.';
	else if (m.present + m.excused > m.total) out.excused = 'Số có mặt cộng số vắng có lý do không được lớn hơn tổng số đảng viên.';
	if (m.present <= m.total && m.absentees > m.total - m.present) {
		out.absentees = `Chỉ có ${m.total - m.present} người vắng, nhưng đã chọn ${m.absentees}.`;
	}
	return out;
}

/**
 * A task due before its roadmap month, by field: the plan form (forms/plan.ts) and the plan tasks hook
 * (pb_hooks/lib/cell-records.js) check it with the same words. `due` may carry a time.
 */
export function planTaskProblems(t: { due: string; month: string }): { due?: string } {
	const due = t.due.slice(0, 10);
	if (DATE_PATTERN.test(due) && MONTH_PATTERN.test(t.month) && due.slice(0, 7) < t.month) {
		return { due: 'Hạn hoàn thành không được trước tháng thực hiện theo lộ trình.' };
	}
	return {};
}
