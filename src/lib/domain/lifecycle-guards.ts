// The lifecycle's guards: one predicate each, with the Vietnamese sentence shown when it fails.
//
// The machine (lifecycle.machine.ts) uses these by name, so the server's answer ("why not?") and
// the machine's behaviour come from the same predicate. Events arrive from the network, so
// payload checks never trust the TypeScript type of the event.
//
// Flags:
// - `payload`: depends on what the event carries (comment, score, rating, decision), not on the
//   data in the database. availableEvents() ignores these: the user has not typed anything yet.
// - `routing`: only chooses between the candidate transitions of one event (e.g. "last step or
//   not"); its failure is not a reason to refuse, so its message is not shown when another
//   candidate is in play.

import {
	MAX_SCORE,
	MIN_SCORE,
	RATING_LABELS,
	excellentCapAllows,
	isRating,
	ratingAtLeast,
	ratingForScore,
	ratingRank
} from './classification';
import type { LifecycleContext, LifecycleEvent } from './lifecycle-types';

export interface GuardArgs {
	context: LifecycleContext;
	event: LifecycleEvent;
}

export interface GuardSpec {
	check: (args: GuardArgs) => boolean;
	message: (args: GuardArgs) => string;
	payload: boolean;
	routing: boolean;
}

// Loose readers for event fields: the event object comes from a request body.
function field(event: LifecycleEvent, name: string): unknown {
	return (event as unknown as Record<string, unknown>)[name];
}

