import { describe, expect, it } from 'vitest';
import { buildContext, buildFacts, decide, parseEvent, type EnrollmentSnapshot } from '../../src/lib/domain/lifecycle-decide';
import { DEFAULT_PROGRAMME_CONFIG } from '../../src/lib/domain/programme-config';
import type { Actor } from '../../src/lib/domain/lifecycle-permissions';
import type { LifecycleFacts } from '../../src/lib/domain/lifecycle-types';
import { DECISION } from './lifecycle-fixtures';

const facts = (over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
	...buildFacts(DEFAULT_PROGRAMME_CONFIG, {
		chainLength: 1,
		registrationFiled: true,
		planFiled: true,
		selfAssessments: 6,
		reviewNotes: 1,
		quotaUsed: 0,
		excellentCount: 0,
		goodOrBetterCount: 0
	}),
	...over
});

const enrollment = (over: Partial<EnrollmentSnapshot> = {}): EnrollmentSnapshot => ({
	state: 'draft',
	step: 0,
	reviewConcluded: false,
	score: null,
	rating: null,
	cell: 'C',
	awaiting: null,
	submittedBy: 'u-sec',
	...over
});

const secretary: Actor = { id: 'u-sec', role: 'secretary', unitId: 'C' };
const officer: Actor = { id: 'u-off', role: 'officer', unitId: 'G' };

describe('decide', () => {
	it('returns the new lifecycle fields and labels', () => {
		const result = decide({ enrollment: enrollment(), facts: facts(), actor: secretary, event: { type: 'SUBMIT' } });
		expect(result).toMatchObject({
			ok: true,
			next: { state: 'selection', step: 0, reviewConcluded: false, score: null, rating: null },
			label: 'Gửi',
			stateLabel: 'Chờ lựa chọn',
			gate: 'selection',
			final: false
		});
	});

	it('checks permission before the machine (403 before 400)', () => {
		// Wrong officer AND a missing comment: the answer is about who asks.
		const result = decide({
			enrollment: enrollment({ state: 'selection', awaiting: 'D' }),
			facts: facts(),
			actor: officer,
			event: { type: 'RETURN', comment: '' }
		});
		expect(result).toMatchObject({ ok: false, status: 403 });
	});

	it('answers 400 with every reason when a guard fails', () => {
		const result = decide({
			enrollment: enrollment({ state: 'pilot', awaiting: 'G' }),
			facts: facts({ selfAssessments: 2 }),
			actor: officer,
			event: { type: 'START_EVALUATION' }
		});
		expect(result).toEqual({
			ok: false,
			status: 400,
			message: 'Chưa kết luận đánh giá bước đầu (sơ kết); Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2)',
			messages: ['Chưa kết luận đánh giá bước đầu (sơ kết)', 'Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2)']
		});
	});

	it('answers 400 for a malformed event or a closed file', () => {
		for (const event of [null, 'APPROVE', { type: 'DELETE' }, {}]) {
			expect(decide({ enrollment: enrollment(), facts: facts(), actor: secretary, event })).toMatchObject({
				ok: false,
				status: 400,
				message: 'Thao tác không hợp lệ'
			});
		}
		expect(
			decide({ enrollment: enrollment({ state: 'withdrawn' }), facts: facts(), actor: secretary, event: { type: 'WITHDRAW' } })
		).toMatchObject({ ok: false, status: 400 });
		expect(
			decide({ enrollment: enrollment({ state: 'archived' }), facts: facts(), actor: secretary, event: { type: 'SUBMIT' } })
		).toMatchObject({ ok: false, status: 400 });
	});

	it('records the classification and the step through the chain', () => {
		const classified = decide({
			enrollment: enrollment({ state: 'classification', awaiting: 'G', reviewConcluded: true }),
			facts: facts(),
			actor: officer,
			event: { type: 'CLASSIFY', comment: 'Đạt tiêu chí', score: 92, rating: 'excellent', extra: 'dropped' }
		});
		expect(classified).toMatchObject({
			ok: true,
			next: { state: 'recognition', step: 0, reviewConcluded: true, score: 92, rating: 'excellent' },
			event: { type: 'CLASSIFY', comment: 'Đạt tiêu chí', score: 92, rating: 'excellent' }
		});
		if (classified.ok) expect(classified.event).not.toHaveProperty('extra');

		const approved = decide({
			enrollment: enrollment({ state: 'recognition', awaiting: 'G', score: 92, rating: 'excellent' }),
			facts: facts({ chainLength: 3 }),
			actor: officer,
			event: { type: 'APPROVE' }
		});
		expect(approved).toMatchObject({ ok: true, next: { state: 'recognition', step: 1, rating: 'excellent' } });

		const recognized = decide({
			enrollment: enrollment({ state: 'recognition', step: 2, awaiting: 'P', score: 92, rating: 'excellent' }),
			facts: facts({ chainLength: 3 }),
			actor: { id: 'u-prov', role: 'officer', unitId: 'P' },
			event: { type: 'APPROVE', decision: DECISION }
		});
		expect(recognized).toMatchObject({ ok: true, next: { state: 'recognized' }, final: true, gate: null });
	});
});

describe('buildContext and parseEvent', () => {
	it('normalises stored values', () => {
		const ctx = buildContext({ step: -1, reviewConcluded: false, score: null, rating: 'bogus' }, facts());
		expect(ctx.step).toBe(0);
		expect(ctx.rating).toBeNull();
		expect(ctx.minSelfAssessments).toBe(6);
		expect(ctx.quotaMax).toBe(3);
	});

	it('keeps only the fields an event defines', () => {
		expect(parseEvent({ type: 'RETURN' })).toEqual({ type: 'RETURN', comment: '' });
		expect(parseEvent({ type: 'SUBMIT', comment: 'Gửi', state: 'recognized' })).toEqual({ type: 'SUBMIT', comment: 'Gửi' });
		expect(parseEvent({ type: 'APPROVE', decision: { number: 1 } })).toEqual({
			type: 'APPROVE',
			decision: { number: '', date: '', signer: '' }
		});
	});
});
