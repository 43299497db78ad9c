// Year-end classification of a collective (Quy định 366-QĐ/TW, 100-point scale).
//
// The thresholds and the cap are programme data (they changed in 2018, 2023 and 2025), so every
// function here takes them as arguments; DEFAULT_THRESHOLDS is only the QĐ 366 starting point.
// Named `Rating` (not `Level`) because "level" already means a committee level in approval chains.

export const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
	excellent: 'Hoàn thành xuất sắc nhiệm vụ',
	good: 'Hoàn thành tốt nhiệm vụ',
	complete: 'Hoàn thành nhiệm vụ',
	incomplete: 'Không hoàn thành nhiệm vụ'
};

/** Lowest score (inclusive) for each rating above `incomplete`. Must be descending. */
export interface Thresholds {
	excellent: number;
	good: number;
	complete: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { excellent: 90, good: 70, complete: 50 };

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/**
 * The rating thresholds of a programme's config (its JSON, as text or parsed), without zod: what
 * parseProgrammeConfig(config).thresholds gives for every config that parse accepts (no config, no
 * thresholds or a value left out: the default of QĐ 366). For the small bundle of the hot write
 * paths (hooks-records-entry.ts: a self-assessment create scores with it), which must not carry
 * zod. A value that is not a number from 0 to 100, or thresholds that do not descend, throw, as
 * the full parse does.
 */
export function thresholdsOf(config: unknown): Thresholds {
	let input: unknown = config;
	if (typeof input === 'string') input = input.trim() === '' ? {} : JSON.parse(input);
	if (input === null || input === undefined) input = {};
	if (typeof input !== 'object' || Array.isArray(input)) throw new Error('Cấu hình chương trình không hợp lệ');
	let given = (input as { thresholds?: unknown }).thresholds;
	if (given === undefined) given = {};
	if (given === null || typeof given !== 'object' || Array.isArray(given)) throw new Error('Ngưỡng điểm không hợp lệ');
	const out = { ...DEFAULT_THRESHOLDS };
	for (const key of ['excellent', 'good', 'complete'] as const) {
		const value = (given as Record<string, unknown>)[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isFinite(value) || value < MIN_SCORE || value > MAX_SCORE) throw new Error('Ngưỡng điểm không hợp lệ');
		out[key] = value;
	}
	if (!(out.excellent > out.good && out.good > out.complete)) throw new Error('Ngưỡng điểm phải giảm dần: xuất sắc > tốt > hoàn thành');
	return out;
}

export function isRating(value: unknown): value is Rating {
	return typeof value === 'string' && (RATINGS as readonly string[]).indexOf(value) >= 0;
}

/** The highest rating a score allows. */
export function ratingForScore(score: number, thresholds: Thresholds): Rating {
	if (score >= thresholds.excellent) return 'excellent';
	if (score >= thresholds.good) return 'good';
	if (score >= thresholds.complete) return 'complete';
	return 'incomplete';
}

/** 3 for excellent … 0 for incomplete; -1 for anything that is not a rating. */
export function ratingRank(rating: Rating): number {
	const index = (RATINGS as readonly string[]).indexOf(rating);
	return index < 0 ? -1 : RATINGS.length - 1 - index;
}

/** True when `a` is `b` or better. */
export function ratingAtLeast(a: Rating, b: Rating): boolean {
	return isRating(a) && isRating(b) && ratingRank(a) >= ratingRank(b);
}

/**
 * The excellent cap (Hướng dẫn 21-HD/BTCTW): within one grassroots organisation, those rated
 * excellent may be at most `capPct`% of those rated good or better.
 * Both counts INCLUDE the candidate being decided (so a candidate rated excellent counts in both).
 * When the candidate is the only one rated good or better so far, it is allowed: otherwise the
 * first excellent rating in an organisation could never be given.
 */
export function excellentCapAllows(counts: {
	excellent: number;
	goodOrBetter: number;
	capPct: number;
}): boolean {
	const { excellent, goodOrBetter, capPct } = counts;
	if (goodOrBetter <= 1) return true;
	// Integer-friendly form of excellent / goodOrBetter <= capPct / 100.
	return excellent * 100 <= capPct * goodOrBetter;
}
