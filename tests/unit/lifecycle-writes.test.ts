// The decision as data (src/lib/domain/lifecycle-writes.ts): what the lifecycle route writes for
// one event, computed without a database. The integration tests check that the hook writes
// exactly this; here each rule of the plan is checked on its own.
import { describe, expect, it } from 'vitest';
import { buildFacts, type EnrollmentSnapshot } from '../../src/lib/domain/lifecycle-decide';
import { chainFor, planDecision, type DecisionActor, type DecisionSituation } from '../../src/lib/domain/lifecycle-writes';
import { DEFAULT_PROGRAMME_CONFIG } from '../../src/lib/domain/programme-config';
import { gateOf } from '../../src/lib/domain/lifecycle-types';

// Province P → district D → grassroots G → cell C.
const ancestors = [
	{ id: 'P', kind: 'province', name: 'Tỉnh ủy Thái Bình' },
	{ id: 'D', kind: 'district', name: 'Huyện ủy Quỳnh Phụ' },
	{ id: 'G', kind: 'grassroots', name: 'Đảng ủy xã An Vũ' }
];
const config = DEFAULT_PROGRAMME_CONFIG;
const NOW = '2026-12-06 08:00:00.000Z';
const TODAY = '2026-12-06';

function situation(state: string, over: Partial<EnrollmentSnapshot> = {}, more: Partial<DecisionSituation> = {}): DecisionSituation {
	const gate = gateOf(state);
	const chain = chainFor(config, gate, ancestors);
	const step = over.step ?? 0;
	const awaiting = gate ? (chain[step] ?? null) : 'C';
	return {
		state,
		version: 4,
		year: 2026,
		pilotSince: false,
		config,
		ancestors,
		gate,
		chain,
		snapshot: {
			state,
			step,
			reviewConcluded: false,
			score: null,
			rating: null,
			cell: 'C',
			awaiting,
			awaitingName: ancestors.find((a) => a.id === awaiting)?.name ?? null,
			submittedBy: 'u-sec',
			...over
		},
		facts: buildFacts(config, {
			chainLength: Math.max(1, chain.length),
			registrationFiled: true,
			planFiled: true,
			selfAssessments: 6,
			reviewNotes: 1,
			quotaUsed: 0,
			excellentCount: 0,
			goodOrBetterCount: 0
		}),
		...more
	};
}

const secretary: DecisionActor = { id: 'u-sec', role: 'secretary', unitId: 'C', name: 'Đặng Xuân Quảng', unitName: 'Chi bộ khu Biểu Nghi' };
const officer = (unitId: string): DecisionActor => ({
	id: `u-${unitId}`,
	role: 'officer',
	unitId,
	name: 'Nguyễn Văn Hùng',
	unitName: ancestors.find((a) => a.id === unitId)!.name
});
const plan = (s: DecisionSituation, actor: DecisionActor, body: Record<string, unknown>) => planDecision({ situation: s, actor, body, today: TODAY, now: NOW });

describe('planDecision', () => {
	it('a cell’s SUBMIT: the file waits for the first committee of the selection chain; no decision row', () => {
		const out = plan(situation('draft'), secretary, { type: 'SUBMIT' });
		expect(out).toMatchObject({
			ok: true,
			enrollment: { state: 'selection', step: 0, awaiting: 'G', version: 5, submittedBy: 'u-sec', stateChangedAt: NOW },
			approval: null,
			transition: { from: 'draft', to: 'selection', event: 'SUBMIT', actor: 'u-sec', actorName: 'Đặng Xuân Quảng', unitName: 'Chi bộ khu Biểu Nghi' }
		});
	});

	it('an intermediate APPROVE moves the step to the next committee and records the decision of the awaited one', () => {
		const out = plan(situation('selection'), officer('G'), { type: 'APPROVE', comment: '  Đồng ý  ' });
		expect(out).toMatchObject({
			ok: true,
			enrollment: { state: 'selection', step: 1, awaiting: 'D' },
			approval: { gate: 'selection', step: 0, unit: 'G', decision: 'approve', comment: 'Đồng ý', actor: 'u-G', unitName: 'Đảng ủy xã An Vũ' },
			transition: { from: 'selection', to: 'selection', step: 1, comment: 'Đồng ý', toUnitName: 'Huyện ủy Quỳnh Phụ' }
		});
	});

	it('the first entry into the pilot records its first day, once (the supervising committee is awaited)', () => {
		const first = plan(situation('plan_review'), officer('G'), { type: 'APPROVE' });
		expect(first).toMatchObject({ ok: true, enrollment: { state: 'pilot', pilotSince: `${TODAY} 00:00:00.000Z`, awaiting: 'G' } });
		const again = plan(situation('plan_review', {}, { pilotSince: true }), officer('G'), { type: 'APPROVE' });
		expect(again.ok && 'pilotSince' in again.enrollment).toBe(false);
	});

	it('someone acted first: 409 with the current state, before anything is judged', () => {
		expect(plan(situation('selection'), officer('G'), { type: 'APPROVE', expectedState: 'draft' })).toMatchObject({ ok: false, status: 409, extra: { state: 'selection' } });
		expect(plan(situation('selection'), officer('G'), { type: 'APPROVE', expectedVersion: 3 })).toMatchObject({ ok: false, status: 409 });
	});

	it('a committee that is not awaited: 403, nothing to write', () => {
		expect(plan(situation('selection'), officer('D'), { type: 'APPROVE' })).toMatchObject({ ok: false, status: 403 });
	});

	it('a RETURN without a comment: 400 with the guard’s message', () => {
		const out = plan(situation('selection'), officer('G'), { type: 'RETURN', comment: ' ' });
		expect(out).toMatchObject({ ok: false, status: 400 });
		expect(!out.ok && (out.extra.messages as string[]).length).toBeGreaterThan(0);
	});

	it('the last recognition approval writes the decision, dated within the programme’s years', () => {
		const last = situation('recognition', { step: 2, rating: 'excellent', score: 95 });
		const decision = { number: '125-QĐ/TU', date: '2026-12-01', signer: 'Ngô Đông Hải' };
		expect(plan(last, officer('P'), { type: 'APPROVE', decision })).toMatchObject({
			ok: true,
			enrollment: { state: 'recognized', awaiting: '', decisionNo: '125-QĐ/TU', decisionDate: '2026-12-01 00:00:00.000Z', decisionSigner: 'Ngô Đông Hải' },
			approval: { gate: 'recognition', unit: 'P', decision: 'approve' }
		});
		const late = plan(last, officer('P'), { type: 'APPROVE', decision: { ...decision, date: '2030-01-01' } });
		expect(late).toMatchObject({ ok: false, status: 400, extra: { decisionDate: { code: 'out_of_window' } } });
	});
});

describe('chainFor', () => {
	it('resolves the programme’s levels, nearest first, and falls back to the parent', () => {
		expect(chainFor(config, 'recognition', ancestors)).toEqual(['G', 'D', 'P']);
		expect(chainFor(config, null, ancestors)).toEqual([]);
		expect(chainFor({ ...config, chains: { ...config.chains, plan: [] } }, 'plan', ancestors)).toEqual(['G']);
	});
});
