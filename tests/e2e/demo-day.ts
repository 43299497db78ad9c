// The day the e2e run takes as today (the KIEUMAU_TODAY that `npm test` chose, else today in
// Vietnam), and the demo the seed built for it (scripts/lib/seed-demo.mjs). Expected dates,
// months and years are computed here from the same clock and the same picture, never written
// as literals, so the suite passes on any day.
import { monthKey } from '../../scripts/lib/demo-calendar.mjs';
import { demoPlan } from '../../scripts/lib/seed-demo.mjs';
import { today } from '../../src/lib/domain/clock';
import { formatIsoDate, formatMonth, monthDueNow, selfAssessmentDue } from '../../src/lib/domain/deadlines';

export const TODAY = today();
export const DEMO = demoPlan(TODAY);
/** The current year, and the year whose year-end evaluation is under way in the demo. */
export const YEAR = DEMO.cal.year;
export const YEAR_END = DEMO.cal.yearEnd;
export { formatIsoDate, formatMonth };

type Journey = { cell: string; year: number; first?: number; last?: number; count?: number };

/** A cell's demo journey in the current picture (its latest year when it has two). */
export function journey(cell: string): Journey {
	const found = (DEMO.journeys as Journey[]).filter((j) => j.cell === cell).sort((a, b) => b.year - a.year)[0];
	if (!found) throw new Error(`no demo journey for ${cell}`);
	return found;
}

/** The months a cell has self-assessed in the demo ("YYYY-MM"). */
export function filedMonths(cell: string): string[] {
	const j = journey(cell);
	const out: string[] = [];
	if (j.first !== undefined && j.last !== undefined) for (let m = j.first; m <= j.last; m++) out.push(monthKey(m));
	return out;
}

/** The month a pilot cell should self-assess now, with its deadline ("YYYY-MM-DD"). */
export function monthDue(cell: string): { month: string; due: string } {
	const month = monthDueNow(TODAY, 5, filedMonths(cell), journey(cell).year);
	return { month, due: selfAssessmentDue(month, 5) };
}

/** "YYYY-MM-DD", `n` days before today. */
export function daysAgo(n: number): string {
	return new Date(Date.parse(TODAY) - n * 86_400_000).toISOString().slice(0, 10);
}
