import { describe, expect, it } from 'vitest';
import { HISTORY_STATES, monthKept } from '../../src/lib/domain/history';

describe('monthKept: which months of the pilot are history', () => {
	it('a month is kept once its self-assessment is past due (dueDay of the next month)', () => {
		expect(monthKept('2026-03', { today: '2026-04-05', dueDay: 5, locked: false })).toBe(false);
		expect(monthKept('2026-03', { today: '2026-04-06', dueDay: 5, locked: false })).toBe(true);
		expect(monthKept('2026-12', { today: '2027-01-10', dueDay: 10, locked: false })).toBe(false);
		expect(monthKept('2026-12', { today: '2027-01-11', dueDay: 10, locked: false })).toBe(true);
	});
	it('or as soon as the committee locks it', () => {
		expect(monthKept('2026-11', { today: '2026-11-20', dueDay: 5, locked: true })).toBe(true);
	});
	it('a malformed month is not a kept month', () => {
		expect(monthKept('', { today: '2026-11-20', dueDay: 5, locked: false })).toBe(false);
	});
	it('history starts with the pilot', () => {
		expect(HISTORY_STATES).toContain('pilot');
		expect(HISTORY_STATES).not.toContain('planning');
		expect(HISTORY_STATES).not.toContain('draft');
	});
});
