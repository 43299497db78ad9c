import { describe, expect, it } from 'vitest';
import { GUARDS, GUARD_NAMES, type GuardName } from '../../src/lib/domain/lifecycle-guards';
import { availableEvents, explainEvent } from '../../src/lib/domain/lifecycle-explain';
import { allTransitions } from '../../src/lib/domain/lifecycle-definition';
import { LIFECYCLE_STATES } from '../../src/lib/domain/lifecycle.machine';
import type {
	LifecycleContext,
	LifecycleEvent,
	LifecycleState
} from '../../src/lib/domain/lifecycle-types';
import { DECISION, permissive, step } from './lifecycle-fixtures';

interface Case {
	state: LifecycleState;
	/** Context and event under which the guard passes (and the event goes through) … */
	pass: [Partial<LifecycleContext>, LifecycleEvent, LifecycleState];
	/** … and under which it fails, with the message expected. */
	fail: [Partial<LifecycleContext>, LifecycleEvent, string | RegExp];
}

const classify = (score: unknown, rating: unknown, comment: unknown = 'Nhận xét') =>
	({ type: 'CLASSIFY', comment, score, rating }) as LifecycleEvent;

// Every guard, proven both ways through the real machine (explainEvent = resolveState + transition).
const CASES: Record<GuardName, Case> = {
	notLastStep: {
		state: 'selection',
		pass: [{ chainLength: 2, step: 0 }, { type: 'APPROVE' }, 'selection'],
		// At the last step APPROVE takes the other candidate: a routing guard never refuses on its own.
		fail: [{ chainLength: 2, step: 1, quotaUsed: 3 }, { type: 'APPROVE' }, /Đã đủ chỉ tiêu/]
	},
	lastStep: {
		state: 'recognition',
		pass: [{ chainLength: 2, step: 1 }, { type: 'APPROVE', decision: DECISION }, 'recognized'],
		fail: [{ chainLength: 2, step: 1 }, { type: 'APPROVE' }, /quyết định công nhận/]
	},
	quotaAvailable: {
		state: 'selection',
		pass: [{ quotaUsed: 2, quotaMax: 3 }, { type: 'APPROVE' }, 'planning'],
		fail: [
			{ quotaUsed: 3, quotaMax: 3 },
			{ type: 'APPROVE' },
			'Đã đủ chỉ tiêu 3 chi bộ loại hình này trong đảng bộ cấp huyện'
		]
	},
	registrationFiled: {
		state: 'draft',
		pass: [{ registrationFiled: true }, { type: 'SUBMIT' }, 'selection'],
		fail: [{ registrationFiled: false }, { type: 'SUBMIT' }, 'Chưa điền mục tiêu, phấn đấu của chi bộ trong bản đăng ký']
	},
	planFiled: {
		state: 'planning',
		pass: [{ planFiled: true }, { type: 'SUBMIT' }, 'plan_review'],
		fail: [{ planFiled: false }, { type: 'SUBMIT' }, 'Chưa nộp nghị quyết và kế hoạch']
	},
	reviewNotConcluded: {
		state: 'pilot',
		pass: [{ reviewConcluded: false }, { type: 'OPEN_REVIEW' }, 'review'],
		fail: [{ reviewConcluded: true }, { type: 'OPEN_REVIEW' }, 'Đánh giá bước đầu (sơ kết) đã được kết luận']
	},
	reviewConcluded: {
		state: 'pilot',
		pass: [{ reviewConcluded: true }, { type: 'START_EVALUATION' }, 'evaluation'],
		fail: [{ reviewConcluded: false }, { type: 'START_EVALUATION' }, 'Chưa kết luận đánh giá bước đầu (sơ kết)']
	},
	enoughSelfAssessments: {
		state: 'evaluation',
		pass: [{ selfAssessments: 6 }, { type: 'SUBMIT' }, 'classification'],
		fail: [
			{ selfAssessments: 2 },
			{ type: 'SUBMIT' },
			'Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2)'
		]
	},
	hasReviewNote: {
		state: 'review',
		pass: [{ reviewNotes: 1 }, { type: 'CONCLUDE_REVIEW' }, 'pilot'],
		fail: [{ reviewNotes: 0 }, { type: 'CONCLUDE_REVIEW' }, 'Chưa có biên bản kiểm tra nào cho đánh giá bước đầu']
	},
	hasComment: {
		state: 'selection',
		pass: [{}, { type: 'RETURN', comment: 'Bổ sung mục tiêu' }, 'draft'],
		fail: [{}, { type: 'RETURN', comment: '   ' }, 'Phải nhập ý kiến khi trả lại']
	},
	scoreInRange: {
		state: 'classification',
		pass: [{}, classify(100, 'excellent'), 'recognition'],
		fail: [{}, classify(101, 'excellent'), 'Điểm phải là số từ 0 đến 100']
	},
	ratingValid: {
		state: 'classification',
		pass: [{}, classify(60, 'complete'), 'not_recognized'],
		fail: [{}, classify(60, 'great'), 'Chưa chọn mức xếp loại hợp lệ']
	},
	ratingMatchesScore: {
		state: 'classification',
		pass: [{}, classify(90, 'excellent'), 'recognition'],
		fail: [{}, classify(75, 'excellent'), 'Với 75 điểm, mức cao nhất được xếp là “Hoàn thành tốt nhiệm vụ”']
	},
	excellentCapOk: {
		state: 'classification',
		pass: [{ excellentCount: 1, goodOrBetterCount: 9 }, classify(95, 'excellent'), 'recognition'],
		fail: [
			{ excellentCount: 1, goodOrBetterCount: 3 },
			classify(95, 'excellent'),
			/không được vượt quá 20% số chi bộ hoàn thành tốt nhiệm vụ trở lên/
		]
	},
	ratingQualifies: {
		state: 'classification',
		pass: [{ recognitionLevel: 'good' }, classify(75, 'good'), 'recognition'],
		// An unknown rating fits neither routing candidate; the reason given is the rating itself.
		fail: [{}, classify(75, undefined), 'Chưa chọn mức xếp loại hợp lệ']
	},
	ratingBelowRecognition: {
		state: 'classification',
		pass: [{}, classify(75, 'good'), 'not_recognized'],
		fail: [{}, classify(75, 'good', ''), 'Phải nhập nhận xét khi xếp loại']
	},
	hasDecision: {
		state: 'recognition',
		pass: [{}, { type: 'APPROVE', decision: DECISION }, 'recognized'],
		fail: [
			{},
			{ type: 'APPROVE', decision: { ...DECISION, date: '2025-02-30' } },
			'Phải nhập số, ngày (YYYY-MM-DD) và người ký quyết định công nhận'
		]
	}
};

