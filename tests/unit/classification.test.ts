import { describe, expect, it } from 'vitest';
import {
	DEFAULT_THRESHOLDS,
	RATINGS,
	RATING_LABELS,
	excellentCapAllows,
	ratingAtLeast,
	ratingForScore,
	ratingRank
} from '../../src/lib/domain/classification';

describe('ratingForScore (QĐ 366 thresholds)', () => {
	it.each([
		[100, 'excellent'],
		[90, 'excellent'],
		[89.5, 'good'],
		[70, 'good'],
		[69.99, 'complete'],
		[50, 'complete'],
		[49, 'incomplete'],
		[0, 'incomplete']
	] as const)('%s points → %s', (score, rating) => {
		expect(ratingForScore(score, DEFAULT_THRESHOLDS)).toBe(rating);
	});

	it('follows the programme’s own thresholds', () => {
		const t = { excellent: 95, good: 80, complete: 60 };
		expect(ratingForScore(92, t)).toBe('good');
		expect(ratingForScore(79, t)).toBe('complete');
		expect(ratingForScore(59, t)).toBe('incomplete');
	});
});

describe('rating order', () => {
	it('ranks excellent highest', () => {
		expect(RATINGS.map(ratingRank)).toEqual([3, 2, 1, 0]);
		expect(ratingAtLeast('excellent', 'good')).toBe(true);
		expect(ratingAtLeast('good', 'good')).toBe(true);
		expect(ratingAtLeast('complete', 'good')).toBe(false);
	});

	it('has the Vietnamese labels', () => {
		expect(RATING_LABELS.excellent).toBe('Hoàn thành xuất sắc nhiệm vụ');
		expect(RATING_LABELS.good).toBe('Hoàn thành tốt nhiệm vụ');
		expect(RATING_LABELS.complete).toBe('Hoàn thành nhiệm vụ');
		expect(RATING_LABELS.incomplete).toBe('Không hoàn thành nhiệm vụ');
	});
});

describe('excellentCapAllows (counts include the candidate)', () => {
	it('allows the first one rated good or better', () => {
		expect(excellentCapAllows({ excellent: 1, goodOrBetter: 1, capPct: 20 })).toBe(true);
	});

	it('allows exactly the cap', () => {
		expect(excellentCapAllows({ excellent: 1, goodOrBetter: 5, capPct: 20 })).toBe(true);
		expect(excellentCapAllows({ excellent: 2, goodOrBetter: 10, capPct: 20 })).toBe(true);
	});

	it('refuses above the cap', () => {
		expect(excellentCapAllows({ excellent: 1, goodOrBetter: 2, capPct: 20 })).toBe(false);
		expect(excellentCapAllows({ excellent: 2, goodOrBetter: 9, capPct: 20 })).toBe(false);
		expect(excellentCapAllows({ excellent: 3, goodOrBetter: 10, capPct: 20 })).toBe(false);
	});

	it('follows a different cap', () => {
		expect(excellentCapAllows({ excellent: 1, goodOrBetter: 2, capPct: 50 })).toBe(true);
	});
});
