// Text and dates as they come in: one form of every Vietnamese letter (NFC), a folded key for
// searching without diacritics, and the window of years a programme's dates may fall in.
// Used by the forms (zod), and by the hooks through the bundle (hooks-entry.ts).
import { currentYear } from './clock';
import { isRealDate } from './deadlines';

/** The composed form (NFC): "Thụy" typed with combining marks (NFD) becomes the one stored form. */
export function nfc(text: string): string {
	return text.normalize('NFC');
}

/**
 * The search key of a text: lower case, without diacritics, đ → d, spaces collapsed.
 * "Chi bộ Thụy Xuân" and "chi bo thuy xuan" fold to the same key.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Years before and after the programme's year that its records' dates may fall in. */
export const DATE_WINDOW_YEARS = 1;

/** The first and last year a record of a programme of `year` may be dated in. */
export function dateWindow(year: number): { from: number; to: number } {
	return { from: year - DATE_WINDOW_YEARS, to: year + DATE_WINDOW_YEARS };
}

export function dateWindowMessage(from: number, to: number): string {
	return `Ngày phải trong khoảng từ năm ${from} đến năm ${to}.`;
}

/**
 * Why a date ("YYYY-MM-DD", or PocketBase's "YYYY-MM-DD HH:MM:SS.sssZ") cannot belong to a
 * programme of `year`, or null. An empty date is not this check's business (required is).
 */
export function dateWindowProblem(date: string, year: number): string | null {
	const day = date.slice(0, 10);
	if (!day) return null;
	if (!isRealDate(day)) return 'Ngày không hợp lệ.';
	const { from, to } = dateWindow(year);
	const y = Number(day.slice(0, 4));
	return y < from || y > to ? dateWindowMessage(from, to) : null;
}

/**
 * The same check in a form, which does not know the programme's year: the programmes a person
 * works in are this year's and last year's, so their window runs from two years back to next year.
 * The server then holds each record to its own programme's window.
 */
export function formDateProblem(date: string): string | null {
	const day = date.slice(0, 10);
	if (!day || !isRealDate(day)) return null;
	const year = currentYear();
	const from = year - 1 - DATE_WINDOW_YEARS;
	const to = year + DATE_WINDOW_YEARS;
	const y = Number(day.slice(0, 4));
	return y < from || y > to ? dateWindowMessage(from, to) : null;
}