describe('every guard passes and fails through the machine', () => {
	it('has a case for every guard', () => {
		expect(Object.keys(CASES).sort()).toEqual([...GUARD_NAMES].sort());
	});

	for (const name of GUARD_NAMES) {
		const c = CASES[name];
		it(`${name}: passes`, () => {
			const [ctx, event, target] = c.pass;
			const result = explainEvent(c.state, permissive(ctx), event);
			expect(result).toMatchObject({ ok: true, next: { state: target } });
		});
		it(`${name}: fails with its message`, () => {
			const [ctx, event, message] = c.fail;
			const result = explainEvent(c.state, permissive(ctx), event);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.reason).toBe('guard');
				expect(result.messages.some((m) => (typeof message === 'string' ? m === message : message.test(m))), result.messages.join(' | ')).toBe(true);
			}
		});
	}
});

describe('guard details', () => {
	it('flags the guards that depend on what the event carries', () => {
		const payload = GUARD_NAMES.filter((n) => GUARDS[n].payload).sort();
		expect(payload).toEqual(
			[
				'excellentCapOk',
				'hasComment',
				'hasDecision',
				'ratingBelowRecognition',
				'ratingMatchesScore',
				'ratingQualifies',
				'ratingValid',
				'scoreInRange'
			].sort()
		);
	});

	it('words the comment message for each event', () => {
		expect(explainEvent('selection', permissive(), { type: 'REJECT', comment: '' })).toMatchObject({
			ok: false,
			messages: ['Phải nêu lý do khi từ chối']
		});
		expect(explainEvent('recognition', permissive(), { type: 'RETURN' } as LifecycleEvent)).toMatchObject({
			ok: false,
			messages: ['Phải nhập ý kiến khi trả lại']
		});
	});

	it('refuses scores that are not numbers', () => {
		for (const score of ['90', NaN, Infinity, -1, null]) {
			expect(explainEvent('classification', permissive(), classify(score, 'complete')).ok).toBe(false);
		}
	});

	it('allows the first excellent rating in a grassroots organisation', () => {
		expect(explainEvent('classification', permissive({ excellentCount: 0, goodOrBetterCount: 0 }), classify(95, 'excellent')).ok).toBe(true);
		expect(explainEvent('classification', permissive({ excellentCount: 0, goodOrBetterCount: 1 }), classify(95, 'excellent')).ok).toBe(false);
		// The cap only concerns excellent.
		expect(explainEvent('classification', permissive({ excellentCount: 5, goodOrBetterCount: 5 }), classify(80, 'good')).ok).toBe(true);
	});

	it('checks the decision completely', () => {
		const bad = [
			undefined,
			{ ...DECISION, number: ' ' },
			{ ...DECISION, signer: '' },
			{ ...DECISION, date: '20/12/2025' },
			{ ...DECISION, date: '2025-13-01' }
		];
		for (const decision of bad) {
			expect(explainEvent('recognition', permissive(), { type: 'APPROVE', decision } as LifecycleEvent).ok).toBe(false);
		}
	});

	it('lists every failing data guard, not only the first', () => {
		const result = explainEvent('pilot', permissive({ reviewConcluded: false, selfAssessments: 2 }), { type: 'START_EVALUATION' });
		expect(result).toMatchObject({
			ok: false,
			messages: ['Chưa kết luận đánh giá bước đầu (sơ kết)', 'Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2)']
		});
	});

	it('tells an event that the state does not have apart from a guard', () => {
		expect(explainEvent('draft', permissive(), { type: 'APPROVE' })).toMatchObject({
			ok: false,
			reason: 'not_in_state',
			messages: ['Không thể “Phê duyệt” khi hồ sơ đang ở bước “Nháp đăng ký”']
		});
		expect(explainEvent('recognized', permissive(), { type: 'WITHDRAW' })).toMatchObject({
			ok: false,
			reason: 'not_in_state'
		});
	});
});

