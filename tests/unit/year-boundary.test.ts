// The year boundary is behaviour: a programme's last month is filed in the next year, its
// reminders and escalations run across 31/12 → 01/01, a deadline may fall on 29/02, and a cell
// that enters the pilot late owes no earlier month. Every date is passed explicitly.
import { describe, expect, it } from 'vitest';
import { demoCalendar, journeyMonths, monthKey } from '../../scripts/lib/demo-calendar.mjs';
import { demoPlan } from '../../scripts/lib/seed-demo.mjs';
import { dueStatus, firstOwedMonth, monthDueNow, owedMonths, selfAssessmentDue } from '../../src/lib/domain/deadlines';
import { parseProgrammeConfig } from '../../src/lib/domain/programme-config';
import { remindersFor, type ReminderEnrollment } from '../../src/lib/domain/reminders';

const config = parseProgrammeConfig({});
const months = (year: number, from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
const brief = (list: ReturnType<typeof remindersFor>) => list.map((n) => `${n.kind}:${n.phase}:${n.ref}:${n.audience}:${n.days}`);

describe('in January, last year’s programme goes on', () => {
	const filed = months(2026, 3, 11);

	it('a cell still files December’s self-assessment for last year’s programme', () => {
		expect(monthDueNow('2027-01-04', 5, filed, 2026)).toBe('2026-12');
		expect(owedMonths(2026, '2027-01-04', '2026-03-01', filed)[0]).toBe('2026-12');
		expect(dueStatus('2026-12', 5, '2027-01-05', false)).toBe('open');
		expect(dueStatus('2026-12', 5, '2027-01-06', false)).toBe('overdue');
		// Once December is filed, there is nothing more to file in last year's programme.
		expect(monthDueNow('2027-02-10', 5, [...filed, '2026-12'], 2026)).toBe('2026-12');
		expect(owedMonths(2026, '2027-02-10', '2026-03-01', filed)).toHaveLength(10);
	});

	it('this year’s programme never asks for last December', () => {
		expect(monthDueNow('2027-01-04', 5, [], 2027)).toBe('2027-01');
		expect(owedMonths(2027, '2027-01-04', '2027-01-02', [])).toEqual(['2027-01']);
	});

	it('reminders and escalations run across 31/12 → 01/01', () => {
		const e: ReminderEnrollment = { state: 'pilot', step: 0, year: 2026, since: '2026-03-01', pilotSince: '2026-03-01', filedMonths: filed };
		// December is due on 05/01: reminded from 02/01 (3 days ahead), overdue on 06/01, escalated on 12/01.
		expect(brief(remindersFor(e, config, '2026-12-31'))).toEqual([]);
		expect(brief(remindersFor(e, config, '2027-01-02'))).toEqual(['self_assessment:due:2026-12:secretaries:3']);
		expect(brief(remindersFor(e, config, '2027-01-06'))).toEqual(['self_assessment:overdue:2026-12:secretaries:1']);
		expect(brief(remindersFor(e, config, '2027-01-12'))).toEqual([
			'self_assessment:overdue:2026-12:secretaries:7',
			'self_assessment:escalated:2026-12:cellCommittee:7'
		]);
		// A decision left waiting since 28/12 escalates on 04/01 of the next year.
		const waiting: ReminderEnrollment = { state: 'recognition', step: 1, year: 2026, since: '2026-12-28', pilotSince: '2026-03-01', filedMonths: [] };
		expect(brief(remindersFor(waiting, config, '2027-01-03'))).toEqual([]);
		expect(brief(remindersFor(waiting, config, '2027-01-04'))).toEqual(['decision:escalated:recognition.1.2026-12-28:committeeAbove:7']);
	});
});

describe('a deadline on 29/02', () => {
	it('falls on the leap day and is counted in real days', () => {
		// The monthly due day stays 1–28, so that every month has it, February too.
		expect(() => parseProgrammeConfig({ selfAssessmentDueDay: 29 })).toThrow('Ngày phải từ 1 đến 28');
		// A plan due 30 days after 30/01/2028 is due on 29/02/2028.
		const e: ReminderEnrollment = { state: 'planning', step: 0, year: 2028, since: '2028-01-30', pilotSince: null, filedMonths: [] };
		expect(brief(remindersFor(e, config, '2028-02-26'))).toEqual(['plan:due:2028-01-30:secretaries:3']);
		expect(brief(remindersFor(e, config, '2028-02-29'))).toEqual(['plan:due:2028-01-30:secretaries:0']);
		expect(brief(remindersFor(e, config, '2028-03-01'))).toEqual(['plan:overdue:2028-01-30:secretaries:1']);
		// February's self-assessment is due on 05/03 whatever the year's length.
		expect(selfAssessmentDue('2028-02', 5)).toBe('2028-03-05');
		expect(monthDueNow('2028-02-29', 5, [], 2028)).toBe('2028-02');
	});
});

describe('a cell that enters the pilot in December', () => {
	it('owes no earlier month', () => {
		expect(firstOwedMonth(2026, '2026-12-06', [])).toBe('2026-12');
		expect(owedMonths(2026, '2026-12-06', '2026-12-06', [])).toEqual(['2026-12']);
		const e: ReminderEnrollment = { state: 'pilot', step: 0, year: 2026, since: '2026-12-06', pilotSince: '2026-12-06', filedMonths: [] };
		expect(brief(remindersFor(e, config, '2026-12-20'))).toEqual([]);
		expect(brief(remindersFor(e, config, '2027-01-03'))).toEqual(['self_assessment:due:2026-12:secretaries:2']);
	});
	it('but a month it filed before is owed from there on', () => {
		expect(firstOwedMonth(2026, '2026-12-06', ['2026-09'])).toBe('2026-09');
		expect(owedMonths(2026, '2026-12-06', '2026-12-06', ['2026-09'])).toEqual(['2026-12', '2026-11', '2026-10', '2026-09']);
	});
});

describe('the demo on any day', () => {
	it('puts the year-end in this year from November and in last year before', () => {
		expect(demoCalendar('2026-11-02').yearEnd).toBe(2026);
		expect(demoCalendar('2027-01-04').yearEnd).toBe(2026);
		expect(demoCalendar('2027-10-31').yearEnd).toBe(2026);
	});
	it('files the months whose deadline has passed, and leaves last month open while it is due', () => {
		const early = journeyMonths(demoCalendar('2027-03-04'), { kind: 'pilot', months: 10 });
		expect([monthKey(early.first), monthKey(early.last)]).toEqual(['2027-01', '2027-01']);
		const later = journeyMonths(demoCalendar('2027-03-06'), { kind: 'pilot', months: 10 });
		expect(monthKey(later.last)).toBe('2027-02');
		// In January the pilot is last year's, with December due until 05/01.
		const january = journeyMonths(demoCalendar('2027-01-04'), { kind: 'pilot', months: 10 });
		expect([january.year, monthKey(january.last), january.count]).toEqual([2026, '2026-11', 10]);
	});
	it('has every stage of the tour on every day of a leap year, in a programme that exists', () => {
		const stages = ['draft', 'selection', 'returned', 'rejected', 'pilot', 'review', 'reviewed', 'evaluation', 'classification', 'recognition', 'recognized', 'not_recognized'];
		for (let t = Date.parse('2028-01-01'); t <= Date.parse('2028-12-31'); t += 86_400_000) {
			const day = new Date(t).toISOString().slice(0, 10);
			type Journey = { programme: string; to: string; cell: string; first?: number; last?: number; count?: number; ready?: boolean };
			const plan = demoPlan(day) as unknown as { programmes: { code: string }[]; journeys: Journey[] };
			const codes = new Set(plan.programmes.map((p) => p.code));
			expect(plan.journeys.filter((j) => !codes.has(j.programme)), day).toEqual([]);
			expect(stages.filter((s) => !plan.journeys.some((j) => j.to === s)), day).toEqual([]);
			for (const j of plan.journeys) {
				if (j.last === undefined) continue;
				// Never a month not yet due, and a year-end evaluation always has its six months.
				expect(monthKey(j.last) < day.slice(0, 7), `${day} ${j.cell}`).toBe(true);
				if (j.ready) expect(j.count, `${day} ${j.cell}`).toBeGreaterThanOrEqual(6);
				// A late cell always owes the month after its last one, in the same programme year.
				if ((j as { late?: boolean }).late) {
					expect(monthKey(j.last + 1) < day.slice(0, 7), `${day} ${j.cell}`).toBe(true);
					expect(monthKey(j.last + 1).slice(0, 4), `${day} ${j.cell}`).toBe(monthKey(j.last).slice(0, 4));
				}
			}
		}
	});
});
