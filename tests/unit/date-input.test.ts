// Dates typed and read dd/mm/yyyy (issue 16, item 4): what the date field hands the form.
import { describe, expect, it } from 'vitest';
import { dayMonthYearToIso, isoToDayMonthYear, NOT_A_DATE } from '../../src/lib/date-input';
import { meetingSchema } from '../../src/lib/domain/forms/meeting';

describe('the date field', () => {
	it('reads an ISO date as dd/mm/yyyy', () => {
		expect(isoToDayMonthYear('2026-06-20')).toBe('20/06/2026');
		expect(isoToDayMonthYear('')).toBe('');
	});

	it.each([
		['20/06/2026', '2026-06-20'],
		['5/3/2026', '2026-03-05'],
		['05-03-2026', '2026-03-05'],
		['05.03.2026', '2026-03-05'],
		['05 03 2026', '2026-03-05'],
		['05032026', '2026-03-05'],
		['2026-03-05', '2026-03-05'],
		['', ''],
		['  ', '']
	])('takes %s as %s (day first, never month first)', (typed, iso) => {
		expect(dayMonthYearToIso(typed)).toBe(iso);
	});

	it('hands the form something the schema calls "not valid" for text that is no date', () => {
		for (const typed of ['12/13/2026', '32/01/2026', 'hôm qua', '1/2']) expect(dayMonthYearToIso(typed), typed).toBe(NOT_A_DATE);
		const date = (d: string) => meetingSchema.safeParse({ date: d, topic: 'Sinh hoạt', total: 1, present: 1 }).error?.issues.filter((i) => i.path[0] === 'date').map((i) => i.message);
		expect(date(dayMonthYearToIso('hôm qua'))).toEqual(['Ngày không hợp lệ.']);
		expect(date(dayMonthYearToIso('31/02/2026'))).toEqual(['Ngày không hợp lệ.']);
	});
});
