import type { TypedPocketBase } from '$lib/pb-types';
import type PocketBase from 'pocketbase';
import { RATING_LABELS, type Rating } from '$lib/domain/classification';
import { today as clockToday } from '$lib/domain/clock';
import { dueStatus, monthDueNow, selfAssessmentDue } from '$lib/domain/deadlines';
import { planProgress, type PlanProgress } from '$lib/domain/plan-progress';
import { cellMayWrite, isClosed } from '$lib/domain/writable-states';
import type { Thresholds } from '$lib/domain/classification';
import { latestReturn } from '$lib/server/cell/registration';
import { loadAssessments, loadEnrollment, loadPlan } from '$lib/server/cell/workspace';
import { cellEnrollments, openProgrammes, type EnrollmentRow } from '$lib/server/enrollments';
import type { AppUser } from '$lib/server/session';

export interface TodoItem {
	text: string;
	href: string;
	/** "YYYY-MM-DD" when the item has a deadline. */
	due?: string;
	late?: boolean;
}

/** The current enrollment's workspace: what is due, what came back, the plan and the score trend. */
export interface SecretaryWorkspace {
	id: string;
	state: string;
	programmeName: string;
	year: number;
	todo: TodoItem[];
	returned: { comment: string; actorName: string; unitName: string; created: string } | null;
	progress: PlanProgress;
	tasksThisMonth: { title: string; assignee: string; due: string; status: string }[];
	trend: { month: string; total: number; rating: string }[];
	thresholds: Thresholds;
}

const CELL_TURN_TODO: Record<string, (id: string) => TodoItem> = {
	draft: (id) => ({ text: 'Hoàn thiện bản đăng ký và gửi cấp ủy', href: `/enrollments/${id}/registration` }),
	planning: (id) => ({ text: 'Ban hành nghị quyết chuyên đề, lập kế hoạch và gửi cấp ủy duyệt', href: `/enrollments/${id}/plan` }),
	evaluation: (id) => ({ text: 'Gửi tổng hợp tự đánh giá cuối năm', href: `/enrollments/${id}` })
};

async function workspaceOf(pb: TypedPocketBase, row: EnrollmentRow): Promise<SecretaryWorkspace> {
	const [e, { tasks }, assessments, returned] = await Promise.all([
		loadEnrollment(pb, row.id),
		loadPlan(pb, row.id),
		loadAssessments(pb, row.id),
		latestReturn(pb, row.id)
	]);
	const today = clockToday();
	const thisMonth = today.slice(0, 7);
	const todo: TodoItem[] = [];
	const turn = CELL_TURN_TODO[e.state];
	if (turn) todo.push(turn(e.id));
	if (cellMayWrite('self_assessments', e.state)) {
		const dueDay = e.config.selfAssessmentDueDay;
		const filed = new Set(assessments.map((a) => a.month as string));
		const month = monthDueNow(today, dueDay, filed, e.year);
		if (!filed.has(month)) {
			const due = selfAssessmentDue(month, dueDay);
			todo.push({
				text: `Tự đánh giá tháng ${month.slice(5)}/${month.slice(0, 4)}`,
				href: `/enrollments/${e.id}/assessments?thang=${month}`,
				due,
				late: dueStatus(month, dueDay, today, false) === 'overdue'
			});
		}
	}
	const open = tasks.filter((t) => t.status !== 'done');
	for (const t of open.filter((t) => String(t.due).slice(0, 7) <= thisMonth)) {
		const due = String(t.due).slice(0, 10);
		todo.push({ text: `Công việc kế hoạch: ${t.title}`, href: `/enrollments/${e.id}/plan`, due, late: due < today });
	}
	return {
		id: e.id,
		state: e.state,
		programmeName: e.programmeName,
		year: e.year,
		todo,
		returned: ['draft', 'planning', 'evaluation'].includes(e.state) ? returned : null,
		progress: planProgress(tasks.map((t) => ({ status: t.status, due: t.due })), today),
		tasksThisMonth: tasks
			.filter((t) => t.month === thisMonth)
			.map((t) => ({ title: t.title, assignee: t.expand?.assignee?.name ?? '', due: String(t.due).slice(0, 10), status: t.status })),
		trend: assessments
			.map((a) => ({ month: a.month as string, total: a.total as number, rating: RATING_LABELS[a.rating as Rating] ?? '' }))
			.sort((a, b) => a.month.localeCompare(b.month)),
		thresholds: e.config.thresholds
	};
}

/** A cell secretary's home: the cell's enrollments, the current one's workspace, programmes to join. */
export async function secretaryHome(pb: TypedPocketBase, user: AppUser) {
	const [enrollments, programmes] = await Promise.all([cellEnrollments(pb, user.unit.id), openProgrammes(pb)]);
	const enrolledYears = new Set(enrollments.map((e) => e.year));
	const current = enrollments.find((e) => !isClosed(e.state)) ?? enrollments[0];
	return {
		home: 'secretary' as const,
		enrollments,
		workspace: current ? await workspaceOf(pb, current) : null,
		openProgrammes: programmes
			.filter((p) => !enrolledYears.has(p.year) && user.unit.path.includes(`/${p.owner}/`))
			.map((p) => ({ id: p.id, name: p.name, year: p.year, owner: p.expand?.owner?.name ?? '' }))
	};
}
