// The plan's progress: how many work steps are done, under way, not started, and late.

export const TASK_STATUSES = ['todo', 'doing', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
	todo: 'Chưa thực hiện',
	doing: 'Đang thực hiện',
	done: 'Đã hoàn thành'
};

export interface TaskLike {
	status: string;
	/** "YYYY-MM-DD" (or a PocketBase date, whose first 10 characters are that). */
	due: string;
}

export interface PlanProgress {
	total: number;
	done: number;
	doing: number;
	todo: number;
	/** Not done and past its due date. */
	overdue: number;
	/** Done / total, 0..100, rounded. */
	percent: number;
}

export function planProgress(tasks: TaskLike[], today: string): PlanProgress {
	const p = { total: tasks.length, done: 0, doing: 0, todo: 0, overdue: 0, percent: 0 };
	for (const t of tasks) {
		if (t.status === 'done') p.done++;
		else {
			if (t.status === 'doing') p.doing++;
			else p.todo++;
			const due = (t.due ?? '').slice(0, 10);
			if (due && due < today) p.overdue++;
		}
	}
	p.percent = p.total ? Math.round((p.done / p.total) * 100) : 0;
	return p;
}
