import { describe, expect, it } from 'vitest';
import { EN } from '../../src/lib/i18n/en';
import { parseProgrammeConfig } from '../../src/lib/domain/programme-config';
import {
	addDays,
	daysBetween,
	expectedMonths,
	NOTICE_TEXTS,
	noticeKey,
	noticeLink,
	noticeParams,
	noticeText,
	remindersFor,
	vietnamDate,
	type ReminderEnrollment
} from '../../src/lib/domain/reminders';

// QĐ 366 defaults: self-assessment due on the 5th; plan and review 30 days; remind 3 days
// before; escalate 7 days after.
const config = parseProgrammeConfig({});

const pilot = (over: Partial<ReminderEnrollment> = {}): ReminderEnrollment => ({
	state: 'pilot',
	step: 0,
	year: 2026,
	since: '2026-03-10',
	pilotSince: '2026-03-10',
	filedMonths: [],
	...over
});
const brief = (list: ReturnType<typeof remindersFor>) => list.map((n) => `${n.kind}:${n.phase}:${n.ref}:${n.audience}:${n.days}`);

describe('dates in Vietnam', () => {
	it('reads PocketBase datetimes in Vietnam time (UTC+7)', () => {
		expect(vietnamDate('2026-11-22 16:59:59.000Z')).toBe('2026-11-22');
		expect(vietnamDate('2026-11-22 17:00:00.000Z')).toBe('2026-11-23');
		expect(vietnamDate('')).toBeNull();
		expect(vietnamDate('nonsense')).toBeNull();
	});
	it('adds and counts days across months and years', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-11-22', '2026-12-05')).toBe(13);
		expect(daysBetween('2026-12-05', '2026-11-22')).toBe(-13);
	});
});

describe('monthly self-assessment', () => {
	it('expects the months whose deadline falls after the pilot began, up to this month', () => {
		// Pilot from 10 March: February (due 5 March) is not owed, March (due 5 April) is.
		expect(expectedMonths(pilot(), config, '2026-05-20')).toEqual(['2026-03', '2026-04', '2026-05']);
		// Never past the programme year.
		expect(expectedMonths(pilot(), config, '2027-02-01').at(-1)).toBe('2026-12');
	});

	it('reminds the secretary from 3 days before the deadline to the deadline itself', () => {
		const filed = ['2026-03'];
		expect(brief(remindersFor(pilot({ filedMonths: filed }), config, '2026-05-01'))).toEqual([]);
		expect(brief(remindersFor(pilot({ filedMonths: filed }), config, '2026-05-02'))).toEqual([
			'self_assessment:due:2026-04:secretaries:3'
		]);
		expect(brief(remindersFor(pilot({ filedMonths: filed }), config, '2026-05-05'))).toEqual([
			'self_assessment:due:2026-04:secretaries:0'
		]);
	});

	it('tells the secretary once overdue, and the committee above after 7 days overdue', () => {
		const e = pilot({ filedMonths: ['2026-03'] });
		expect(brief(remindersFor(e, config, '2026-05-06'))).toEqual(['self_assessment:overdue:2026-04:secretaries:1']);
		expect(brief(remindersFor(e, config, '2026-05-12'))).toEqual([
			'self_assessment:overdue:2026-04:secretaries:7',
			'self_assessment:escalated:2026-04:cellCommittee:7'
		]);
	});

	it('says nothing for a filed month, nor outside the assessing states', () => {
		const e = pilot({ filedMonths: ['2026-03', '2026-04'] });
		expect(remindersFor(e, config, '2026-05-03')).toEqual([]);
		expect(remindersFor({ ...e, filedMonths: [], state: 'classification', since: '2026-05-03' }, config, '2026-05-03')).toEqual([]);
	});

	it('keeps reminding while under review and in the year-end evaluation', () => {
		for (const state of ['review', 'evaluation']) {
			const e = pilot({ state, since: '2026-04-20', filedMonths: ['2026-03'] });
			expect(brief(remindersFor(e, config, '2026-05-03')).filter((s) => s.startsWith('self_assessment'))).toEqual([
				'self_assessment:due:2026-04:secretaries:2'
			]);
		}
	});

	it('follows the programme: due day, lead time and escalation delay are data', () => {
		const custom = parseProgrammeConfig({ selfAssessmentDueDay: 10, deadlines: { remindDaysBefore: 5, escalateAfterDays: 2 } });
		const e = pilot({ filedMonths: ['2026-03'] });
		expect(brief(remindersFor(e, custom, '2026-05-05'))).toEqual(['self_assessment:due:2026-04:secretaries:5']);
		expect(brief(remindersFor(e, custom, '2026-05-12'))).toEqual([
			'self_assessment:overdue:2026-04:secretaries:2',
			'self_assessment:escalated:2026-04:cellCommittee:2'
		]);
	});
});

