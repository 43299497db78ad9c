// Where the demo stands on a given day. The demo is seeded relative to today (the product's
// clock, so KIEUMAU_TODAY moves it), and looks the same on any day of any year:
//   - registrations, selection and planning are in the current year's programme;
//   - a pilot cell has filed every self-assessment whose deadline has passed, and the previous
//     month's while it is still due is left open (the home shows it due); its pilot sits in the
//     year of the last month it filed, so in January (and early February) the pilot cells are
//     still finishing LAST year's programme, filing December's self-assessment there;
//   - the year-end evaluation and recognition run in the current year from November, and before
//     that in the previous year's programme (in January the previous year's evaluations are
//     still running), so every stage of the tour exists on every day;
//   - from November, last year's programme is finished: ratings and recognitions, so the targets
//     dashboard has a year to compare with.
// Pure: the seed and the tests compute the same picture from the same date.

/** The programmes' self-assessment due day (DEFAULT_PROGRAMME_CONFIG.selfAssessmentDueDay). */
export const DUE_DAY = 5;
/** The months a cell needs before its year-end evaluation (DEFAULT_PROGRAMME_CONFIG.minSelfAssessments). */
export const MIN_MONTHS = 6;

const monthIndex = (year, month) => year * 12 + (month - 1);
export const yearOf = (index) => Math.floor(index / 12);
export const monthNumberOf = (index) => (index % 12) + 1;
export const monthKey = (index) => `${yearOf(index)}-${String(monthNumberOf(index)).padStart(2, '0')}`;

/** The calendar of the demo on `today` ("YYYY-MM-DD", Vietnam). */
export function demoCalendar(today) {
	const year = Number(today.slice(0, 4));
	const month = Number(today.slice(5, 7));
	const day = Number(today.slice(8, 10));
	const current = monthIndex(year, month);
	return {
		today,
		year,
		month,
		day,
		current,
		/** The last month a punctual cell has filed: last month once its deadline passed, else the one before. */
		lastFiled: current - (day > DUE_DAY ? 1 : 2),
		/** The programme year whose year-end evaluation is under way. */
		yearEnd: month >= 11 ? year : year - 1,
		previous: year - 1
	};
}

/**
 * The pilot of one journey: the programme year and the months it filed (`first`..`last`, month
 * indexes). `kind`: 'pilot' (pilot, review, reviewed), 'yearEnd' (the year-end steps), or
 * 'finished' (last year's completed journeys). `late`: the cell has not filed last month's yet,
 * even after its deadline (so it has a reminder or an overdue notice on every day). `ready`: it
 * has enough months for its year-end evaluation to start on any day.
 */
export function journeyMonths(cal, { kind, months, late = false, ready = false }) {
	let last;
	if (kind === 'pilot') {
		// A late cell has not filed last month's: in February that is January, a month of the new
		// programme, so it is December that it still owes in last year's.
		last = late ? cal.current - (cal.month === 2 ? 3 : 2) : cal.lastFiled;
		// `ready`: the cell can start its year-end evaluation (DEFAULT minSelfAssessments months
		// filed); early in the year that is still last year's pilot.
		if (ready && last - monthIndex(yearOf(last), 1) + 1 < MIN_MONTHS) last = monthIndex(cal.previous, 12) - (late ? 1 : 0);
	}
	else if (kind === 'yearEnd' && cal.yearEnd === cal.year) last = Math.min(monthIndex(cal.year, 10), cal.lastFiled);
	else if (kind === 'yearEnd') last = Math.min(monthIndex(cal.yearEnd, 12), cal.lastFiled);
	else last = monthIndex(cal.previous, 12);
	const year = kind === 'finished' ? cal.previous : kind === 'yearEnd' ? cal.yearEnd : yearOf(last);
	const count = Math.max(1, Math.min(months, last - monthIndex(year, 1) + 1));
	return { year, first: last - count + 1, last, count };
}

/** "YYYY-MM-DD", `n` days before `date`. */
export function daysBefore(date, n) {
	return new Date(Date.parse(date) - n * 24 * 3600 * 1000).toISOString().slice(0, 10);
}
