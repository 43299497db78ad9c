// Months and deadlines of the monthly self-assessment. Months are "YYYY-MM" strings, dates
// "YYYY-MM-DD" in Vietnam's calendar (Asia/Ho_Chi_Minh). The assessment of month M is due on
// the programme's `selfAssessmentDueDay` of month M+1. Every function takes `today` from its
// caller (the clock, src/lib/domain/clock.ts): none reads the system date.

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(date: string): string {
	return date.slice(0, 7);
}

/** "2026-11" → "11/2026". */
export function formatMonth(month: string): string {
	if (!MONTH_PATTERN.test(month)) return month;
	return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

export function addMonths(month: string, n: number): string {
	const y = Number(month.slice(0, 4));
	const m = Number(month.slice(5, 7)) - 1 + n;
	const year = y + Math.floor(m / 12);
	const mm = ((m % 12) + 12) % 12;
	return `${year}-${pad(mm + 1)}`;
}

/** A real calendar date ("2026-02-30" is not). */
export function isRealDate(date: string): boolean {
	if (!DATE_PATTERN.test(date)) return false;
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The day the self-assessment of `month` is due: `dueDay` of the following month. */
export function selfAssessmentDue(month: string, dueDay: number): string {
	return `${addMonths(month, 1)}-${pad(dueDay)}`;
}

/** "YYYY-MM-DD" → "dd/mm/yyyy". */
export function formatIsoDate(date: string): string {
	if (!DATE_PATTERN.test(date)) return date;
	return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * The months a cell may self-assess in a programme year: from January (or `from`) up to the
 * current month, never the future, never past December. Newest first.
 */
export function assessableMonths(year: number, today: string, from?: string): string[] {
	const current = monthOf(today);
	const start = from && from > `${year}-01` ? from : `${year}-01`;
	const end = current < `${year}-12` ? current : `${year}-12`;
	const out: string[] = [];
	for (let m = end; m >= start; m = addMonths(m, -1)) out.push(m);
	return out;
}

/**
 * The first month a cell owes a self-assessment: the month its pilot began (a cell that enters
 * the pilot in December owes nothing for January to November), or an earlier month it filed
 * anyway. January when the pilot's start is unknown.
 */
export function firstOwedMonth(year: number, pilotSince: string | null | undefined, filed: Iterable<string>): string {
	let first = pilotSince && DATE_PATTERN.test(pilotSince.slice(0, 10)) ? monthOf(pilotSince) : `${year}-01`;
	for (const m of filed) if (m < first) first = m;
	return first < `${year}-01` ? `${year}-01` : first;
}

/** The months owed by `today`, newest first: from firstOwedMonth() to the current month (or December). */
export function owedMonths(year: number, today: string, pilotSince: string | null | undefined, filed: Iterable<string>): string[] {
	return assessableMonths(year, today, firstOwedMonth(year, pilotSince, filed));
}

/**
 * The month the cell should be working on now: last month while its deadline has not passed
 * and it is not filed yet, otherwise the current month. After the programme year (January of the
 * next year), December, the last month the programme has; never a month before its January.
 */
export function monthDueNow(today: string, dueDay: number, filed: Set<string> | string[], year?: number): string {
	const done = filed instanceof Set ? filed : new Set(filed);
	const current = monthOf(today);
	if (year !== undefined && current > `${year}-12`) return `${year}-12`;
	const previous = addMonths(current, -1);
	// In January, last December belongs to last year's programme, not to this one.
	const inYear = year === undefined || previous >= `${year}-01`;
	if (inYear && !done.has(previous) && today <= selfAssessmentDue(previous, dueDay)) return previous;
	return current;
}

export type DueStatus = 'filed' | 'open' | 'overdue';

/** Whether the assessment of `month` is filed, still open, or overdue on `today`. */
export function dueStatus(month: string, dueDay: number, today: string, filed: boolean): DueStatus {
	if (filed) return 'filed';
	return today > selfAssessmentDue(month, dueDay) ? 'overdue' : 'open';
}
