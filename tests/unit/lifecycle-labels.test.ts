import { describe, expect, it } from 'vitest';
import {
	COMMENT_REQUIRED,
	EVENT_LABELS,
	GATE_LABELS,
	STATE_LABELS,
	isIrreversible
} from '../../src/lib/domain/lifecycle-labels';
import { EVENT_TYPES, LIFECYCLE_STATES } from '../../src/lib/domain/lifecycle-types';
import { GATES } from '../../src/lib/domain/approval-chain';
import { DECISION, permissive } from './lifecycle-fixtures';

describe('labels', () => {
	it('has a label for every state, event and gate', () => {
		for (const s of LIFECYCLE_STATES) expect(STATE_LABELS[s]).toBeTruthy();
		for (const e of EVENT_TYPES) expect(EVENT_LABELS[e]).toBeTruthy();
		for (const g of GATES) expect(GATE_LABELS[g]).toBeTruthy();
		expect(STATE_LABELS.recognized).toBe('Đã công nhận chi bộ kiểu mẫu');
		expect(STATE_LABELS.review).toBe('Đánh giá bước đầu (sơ kết)');
		expect(EVENT_LABELS.RETURN).toBe('Trả lại để hoàn thiện');
		expect(COMMENT_REQUIRED).toEqual(['RETURN', 'REJECT', 'CLASSIFY']);
	});
});

describe('isIrreversible', () => {
	it('is true for REJECT and WITHDRAW', () => {
		expect(isIrreversible('selection', permissive(), { type: 'REJECT', comment: 'x' })).toBe(true);
		expect(isIrreversible('draft', permissive(), { type: 'WITHDRAW' })).toBe(true);
	});

	it('is true for the last recognition approval only', () => {
		expect(isIrreversible('recognition', permissive({ chainLength: 3, step: 0 }), { type: 'APPROVE' })).toBe(false);
		expect(isIrreversible('recognition', permissive({ chainLength: 3, step: 2 }), { type: 'APPROVE', decision: DECISION })).toBe(true);
		// Still asks before the decision is typed in.
		expect(isIrreversible('recognition', permissive({ chainLength: 3, step: 2 }), { type: 'APPROVE' })).toBe(true);
		expect(isIrreversible('plan_review', permissive(), { type: 'APPROVE' })).toBe(false);
	});

	it('is true for a rating that ends the file', () => {
		const ctx = permissive();
		expect(isIrreversible('classification', ctx, { type: 'CLASSIFY', comment: 'x', score: 80, rating: 'good' })).toBe(true);
		expect(isIrreversible('classification', ctx, { type: 'CLASSIFY', comment: 'x', score: 95, rating: 'excellent' })).toBe(false);
	});

	it('is false for returns and final states', () => {
		expect(isIrreversible('selection', permissive(), { type: 'RETURN', comment: 'x' })).toBe(false);
		expect(isIrreversible('rejected', permissive(), { type: 'WITHDRAW' })).toBe(false);
	});
});