describe('plan, review and pending decisions', () => {
	it('dates the plan from the day the cell entered planning', () => {
		const e = pilot({ state: 'planning', since: '2026-02-01', pilotSince: null });
		// Due 3 March (30 days later).
		expect(brief(remindersFor(e, config, '2026-02-27'))).toEqual([]);
		expect(brief(remindersFor(e, config, '2026-02-28'))).toEqual(['plan:due:2026-02-01:secretaries:3']);
		expect(brief(remindersFor(e, config, '2026-03-10'))).toEqual([
			'plan:overdue:2026-02-01:secretaries:7',
			'plan:escalated:2026-02-01:cellCommittee:7'
		]);
	});

	it('reminds the reviewers of the review, and escalates to the committee above', () => {
		const e = pilot({ state: 'review', since: '2026-06-01', filedMonths: ['2026-03', '2026-04', '2026-05', '2026-06'] });
		expect(brief(remindersFor(e, config, '2026-06-28'))).toEqual(['review:due:2026-06-01:reviewers:3']);
		expect(brief(remindersFor(e, config, '2026-07-09'))).toEqual([
			'review:overdue:2026-06-01:reviewers:8',
			'review:escalated:2026-06-01:committeeAbove:8'
		]);
	});

	it('escalates a decision waiting longer than the escalation delay, once per state and step', () => {
		const e = pilot({ state: 'selection', step: 1, since: '2026-02-01', pilotSince: null });
		expect(remindersFor(e, config, '2026-02-07')).toEqual([]);
		const [n] = remindersFor(e, config, '2026-02-08');
		expect(n).toMatchObject({ kind: 'decision', phase: 'escalated', ref: 'selection.1.2026-02-01', audience: 'committeeAbove', days: 7 });
	});

	it('says nothing for closed or draft files', () => {
		for (const state of ['draft', 'recognized', 'withdrawn', 'rejected']) {
			expect(remindersFor(pilot({ state, since: '2026-01-01' }), config, '2026-12-31')).toEqual([]);
		}
	});
});

describe('how a notice reads', () => {
	const [n] = remindersFor(pilot({ filedMonths: ['2026-03'] }), config, '2026-05-02');

	it('has one key per notice, enrolment and person', () => {
		expect(noticeKey(n!, 'enr1', 'usr1')).toBe('sa-due:enr1:2026-04:usr1');
		expect(noticeKey({ ...n!, phase: 'escalated' }, 'enr1', 'usr1')).toBe('sa-escalated:enr1:2026-04:usr1');
	});

	it('writes Vietnamese with dd/mm/yyyy dates and links to the form', () => {
		const text = noticeText('self_assessment_due', noticeParams(n!, { state: 'pilot' }, 'Chi bộ khu Biểu Nghi', ''));
		expect(text.title).toBe('Sắp đến hạn tự đánh giá tháng 04/2026');
		expect(text.body).toBe('Chi bộ khu Biểu Nghi cần nộp bản tự đánh giá tháng 04/2026 trước hạn 05/05/2026 (còn 3 ngày).');
		expect(noticeLink(n!, 'enr1')).toBe('/enrollments/enr1/assessments?thang=2026-04');
		expect(noticeLink({ ...n!, phase: 'escalated' }, 'enr1')).toBe('/enrollments/enr1');
	});

	it('has an English translation of every text', () => {
		const missing = Object.values(NOTICE_TEXTS)
			.flatMap((t) => [t.title, t.body])
			.filter((id) => !(id in EN));
		expect(missing).toEqual([]);
	});
});
