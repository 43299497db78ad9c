// Excel dates have no time zone: a cell holds a calendar day. PocketBase stores instants in UTC,
// and the pages show them as the day in Việt Nam (src/lib/format.ts), so the export converts to
// that same calendar day and writes it as midnight UTC, which exceljs stores as a whole serial.
import { today } from '$lib/domain/clock';

const TZ = 'Asia/Ho_Chi_Minh';
const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-03-05", "2026-03-05 18:00:00.000Z" or a Date → that day in Việt Nam at 00:00 UTC; else null. */
export function parseVietnamDate(value: unknown): Date | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : vietnamDay(value);
	if (typeof value !== 'string' || !value) return null;
	const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (dateOnly) return new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
	const d = new Date(value.replace(' ', 'T'));
	return Number.isNaN(d.getTime()) ? null : vietnamDay(d);
}

function vietnamDay(d: Date): Date {
	const [y, m, day] = dayParts.format(d).split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, day!));
}

/** Today's date parts in Việt Nam (the product's clock): the date printed on an export. */
export function todayInVietnamParts(date: string = today()): { day: number; month: number; year: number } {
	const [year, month, day] = date.split('-').map(Number);
	return { day: day!, month: month!, year: year! };
}