describe('availableEvents', () => {
	it('offers what the data allows and explains the rest', () => {
		expect(availableEvents('pilot', permissive({ reviewConcluded: false, selfAssessments: 2 }))).toEqual({
			events: ['OPEN_REVIEW', 'WITHDRAW'],
			blocked: [
				{
					type: 'START_EVALUATION',
					messages: ['Chưa kết luận đánh giá bước đầu (sơ kết)', 'Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2)']
				}
			]
		});
	});

	it('ignores payload guards (the comment, score and decision are typed later)', () => {
		expect(availableEvents('classification', permissive()).events).toEqual(['CLASSIFY', 'RETURN', 'WITHDRAW']);
		expect(availableEvents('recognition', permissive({ chainLength: 2, step: 1 })).events).toEqual([
			'APPROVE',
			'RETURN',
			'REJECT',
			'WITHDRAW'
		]);
	});

	it('blocks the last selection approval when the quota is full, but not an earlier one', () => {
		const full = { quotaUsed: 3, quotaMax: 3, chainLength: 2 };
		expect(availableEvents('selection', permissive({ ...full, step: 0 })).events).toContain('APPROVE');
		expect(availableEvents('selection', permissive({ ...full, step: 1 })).blocked).toEqual([
			{ type: 'APPROVE', messages: ['Đã đủ chỉ tiêu 3 chi bộ loại hình này trong đảng bộ cấp huyện'] }
		]);
	});

	it('offers nothing in a final state', () => {
		expect(availableEvents('withdrawn', permissive())).toEqual({ events: [], blocked: [] });
	});

	it('agrees with the machine: an offered event goes through with a valid payload', () => {
		const payloads: Record<string, LifecycleEvent> = {
			APPROVE: { type: 'APPROVE', decision: DECISION },
			RETURN: { type: 'RETURN', comment: 'x' },
			REJECT: { type: 'REJECT', comment: 'x' },
			CLASSIFY: { type: 'CLASSIFY', comment: 'x', score: 60, rating: 'complete' }
		};
		const contexts = [
			permissive(),
			permissive({ planFiled: false, selfAssessments: 0, reviewNotes: 0, quotaUsed: 3 }),
			permissive({ reviewConcluded: true, chainLength: 3, step: 1 }),
			permissive({ reviewConcluded: true, chainLength: 3, step: 2, quotaUsed: 3 })
		];
		for (const state of LIFECYCLE_STATES) {
			for (const context of contexts) {
				const { events, blocked } = availableEvents(state, context);
				for (const type of events) {
					expect(step(state, context, payloads[type] ?? ({ type } as LifecycleEvent)).moved, `${type} in ${state}`).toBe(true);
				}
				for (const { type } of blocked) {
					expect(step(state, context, payloads[type] ?? ({ type } as LifecycleEvent)).moved, `${type} in ${state}`).toBe(false);
				}
			}
		}
	});

	it('only ever names guards the catalogue knows', () => {
		for (const t of allTransitions()) for (const g of t.guards) expect(GUARD_NAMES).toContain(g);
	});
});
