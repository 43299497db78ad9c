import { describe, expect, it } from 'vitest';
import {
	FINAL_STATES,
	LIFECYCLE_STATES,
	gateOf,
	lifecycleMachine,
	turnOf
} from '../../src/lib/domain/lifecycle.machine';
import { allTransitions, machineDefinition } from '../../src/lib/domain/lifecycle-definition';
import type { LifecycleEvent, LifecycleState } from '../../src/lib/domain/lifecycle-types';
import { DECISION, permissive, step } from './lifecycle-fixtures';

describe('lifecycle machine: the happy path', () => {
	it('goes from draft to recognized with the default chains of a 4-level tree', () => {
		let state: LifecycleState = 'draft';
		let context = permissive();
		const chainOf: Record<string, number> = { selection: 2, plan: 1, supervision: 1, classification: 1, recognition: 3 };
		const send = (event: LifecycleEvent, expected: LifecycleState, expectedStep = 0) => {
			const gate = gateOf(state);
			const result = step(state, { ...context, chainLength: gate ? (chainOf[gate] ?? 1) : 1 }, event);
			expect(result.moved, `${event.type} in ${state}`).toBe(true);
			expect(result.state).toBe(expected);
			expect(result.context.step).toBe(expectedStep);
			state = result.state;
			context = result.context;
		};
		send({ type: 'SUBMIT' }, 'selection');
		send({ type: 'APPROVE' }, 'selection', 1);
		send({ type: 'APPROVE' }, 'planning');
		send({ type: 'SUBMIT' }, 'plan_review');
		send({ type: 'APPROVE' }, 'pilot');
		send({ type: 'OPEN_REVIEW' }, 'review');
		send({ type: 'CONCLUDE_REVIEW' }, 'pilot');
		expect(context.reviewConcluded).toBe(true);
		send({ type: 'START_EVALUATION' }, 'evaluation');
		send({ type: 'SUBMIT' }, 'classification');
		send({ type: 'CLASSIFY', comment: 'Đạt', score: 93, rating: 'excellent' }, 'recognition');
		expect(context.score).toBe(93);
		expect(context.rating).toBe('excellent');
		send({ type: 'APPROVE' }, 'recognition', 1);
		send({ type: 'APPROVE' }, 'recognition', 2);
		send({ type: 'APPROVE', decision: DECISION }, 'recognized');
	});
});

describe('lifecycle machine: transitions', () => {
	it('resets the chain step when a state is entered', () => {
		const returned = step('selection', permissive({ chainLength: 2, step: 1 }), {
			type: 'RETURN',
			comment: 'Bổ sung mục tiêu'
		});
		expect(returned.state).toBe('draft');
		expect(returned.context.step).toBe(0);
	});

	it('does not go past the last committee of a chain', () => {
		const last = step('plan_review', permissive({ chainLength: 2, step: 1 }), { type: 'APPROVE' });
		expect(last.state).toBe('pilot');
		expect(last.context.step).toBe(0);
	});

	it('sends a rating below the recognition level to not_recognized, keeping the rating', () => {
		const result = step('classification', permissive(), {
			type: 'CLASSIFY',
			comment: 'Còn hạn chế',
			score: 80,
			rating: 'good'
		});
		expect(result.state).toBe('not_recognized');
		expect(result.context.rating).toBe('good');
	});

	it('lets a programme recognise from a lower level', () => {
		const result = step('classification', permissive({ recognitionLevel: 'good' }), {
			type: 'CLASSIFY',
			comment: 'Tốt',
			score: 80,
			rating: 'good'
		});
		expect(result.state).toBe('recognition');
	});

	it('clears the classification when it is sent back to evaluation', () => {
		for (const from of ['classification', 'recognition'] as const) {
			const result = step(from, permissive({ score: 95, rating: 'excellent' }), {
				type: 'RETURN',
				comment: 'Xem lại điểm'
			});
			expect(result.state).toBe('evaluation');
			expect(result.context.score).toBeNull();
			expect(result.context.rating).toBeNull();
		}
	});

	it('lets the recognition chain reject', () => {
		const result = step('recognition', permissive({ chainLength: 3, step: 1 }), {
			type: 'REJECT',
			comment: 'Chưa đủ điều kiện'
		});
		expect(result.state).toBe('not_recognized');
	});

	it('allows WITHDRAW from every non-final state and from no final state', () => {
		for (const state of LIFECYCLE_STATES) {
			const result = step(state, permissive(), { type: 'WITHDRAW' });
			const final = (FINAL_STATES as readonly string[]).includes(state);
			expect(result.moved, state).toBe(!final);
			if (!final) expect(result.state).toBe('withdrawn');
		}
	});

	it('accepts nothing in a final state', () => {
		const events: LifecycleEvent[] = [
			{ type: 'SUBMIT' },
			{ type: 'APPROVE', decision: DECISION },
			{ type: 'RETURN', comment: 'x' },
			{ type: 'REJECT', comment: 'x' },
			{ type: 'WITHDRAW' }
		];
		for (const state of FINAL_STATES) {
			for (const event of events) expect(step(state, permissive(), event).moved).toBe(false);
		}
	});

	it('ignores events a state does not have', () => {
		expect(step('draft', permissive(), { type: 'APPROVE' }).moved).toBe(false);
		expect(step('pilot', permissive(), { type: 'SUBMIT' }).moved).toBe(false);
		expect(step('evaluation', permissive(), { type: 'CLASSIFY', comment: 'x', score: 95, rating: 'excellent' }).moved).toBe(false);
	});
});