function nonEmptyText(value: unknown): boolean {
	return typeof value === 'string' && value.trim() !== '';
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): boolean {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isLastStep(context: LifecycleContext): boolean {
	// A chain of length 0 (should not happen) behaves like a chain of one committee.
	return context.step >= context.chainLength - 1;
}

function scoreOf(event: LifecycleEvent): number | null {
	const score = field(event, 'score');
	return typeof score === 'number' && isFinite(score) ? score : null;
}

function guard(
	check: GuardSpec['check'],
	message: GuardSpec['message'],
	flags: { payload?: boolean; routing?: boolean } = {}
): GuardSpec {
	return { check, message, payload: flags.payload === true, routing: flags.routing === true };
}

export const GUARDS = {
	// ── Approval chain routing ──────────────────────────────────────────────────────────────
	notLastStep: guard(
		({ context }) => !isLastStep(context),
		() => 'Đây là bước phê duyệt cuối cùng',
		{ routing: true }
	),
	lastStep: guard(
		({ context }) => isLastStep(context),
		({ context }) => `Còn ${context.chainLength - 1 - context.step} cấp phê duyệt phía sau`,
		{ routing: true }
	),

	// ── Data guards ─────────────────────────────────────────────────────────────────────────
	quotaAvailable: guard(
		({ context }) => context.quotaUsed < context.quotaMax,
		({ context }) =>
			`Đã đủ chỉ tiêu ${context.quotaMax} chi bộ loại hình này trong đảng bộ cấp huyện`
	),
	registrationFiled: guard(
		({ context }) => context.registrationFiled,
		() => 'Chưa điền mục tiêu, phấn đấu của chi bộ trong bản đăng ký'
	),
	planFiled: guard(
		({ context }) => context.planFiled,
		() => 'Chưa nộp nghị quyết và kế hoạch'
	),
	reviewNotConcluded: guard(
		({ context }) => !context.reviewConcluded,
		() => 'Đánh giá bước đầu (sơ kết) đã được kết luận'
	),
	reviewConcluded: guard(
		({ context }) => context.reviewConcluded,
		() => 'Chưa kết luận đánh giá bước đầu (sơ kết)'
	),
	enoughSelfAssessments: guard(
		({ context }) => context.selfAssessments >= context.minSelfAssessments,
		({ context }) =>
			`Cần ít nhất ${context.minSelfAssessments} bản tự đánh giá hằng tháng (hiện có ${context.selfAssessments})`
	),
	hasReviewNote: guard(
		({ context }) => context.reviewNotes >= 1,
		() => 'Chưa có biên bản kiểm tra nào cho đánh giá bước đầu'
	),

	// ── Payload guards ──────────────────────────────────────────────────────────────────────
	hasComment: guard(
		({ event }) => nonEmptyText(field(event, 'comment')),
		({ event }) =>
			event.type === 'REJECT'
				? 'Phải nêu lý do khi từ chối'
				: event.type === 'CLASSIFY'
					? 'Phải nhập nhận xét khi xếp loại'
					: 'Phải nhập ý kiến khi trả lại',
		{ payload: true }
	),
	scoreInRange: guard(
		({ event }) => {
			const score = scoreOf(event);
			return score !== null && score >= MIN_SCORE && score <= MAX_SCORE;
		},
		() => `Điểm phải là số từ ${MIN_SCORE} đến ${MAX_SCORE}`,
		{ payload: true }
	),
	ratingValid: guard(
		({ event }) => isRating(field(event, 'rating')),
		() => 'Chưa chọn mức xếp loại hợp lệ',
		{ payload: true }
	),
	ratingMatchesScore: guard(
		({ context, event }) => {
			const score = scoreOf(event);
			const rating = field(event, 'rating');
			// A missing score or rating is scoreInRange's and ratingValid's to refuse, with their
			// own message; this guard only judges a rating against a score.
			if (score === null || !isRating(rating)) return true;
			return ratingRank(rating) <= ratingRank(ratingForScore(score, context.thresholds));
		},
		({ context, event }) => {
			const score = scoreOf(event) ?? 0;
			const allowed = ratingForScore(score, context.thresholds);
			return `Với ${score} điểm, mức cao nhất được xếp là “${RATING_LABELS[allowed]}”`;
		},
		{ payload: true }
	),
	excellentCapOk: guard(
		({ context, event }) =>
			field(event, 'rating') !== 'excellent' ||
			excellentCapAllows({
				// The counts in context exclude the candidate; the cap counts it in both.
				excellent: context.excellentCount + 1,
				goodOrBetter: context.goodOrBetterCount + 1,
				capPct: context.excellentCapPct
			}),
		({ context }) =>
			`Số chi bộ hoàn thành xuất sắc nhiệm vụ không được vượt quá ${context.excellentCapPct}% số chi bộ hoàn thành tốt nhiệm vụ trở lên trong đảng bộ cơ sở (đã có ${context.excellentCount} xuất sắc trên ${context.goodOrBetterCount} tốt trở lên)`,
		{ payload: true }
	),
	ratingQualifies: guard(
		({ context, event }) => {
			const rating = field(event, 'rating');
			return isRating(rating) && ratingAtLeast(rating, context.recognitionLevel);
		},
		({ context }) =>
			`Chỉ mức “${RATING_LABELS[context.recognitionLevel]}” trở lên mới được đề nghị công nhận`,
		{ payload: true, routing: true }
	),
	ratingBelowRecognition: guard(
		({ context, event }) => {
			const rating = field(event, 'rating');
			return isRating(rating) && !ratingAtLeast(rating, context.recognitionLevel);
		},
		({ context }) =>
			`Mức xếp loại đạt “${RATING_LABELS[context.recognitionLevel]}” trở lên, hồ sơ chuyển sang công nhận`,
		{ payload: true, routing: true }
	),
	hasDecision: guard(
		({ event }) => {
			const decision = field(event, 'decision') as Record<string, unknown> | undefined | null;
			return (
				typeof decision === 'object' &&
				decision !== null &&
				nonEmptyText(decision.number) &&
				isIsoDate(decision.date) &&
				nonEmptyText(decision.signer)
			);
		},
		() => 'Phải nhập số, ngày (YYYY-MM-DD) và người ký quyết định công nhận',
		{ payload: true }
	)
} satisfies Record<string, GuardSpec>;

export type GuardName = keyof typeof GUARDS;

export const GUARD_NAMES = Object.keys(GUARDS) as GuardName[];

export function isGuardName(name: string): name is GuardName {
	return Object.prototype.hasOwnProperty.call(GUARDS, name);
}
