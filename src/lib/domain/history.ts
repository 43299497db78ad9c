// What of a cell's pilot is history: once a month's self-assessment is locked by the committee,
// or its due date has passed, the records of that month (meetings, plan tasks, and the members
// they name) are what the year-end classification rests on, and are kept: the cell may no
// longer delete them (pb_hooks/lib/history.js).
import { selfAssessmentDue } from './deadlines';

/** The states in which the pilot's records are history in the making, or already history. */
export const HISTORY_STATES = ['pilot', 'review', 'evaluation', 'classification', 'recognition', 'recognized', 'not_recognized'];

/**
 * Whether the records of `month` ("YYYY-MM") are kept: its self-assessment is locked, or today
 * (the product clock, "YYYY-MM-DD") is past its due date (`dueDay` of the following month).
 */
export function monthKept(month: string, opts: { today: string; dueDay: number; locked: boolean }): boolean {
	if (opts.locked) return true;
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return false;
	return opts.today > selfAssessmentDue(month, opts.dueDay);
}
