// Vietnamese presentation: dd/mm/yyyy dates, Vietnamese alphabetical order, durations in words.

import { now as clockNow } from '$lib/domain/clock';

const TZ = 'Asia/Ho_Chi_Minh';
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** PocketBase dates are "YYYY-MM-DD HH:MM:SS.sssZ"; Date wants a "T". */
function parse(value: string | Date | null | undefined): Date | null {
	if (!value) return null;
	const d = value instanceof Date ? value : new Date(String(value).replace(' ', 'T'));
	return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDate(value: string | Date | null | undefined): string {
	const d = parse(value);
	return d ? d.toLocaleDateString('vi-VN', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' }) : '';
}

export function formatDateTime(value: string | Date | null | undefined): string {
	const d = parse(value);
	if (!d) return '';
	const time = d.toLocaleTimeString('vi-VN', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hour12: false });
	return `${time} ${formatDate(d)}`;
}

type Say = (message: string, params: { n: number }) => string;
const inVietnamese: Say = (message, { n }) => message.replace('{n}', String(n));

/**
 * "3 ngày", "5 giờ", "vừa xong": how long something has been waiting. The words are message ids:
 * a page passes its `t` to have them in the reader's language.
 */
export function waitingFor(since: string | Date | null | undefined, now: Date = clockNow(), say: Say = inVietnamese): string {
	const d = parse(since);
	if (!d) return '';
	const minutes = Math.max(0, Math.floor((now.getTime() - d.getTime()) / 60000));
	if (minutes < 60) return minutes < 2 ? say('vừa xong', { n: 0 }) : say('{n} phút', { n: minutes });
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return say('{n} giờ', { n: hours });
	return say('{n} ngày', { n: Math.floor(hours / 24) });
}

export function compareVi(a: string, b: string): number {
	return collator.compare(a, b);
}

export function sortByName<T extends { name: string }>(items: T[]): T[] {
	return [...items].sort((a, b) => compareVi(a.name, b.name));
}

export function formatPercent(part: number, whole: number): string {
	if (!whole) return '–';
	return `${((part / whole) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
