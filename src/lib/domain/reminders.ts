// Reminders and escalations: what falls due, what is overdue, and who must hear of it, given
// today, one enrolment and its programme's configuration. Pure, so the daily job in pb_hooks
// (pb_hooks/lib/reminders.js, through the domain bundle) and the unit tests run the same rules.
//
// Four kinds of deadline (programme config `deadlines`, `selfAssessmentDueDay`):
//   self_assessment  the assessment of month M is due on `selfAssessmentDueDay` of M+1, for every
//                    month of the programme year whose deadline falls after the pilot began;
//   plan             the resolution and plan are due `planDueDays` after the cell entered planning;
//   review           the mid-term review is to be concluded `reviewDueDays` after it was opened;
//   decision         a committee's pending decision (selection, plan, classification,
//                    recognition) waiting `escalateAfterDays` goes to the committee above.
// For the first three: `remindDaysBefore` days before the deadline the people responsible get a
// reminder, the day after it an overdue notice, and `escalateAfterDays` after it the officers
// of the committee above are told (escalated).
//
// Dates are "YYYY-MM-DD" in Vietnam's calendar. Nothing here uses Intl or timers: the bundle runs
// in PocketBase's goja engine.

import { ASSESSING_STATES } from './writable-states';
import { formatIsoDate, formatMonth, owedMonths, selfAssessmentDue } from './deadlines';
import { stateLabel } from './lifecycle-labels';
import type { ProgrammeConfig } from './programme-config';

export type ReminderKind = 'self_assessment' | 'plan' | 'review' | 'decision';
export type NoticePhase = 'due' | 'overdue' | 'escalated';

/**
 * Who hears of a notice, resolved to people by the job:
 *   secretaries       the cell's secretaries;
 *   cellCommittee     the officers of the cell's direct committee (its parent unit);
 *   reviewers         the inspectors and member in charge assigned to the enrolment, and the
 *                     officers of the committee deciding the review (`awaiting`);
 *   committeeAbove    the officers of the committee above the awaited one.
 */
export { ASSESSING_STATES };

export type Audience = 'secretaries' | 'cellCommittee' | 'reviewers' | 'committeeAbove';

/** States in which a committee owes a decision that can wait too long (review has its own deadline). */
export const DECISION_STATES = ['selection', 'plan_review', 'classification', 'recognition'] as const;
/** Every state the daily job looks at. */
export const REMINDER_STATES = ['planning', ...ASSESSING_STATES, ...DECISION_STATES] as const;

/** What the job knows of one enrolment. */
export interface ReminderEnrollment {
	state: string;
	step: number;
	/** Programme year: only its months are self-assessed. */
	year: number;
	/** Vietnam date it entered its current state and step (`stateChangedAt`). */
	since: string | null;
	/** Vietnam date it first entered the pilot (`enrollments.pilotSince`). */
	pilotSince: string | null;
	/** Months ("YYYY-MM") already self-assessed. */
	filedMonths: Iterable<string>;
}

export interface Notice {
	kind: ReminderKind;
	phase: NoticePhase;
	/** What the deadline is about, unique per enrolment and kind: the month, or the start date. */
	ref: string;
	/** The deadline ("YYYY-MM-DD"). */
	dueOn: string;
	audience: Audience;
	/** Days left before the deadline (due), or days past it (overdue, escalated). */
	days: number;
}

// ─── Dates (Vietnam is UTC+7 all year: no daylight saving) ───────────────────────────────────

const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The Vietnam calendar date of an instant: a Date, or PocketBase's "YYYY-MM-DD HH:MM:SS.sssZ". */
export function vietnamDate(value: string | Date | null | undefined): string | null {
	if (!value) return null;
	const d = value instanceof Date ? value : new Date(String(value).trim().replace(' ', 'T'));
	const t = d.getTime();
	if (Number.isNaN(t)) return null;
	return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 10);
}

