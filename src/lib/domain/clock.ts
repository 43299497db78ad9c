// The product's one clock. Every business date ("today in Vietnam", the current month, the
// programme year, a deadline's distance) comes from here, in SvelteKit's server, in the hooks
// (through the domain bundle), in the daily cron, in the seed, the benchmarks and the browser.
// Nothing else reads the system date for a business purpose (tests/unit/clock.test.ts greps).
//
// KIEUMAU_TODAY=YYYY-MM-DD (environment) makes the whole product take that date as today in
// Vietnam; the time of day still comes from the real clock. Production leaves it unset. Record
// timestamps (`created`, `updated`) stay real: PocketBase writes them, not this module.
//
// Where the date comes from: Node's `process.env` on the server and in scripts, PocketBase's
// `$os.getenv` in the hooks (goja), and in the browser the date the server rendered the page
// with (`useServerToday`), so a page never trusts the device's calendar.

declare const $os: { getenv(name: string): string } | undefined;

/** Vietnam is UTC+7 all year: no daylight saving. */
export const VN_OFFSET_MS = 7 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;
const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The environment variable that pins "today" (contract: acceptance checks rely on the name). */
export const TODAY_ENV = 'KIEUMAU_TODAY';

/**
 * In the browser: how many days the server's date was ahead of the device's Vietnam date when
 * the page got it (0 normally; the gap of a pinned demo or a device with a wrong calendar).
 */
let serverShiftDays: number | null = null;

function realInstant(): number {
	return Date.now();
}

/** The Vietnam calendar date of an instant (ms since the epoch), "YYYY-MM-DD". */
export function vietnamDateOfInstant(ms: number): string {
	return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date in "YYYY-MM-DD" form ("2026-02-30" is not). */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const dt = new Date(Date.UTC(y, mo - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function fromEnvironment(): string | undefined {
	if (typeof process !== 'undefined' && process.env) return process.env[TODAY_ENV];
	if (typeof $os !== 'undefined' && $os) return $os.getenv(TODAY_ENV);
	return undefined;
}

/** The pinned date, if any: the environment's, else (in the browser) the server's. */
export function pinnedToday(): string | null {
	const value = (fromEnvironment() ?? '').trim();
	if (value) {
		if (!isCalendarDate(value)) throw new Error(`${TODAY_ENV}=${value} is not a date (YYYY-MM-DD)`);
		return value;
	}
	if (serverShiftDays === null) return null;
	return vietnamDateOfInstant(realInstant() + serverShiftDays * DAY_MS);
}

/**
 * In the browser: take "today" from the page's server data (the root layout passes it), so a
 * device with a wrong calendar, or a demo pinned with KIEUMAU_TODAY, shows the server's day.
 * Kept as a shift in days, not as the date itself: a tab left open overnight, or the review
 * note page opened offline from its cache days later, must still move on at midnight.
 * Only call it in the browser: on the server a module-level value would outlive midnight.
 */
export function useServerToday(date: string | null | undefined): void {
	serverShiftDays = isCalendarDate(date)
		? Math.round((Date.parse(date) - Date.parse(vietnamDateOfInstant(realInstant()))) / DAY_MS)
		: null;
}

/** Today's date in Vietnam, "YYYY-MM-DD". */
export function today(): string {
	return pinnedToday() ?? vietnamDateOfInstant(realInstant());
}

/**
 * Now, on the product's calendar: today's date with the real time of day. Use it for business
 * instants (when a state changed, when a notice was read); use realNow() for durations of work.
 */
export function now(): Date {
	const real = realInstant();
	const shift = Date.parse(today()) - Date.parse(vietnamDateOfInstant(real));
	return new Date(real + shift);
}

/** The real instant, for timings and record timestamps, never for a business date. */
export function realNow(): Date {
	return new Date(realInstant());
}

/** The current year in Vietnam. */
export function currentYear(): number {
	return Number(today().slice(0, 4));
}

/** The current month in Vietnam, "YYYY-MM". */
export function currentMonth(): string {
	return today().slice(0, 7);
}
