// Dates as people type and read them in Vietnam, in either language of the app: dd/mm/yyyy.
// Native date inputs follow the browser's locale (mm/dd/yyyy in an English browser), so the
// app's date fields are text fields that read dd/mm/yyyy and hand the form "YYYY-MM-DD", which
// the shared schemas and the server check as before.

const pad = (n: string) => n.padStart(2, '0');

/** "2026-06-20" → "20/06/2026"; anything else is shown as it is. */
export function isoToDayMonthYear(iso: string | null | undefined): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
	return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

/** What a form gets for text that is not a date: well formed, never a real day, so the schemas answer "Ngày không hợp lệ." */
export const NOT_A_DATE = '0000-02-31';

/**
 * The form value of a typed date: "" when empty, "YYYY-MM-DD" for 20/6/2026, 20-06-2026,
 * 20.06.2026, 20 06 2026, 20062026 or an ISO date (as pasted or filled), else NOT_A_DATE.
 * The day itself is not checked here (31/02 gives 2026-02-31): the schema refuses it.
 */
export function dayMonthYearToIso(text: string): string {
	const s = text.trim();
	if (!s) return '';
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
	m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
	if (m) {
		const [day, month] = [Number(m[1]), Number(m[2])];
		if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
	}
	return NOT_A_DATE;
}