describe('gateOf and turnOf', () => {
	it('names the gate each committee state waits on', () => {
		expect(gateOf('selection')).toBe('selection');
		expect(gateOf('plan_review')).toBe('plan');
		expect(gateOf('pilot')).toBe('supervision');
		expect(gateOf('review')).toBe('supervision');
		expect(gateOf('classification')).toBe('classification');
		expect(gateOf('recognition')).toBe('recognition');
		for (const s of ['draft', 'planning', 'evaluation', ...FINAL_STATES] as const) expect(gateOf(s)).toBeNull();
	});

	it('says whose move it is', () => {
		expect(['draft', 'planning', 'evaluation'].map(turnOf)).toEqual(['cell', 'cell', 'cell']);
		expect(turnOf('selection')).toBe('committee');
		expect(turnOf('review')).toBe('committee');
		for (const s of FINAL_STATES) expect(turnOf(s)).toBe('none');
	});
});

describe('machine definition as data', () => {
	it('lists every state with its events, and is plain JSON', () => {
		const def = machineDefinition();
		expect(def.initial).toBe('draft');
		expect(Object.keys(def.states)).toEqual([...LIFECYCLE_STATES]);
		expect(JSON.parse(JSON.stringify(def))).toEqual(def);
		expect(def.states.selection.on.APPROVE?.map((t) => t.guards)).toEqual([
			['notLastStep'],
			['lastStep', 'quotaAvailable']
		]);
		expect(def.states.pilot.on.START_EVALUATION?.[0]?.guards).toEqual(['reviewConcluded', 'enoughSelfAssessments']);
		for (const s of FINAL_STATES) expect(def.states[s].on).toEqual({});
	});

	it('matches the machine’s own state list and finals', () => {
		expect(Object.keys(lifecycleMachine.root.states)).toEqual([...LIFECYCLE_STATES]);
		const finals = Object.entries(lifecycleMachine.root.states)
			.filter(([, node]) => node.type === 'final')
			.map(([key]) => key);
		expect(finals).toEqual([...FINAL_STATES]);
	});

	it('has every non-final state enter at the first committee of its chain', () => {
		for (const s of LIFECYCLE_STATES) expect(machineDefinition().states[s].entry).toEqual(['resetStep']);
	});

	it('only step+1 stays in its state', () => {
		for (const t of allTransitions()) {
			if (t.internal) {
				expect(t.actions).toEqual(['nextStep']);
				expect(t.event).toBe('APPROVE');
			}
		}
	});
});
