// Meeting attendance: the rate of each meeting and of the year (warning below 90%), and the
// Party Charter rule that flags a member absent from the cell's meetings for 3 months running.

export const ATTENDANCE_TARGET = 90;
export const ABSENT_MONTHS_FLAG = 3;

export interface MeetingLike {
	/** "YYYY-MM-DD…" */
	date: string;
	present: number;
	total: number;
	absentees: string[];
}

/** Percentage present, one decimal; null without members. */
export function attendanceRate(present: number, total: number): number | null {
	if (!total) return null;
	return Math.round((present / total) * 1000) / 10;
}

export function belowTarget(rate: number | null): boolean {
	return rate !== null && rate < ATTENDANCE_TARGET;
}

/** The year's rate: all present over all expected, for the meetings of `year`. */
export function yearRate(meetings: MeetingLike[], year: number): number | null {
	const inYear = meetings.filter((m) => m.date.startsWith(`${year}-`));
	const present = inYear.reduce((s, m) => s + m.present, 0);
	const total = inYear.reduce((s, m) => s + m.total, 0);
	return attendanceRate(present, total);
}

/**
 * Members absent from every meeting of at least `months` consecutive months in which the cell
 * met (months without a meeting neither break nor extend a run). Returns member id → the months.
 */
export function longAbsences(meetings: MeetingLike[], months = ABSENT_MONTHS_FLAG): Map<string, string[]> {
	const byMonth = new Map<string, MeetingLike[]>();
	for (const m of meetings) {
		const key = m.date.slice(0, 7);
		byMonth.set(key, [...(byMonth.get(key) ?? []), m]);
	}
	const ordered = [...byMonth.keys()].sort();
	const members = new Set(meetings.flatMap((m) => m.absentees));
	const out = new Map<string, string[]>();
	for (const id of members) {
		let run: string[] = [];
		let best: string[] = [];
		for (const month of ordered) {
			const absentAll = byMonth.get(month)!.every((m) => m.absentees.includes(id));
			run = absentAll ? [...run, month] : [];
			if (run.length > best.length) best = run;
		}
		if (best.length >= months) out.set(id, best);
	}
	return out;
}