function utcDay(date: string): number {
	return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function addDays(date: string, n: number): string {
	return new Date(utcDay(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

// ─── What is due ─────────────────────────────────────────────────────────────────────────────

/**
 * The notices of one deadline on `today`: a reminder to `responsible` from `remindDaysBefore`
 * days before up to the deadline itself, an overdue notice after it, and an escalation to
 * `above` once it is `escalateAfterDays` overdue. The job sends each notice once (keys), so a
 * day it did not run is caught up the next day.
 */
function deadlineNotices(
	kind: ReminderKind,
	ref: string,
	dueOn: string,
	today: string,
	config: ProgrammeConfig,
	responsible: Audience,
	above: Audience
): Notice[] {
	const { remindDaysBefore, escalateAfterDays } = config.deadlines;
	const late = daysBetween(dueOn, today);
	const out: Notice[] = [];
	if (late <= 0 && -late <= remindDaysBefore) out.push({ kind, phase: 'due', ref, dueOn, audience: responsible, days: -late });
	if (late > 0) out.push({ kind, phase: 'overdue', ref, dueOn, audience: responsible, days: late });
	if (late >= escalateAfterDays) out.push({ kind, phase: 'escalated', ref, dueOn, audience: above, days: late });
	return out;
}

/**
 * The months whose self-assessment is expected by `today`: months of the programme year from the
 * month the pilot began (or an earlier month the cell filed) up to the current one.
 */
export function expectedMonths(e: ReminderEnrollment, config: ProgrammeConfig, today: string): string[] {
	const start = e.pilotSince ?? e.since;
	if (!start) return [];
	return owedMonths(e.year, today, start, e.filedMonths).reverse();
}

/** Every notice the enrolment calls for on `today` (sent or not: the job skips those it has sent). */
export function remindersFor(e: ReminderEnrollment, config: ProgrammeConfig, today: string): Notice[] {
	const out: Notice[] = [];
	if ((ASSESSING_STATES as readonly string[]).indexOf(e.state) >= 0) {
		const filed = new Set(e.filedMonths);
		for (const month of expectedMonths(e, config, today)) {
			if (filed.has(month)) continue;
			const due = selfAssessmentDue(month, config.selfAssessmentDueDay);
			out.push(...deadlineNotices('self_assessment', month, due, today, config, 'secretaries', 'cellCommittee'));
		}
	}
	if (!e.since) return out;
	if (e.state === 'planning') {
		const due = addDays(e.since, config.deadlines.planDueDays);
		out.push(...deadlineNotices('plan', e.since, due, today, config, 'secretaries', 'cellCommittee'));
	}
	if (e.state === 'review') {
		const due = addDays(e.since, config.deadlines.reviewDueDays);
		out.push(...deadlineNotices('review', e.since, due, today, config, 'reviewers', 'committeeAbove'));
	}
	if ((DECISION_STATES as readonly string[]).indexOf(e.state) >= 0) {
		// A decision has no deadline of its own: waiting `escalateAfterDays` is too long.
		const due = addDays(e.since, config.deadlines.escalateAfterDays);
		const late = daysBetween(e.since, today);
		if (late >= config.deadlines.escalateAfterDays) {
			out.push({ kind: 'decision', phase: 'escalated', ref: `${e.state}.${e.step}.${e.since}`, dueOn: due, audience: 'committeeAbove', days: late });
		}
	}
	return out;
}

// ─── How a notice reads ──────────────────────────────────────────────────────────────────────

const KEY_PREFIX: Record<ReminderKind, string> = { self_assessment: 'sa', plan: 'plan', review: 'review', decision: 'decision' };

/** The notice's identity for one person: sent once, whatever how often the job runs. */
export function noticeKey(n: Pick<Notice, 'kind' | 'phase' | 'ref'>, enrollmentId: string, userId: string): string {
	return `${KEY_PREFIX[n.kind]}-${n.phase}:${enrollmentId}:${n.ref}:${userId}`;
}

/** Stored `kind` of a notification: "self_assessment_due", "plan_escalated", … */
export function noticeKind(n: Pick<Notice, 'kind' | 'phase'>): string {
	return `${n.kind}_${n.phase}`;
}

/**
 * The Vietnamese texts, with {placeholders}: the message ids of the catalogue, so the page can
 * show a stored notification in the reader's language from its kind and params.
 */
export const NOTICE_TEXTS: Record<string, { title: string; body: string }> = {
	self_assessment_due: {
		title: 'Sắp đến hạn tự đánh giá tháng {month}',
		body: '{cell} cần nộp bản tự đánh giá tháng {month} trước hạn {due} (còn {days} ngày).'
	},
	self_assessment_overdue: {
		title: 'Quá hạn tự đánh giá tháng {month}',
		body: '{cell} chưa nộp bản tự đánh giá tháng {month}; hạn là {due}.'
	},
	self_assessment_escalated: {
		title: '{cell} quá hạn tự đánh giá tháng {month}',
		body: '{cell} chưa nộp bản tự đánh giá tháng {month}, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc chi bộ.'
	},
	plan_due: {
		title: 'Sắp đến hạn gửi nghị quyết và kế hoạch',
		body: '{cell} cần gửi nghị quyết chuyên đề và kế hoạch thực hiện trước hạn {due} (còn {days} ngày).'
	},
	plan_overdue: {
		title: 'Quá hạn gửi nghị quyết và kế hoạch',
		body: '{cell} chưa gửi nghị quyết chuyên đề và kế hoạch thực hiện; hạn là {due}.'
	},
	plan_escalated: {
		title: '{cell} chậm gửi nghị quyết và kế hoạch',
		body: '{cell} chưa gửi nghị quyết chuyên đề và kế hoạch thực hiện, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc chi bộ.'
	},
	review_due: {
		title: 'Sắp đến hạn kết luận sơ kết',
		body: 'Sơ kết của {cell} cần được kết luận trước hạn {due} (còn {days} ngày).'
	},
	review_overdue: {
		title: 'Quá hạn kết luận sơ kết',
		body: 'Sơ kết của {cell} chưa được kết luận; hạn là {due}.'
	},
	review_escalated: {
		title: 'Sơ kết của {cell} chậm kết luận',
		body: '{committee} chưa kết luận sơ kết của {cell}, đã quá hạn {due} {days} ngày. Đề nghị đồng chí đôn đốc.'
	},
	decision_escalated: {
		title: 'Hồ sơ của {cell} chờ quyết định quá lâu',
		body: '{committee} chưa quyết định hồ sơ của {cell} ({state}) đã {days} ngày. Đề nghị đồng chí đôn đốc.'
	}
};

export type NoticeParams = Record<string, string | number>;

/** The values of a notice's placeholders. `committee`: the committee awaited (review, decision). */
export function noticeParams(n: Notice, e: { state: string }, cellName: string, committeeName: string): NoticeParams {
	return {
		cell: cellName,
		month: n.kind === 'self_assessment' ? formatMonth(n.ref) : '',
		due: formatIsoDate(n.dueOn),
		days: n.days,
		committee: committeeName,
		state: stateLabel(e.state)
	};
}

function fill(text: string, params: NoticeParams): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The Vietnamese title and body of a stored notification. */
export function noticeText(kind: string, params: NoticeParams): { title: string; body: string } {
	const t = NOTICE_TEXTS[kind];
	if (!t) return { title: '', body: '' };
	return { title: fill(t.title, params), body: fill(t.body, params) };
}

/** Where the notice takes its reader: the form to fill, or the file. */
export function noticeLink(n: Pick<Notice, 'kind' | 'phase' | 'ref'>, enrollmentId: string): string {
	if (n.phase !== 'escalated' && n.kind === 'self_assessment') return `/enrollments/${enrollmentId}/assessments?thang=${n.ref}`;
	if (n.phase !== 'escalated' && n.kind === 'plan') return `/enrollments/${enrollmentId}/plan`;
	return `/enrollments/${enrollmentId}`;
}
