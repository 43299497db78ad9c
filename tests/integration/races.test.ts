// Races at every gate: decisions sent at the same moment, all against the same expectedState and
// expectedVersion. Whatever the interleaving, exactly one of them is taken: one 200, the others
// 409 (someone else decided first) or 403 (the winner moved the file away from the loser's
// committee or the cell), one transition and at most one approval row, and the record advanced
// by one version.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { impersonate } from './helpers/clients';
import {
	auditCounts,
	buildWorld,
	enrolmentAt,
	officerAt,
	send,
	type Answer,
	type Enrolment,
	type EventBody,
	type World
} from './helpers/lifecycle-fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld('races');
});

type Gate = 'selection' | 'plan_review' | 'classification' | 'recognition';

/** Two officers of the committee the gate waits on (the fixtures give committee G two). */
async function twoOfficers(e: Enrolment, gate: 'selection' | 'plan' | 'classification' | 'recognition'): Promise<[PocketBase, PocketBase]> {
	const first = officerAt(e, gate, 0);
	expect(first.id, 'the gate waits on committee G, which has two officers').toBe(world.people.officerG.id);
	// Fresh clients: two people, two machines.
	return Promise.all([impersonate(world.people.officerG.id), impersonate(world.people.officerG2nd.id)]);
}

const decide = (type: string, extra: Partial<EventBody> = {}) => (e: Enrolment, state: string): EventBody => ({
	type,
	comment: 'Ý kiến của cấp ủy',
	expectedState: state,
	expectedVersion: e.record.version as number,
	...extra
});

/**
 * Fires the requests together and checks that exactly one was taken: one 200, the others 403/409
 * with a Vietnamese reason, one transition row, `approvalRows(winner)` approval rows, one version.
 */
async function race(
	e: Enrolment,
	sends: Array<() => Promise<Answer>>,
	approvalRows: (winner: number) => number
): Promise<{ winner: number; record: RecordModel }> {
	const before = await auditCounts(world.su, e.record.id);
	const outcomes = await Promise.all(sends.map((s) => s()));
	const statuses = outcomes.map((o) => o.status);
	const seen = JSON.stringify(outcomes.map((o) => [o.status, o.body?.message]));
	expect(statuses.filter((s) => s === 200).length, `exactly one 200 among ${seen}`).toBe(1);
	for (const o of outcomes) {
		if (o.status === 200) continue;
		expect([403, 409], seen).toContain(o.status);
		expect(String(o.body?.message ?? ''), 'a Vietnamese reason').toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữíìịỉĩ]/i);
	}
	const winner = statuses.indexOf(200);
	const after = await auditCounts(world.su, e.record.id);
	expect(after.transitions - before.transitions, `one transition row (${seen})`).toBe(1);
	expect(after.approvals - before.approvals, `approval rows (${seen})`).toBe(approvalRows(winner));
	const record = await world.su.collection('enrollments').getOne(e.record.id);
	expect(record.version, 'one write').toBe((e.record.version as number) + 1);
	return { winner, record };
}

type GateOf = 'selection' | 'plan' | 'classification' | 'recognition';
const GATE: Record<Gate, GateOf> = { selection: 'selection', plan_review: 'plan', classification: 'classification', recognition: 'recognition' };
const DECISION: Record<Gate, (e: Enrolment, s: string) => EventBody> = {
	selection: decide('APPROVE'),
	plan_review: decide('APPROVE'),
	classification: decide('CLASSIFY', { score: 95, rating: 'excellent' }),
	recognition: decide('APPROVE')
};
/** Where the winning decision leaves the file. */
const AFTER: Record<Gate, [string, number]> = {
	selection: ['selection', 1],
	plan_review: ['pilot', 0],
	classification: ['recognition', 0],
	recognition: ['recognition', 1]
};
const GATES = Object.keys(GATE) as Gate[];

describe('two officers of the awaited committee decide at once', () => {
	for (const state of GATES) {
		it(`${state}: one ${DECISION[state]({ record: { version: 0 } } as unknown as Enrolment, state).type} is taken, the other refused`, async () => {
			const e = await enrolmentAt(world, { state, step: 0 });
			const [a, b] = await twoOfficers(e, GATE[state]);
			const body = DECISION[state](e, state);
			const { record } = await race(e, [() => send(a, e.record.id, body), () => send(b, e.record.id, body)], () => 1);
			expect([record.state, record.step]).toEqual(AFTER[state]);
		});
	}
});

const withdraw = decide('WITHDRAW', { comment: 'Chi bộ xin rút khỏi chương trình' });

describe('the cell withdraws while the committee decides', () => {
	for (const state of GATES) {
		it(`${state}: WITHDRAW against ${DECISION[state]({ record: { version: 0 } } as unknown as Enrolment, state).type}: one of them wins`, async () => {
			const e = await enrolmentAt(world, { state, step: 0 });
			const [g] = await twoOfficers(e, GATE[state]);
			const { winner, record } = await race(
				e,
				[() => send(g, e.record.id, DECISION[state](e, state)), () => send(e.sec, e.record.id, withdraw(e, state))],
				// A committee decision leaves an approval row; the cell's withdrawal none.
				(w) => (w === 0 ? 1 : 0)
			);
			expect([record.state, record.step]).toEqual(winner === 1 ? ['withdrawn', 0] : AFTER[state]);
		});
	}
});

describe('three at once: two officers approve and the cell withdraws', () => {
	for (const round of [1, 2, 3]) {
		it(`selection, round ${round}: exactly one is taken`, async () => {
			const e = await enrolmentAt(world, { state: 'selection', step: 0 });
			const [a, b] = await twoOfficers(e, 'selection');
			const approve = DECISION.selection(e, 'selection');
			const { winner, record } = await race(
				e,
				[() => send(a, e.record.id, approve), () => send(e.sec, e.record.id, withdraw(e, 'selection')), () => send(b, e.record.id, approve)],
				(w) => (w === 1 ? 0 : 1)
			);
			expect([record.state, record.step]).toEqual(winner === 1 ? ['withdrawn', 0] : AFTER.selection);
		});
	}
});
