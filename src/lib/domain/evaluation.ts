// The year-end evaluation as the committee reads it: the twelve months of the programme year
// with each month's self-assessment total (or a gap), and what the filed months add up to.
import { ratingForScore, type Rating, type Thresholds } from './classification';

export interface MonthTotal {
	/** YYYY-MM */
	month: string;
	/** 1–12 */
	number: number;
	total: number | null;
}

export interface YearSummary {
	months: MonthTotal[];
	filed: number;
	average: number | null;
	min: number | null;
	max: number | null;
	/** The highest rating the average allows under the programme's thresholds. */
	impliedRating: Rating | null;
}

/** Twelve months of `year` with the totals of the self-assessments filed for them. */
export function yearSummary(
	year: number,
	assessments: readonly { month: string; total: number }[],
	thresholds: Thresholds
): YearSummary {
	const byMonth = new Map(assessments.map((a) => [a.month, a.total]));
	const months: MonthTotal[] = Array.from({ length: 12 }, (_, i) => {
		const month = `${year}-${String(i + 1).padStart(2, '0')}`;
		const total = byMonth.get(month);
		return { month, number: i + 1, total: typeof total === 'number' ? total : null };
	});
	const totals = months.map((m) => m.total).filter((t): t is number => t !== null);
	const average = totals.length ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10 : null;
	return {
		months,
		filed: totals.length,
		average,
		min: totals.length ? Math.min(...totals) : null,
		max: totals.length ? Math.max(...totals) : null,
		impliedRating: average === null ? null : ratingForScore(average, thresholds)
	};
}

/** A score as Vietnamese writes it: "88,5"; "–" when there is none. */
export function scoreText(score: number | null | undefined): string {
	return typeof score === 'number' && Number.isFinite(score) ? score.toLocaleString('vi-VN', { maximumFractionDigits: 1 }) : '–';
}
