import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { FINAL_STATES, LIFECYCLE_STATES, lifecycleMachine } from '../../src/lib/domain/lifecycle.machine';
import { allTransitions } from '../../src/lib/domain/lifecycle-definition';
import { lifecyclePaths, reachableStates, sampleEvents, type LifecyclePath } from '../../src/lib/domain/lifecycle-paths';
import { buildFacts, decide, type EnrollmentSnapshot } from '../../src/lib/domain/lifecycle-decide';
import { resolveChain, type AncestorUnit, type Gate } from '../../src/lib/domain/approval-chain';
import { DEFAULT_PROGRAMME_CONFIG } from '../../src/lib/domain/programme-config';
import type { LifecycleState } from '../../src/lib/domain/lifecycle-types';
import { permissive } from './lifecycle-fixtures';

describe('xstate/graph over the machine with a permissive context', () => {
	// Fixed chains of two committees: every step+1 self-transition is taken once.
	const fromState = lifecycleMachine.resolveState({ value: 'draft', context: permissive({ chainLength: 2 }) });
	const options = {
		fromState,
		events: (snapshot: typeof fromState) => sampleEvents(snapshot.value as LifecycleState)
	};

	it('reaches every state with simple paths, and ends in every final state', () => {
		const paths = getSimplePaths(lifecycleMachine, options);
		const reached = new Set(paths.flatMap((p) => p.steps.map((s) => s.state.value as string)));
		expect([...reached].sort()).toEqual([...LIFECYCLE_STATES].sort());
		const ends = new Set(paths.map((p) => p.state.value as string));
		for (const final of FINAL_STATES) expect(ends.has(final), final).toBe(true);
	});

	it('has a shortest path to recognition through every gate', () => {
		const paths = getShortestPaths(lifecycleMachine, { ...options, toState: (s) => s.value === 'recognized' });
		expect(paths).toHaveLength(1);
		expect(paths[0]?.steps.map((s) => s.event.type)).toEqual([
			'xstate.init',
			'SUBMIT',
			'APPROVE',
			'APPROVE',
			'SUBMIT',
			'APPROVE',
			'APPROVE',
			'OPEN_REVIEW',
			'CONCLUDE_REVIEW',
			'START_EVALUATION',
			'SUBMIT',
			'CLASSIFY',
			'APPROVE',
			'APPROVE'
		]);
	});
});

describe('lifecyclePaths()', () => {
	const cover = lifecyclePaths();

	it('covers every transition of the chart with a few complete paths', () => {
		// Every gate with a step+1 needs a chain of two or more for its self-transition to exist.
		const all = lifecyclePaths({ chainLengths: { selection: 2, plan: 2, recognition: 3 } });
		expect(all.length).toBeGreaterThan(5);
		expect(all.length).toBeLessThan(40);
		for (const path of all) expect((FINAL_STATES as readonly string[]).includes(path.end), path.id).toBe(true);
		const taken = new Set(all.flatMap((p) => p.steps.map((s) => `${s.from} ${s.event.type} ${s.to}`)));
		for (const t of allTransitions()) {
			expect(taken.has(`${t.from} ${t.event} ${t.to}`), `${t.from} ${t.event} → ${t.to}`).toBe(true);
		}
	});

	it('are plain JSON', () => {
		expect(JSON.parse(JSON.stringify(cover))).toEqual(cover);
	});

	it('chain each step onto the previous one', () => {
		for (const path of cover) {
			let state: LifecycleState = 'draft';
			let step = 0;
			for (const s of path.steps) {
				expect([s.from, s.stepBefore]).toEqual([state, step]);
				state = s.to;
				step = s.stepAfter;
			}
			expect(state).toBe(path.end);
		}
	});

	it('says which facts each step needs', () => {
		const steps = cover.flatMap((p) => p.steps);
		const find = (from: string, type: string) => steps.find((s) => s.from === from && s.event.type === type);
		expect(find('planning', 'SUBMIT')?.requires).toEqual({ planFiled: true });
		expect(find('pilot', 'START_EVALUATION')?.requires).toEqual({ selfAssessments: 6 });
		expect(find('review', 'CONCLUDE_REVIEW')?.requires).toEqual({ reviewNotes: 1 });
		expect(steps.some((s) => s.from === 'selection' && s.requires.quotaAvailable)).toBe(true);
		expect(find('draft', 'SUBMIT')?.actor).toBe('secretary');
		expect(find('selection', 'APPROVE')?.actor).toBe('officer');
	});

	it('bounds the step+1 loops by the chain lengths (1 to 3)', () => {
		const long = lifecyclePaths({ chainLengths: { recognition: 9 } });
		const maxRecognitionStep = Math.max(...long.flatMap((p) => p.steps.filter((s) => s.from === 'recognition').map((s) => s.stepBefore)));
		expect(maxRecognitionStep).toBe(2);
		expect(reachableStates().sort()).toEqual([...LIFECYCLE_STATES].sort());
	});

	it('lists the simple paths ending in a final state', () => {
		const simple = lifecyclePaths({ mode: 'simple' });
		expect(simple.length).toBeGreaterThan(10);
		expect(simple.length).toBeLessThan(200);
		expect(new Set(simple.map((p) => p.end))).toEqual(new Set(FINAL_STATES));
	});
});

// Replays the paths against decide(), the server's entry point, the way an integration test
// replays them against PocketBase: a world that starts empty and only gets the data each step
// says it requires; the actor is the cell's secretary or an officer of chain(gate)[stepBefore].
function replay(paths: LifecyclePath[], ancestors: AncestorUnit[]) {
	const chains = {} as Record<Gate, string[]>;
	for (const gate of Object.keys(DEFAULT_PROGRAMME_CONFIG.chains) as Gate[]) {
		chains[gate] = resolveChain(DEFAULT_PROGRAMME_CONFIG.chains[gate], ancestors);
	}
	for (const path of paths) {
		const world = { registrationFiled: false, planFiled: false, selfAssessments: 0, reviewNotes: 0 };
		let enrollment: EnrollmentSnapshot = {
			state: 'draft',
			step: 0,
			reviewConcluded: false,
			score: null,
			rating: null,
			cell: 'CELL',
			awaiting: null,
			submittedBy: null
		};
		for (const step of path.steps) {
			const r = step.requires;
			if (r.registrationFiled) world.registrationFiled = true;
			if (r.planFiled) world.planFiled = true;
			if (r.selfAssessments) world.selfAssessments = Math.max(world.selfAssessments, r.selfAssessments);
			if (r.reviewNotes) world.reviewNotes = Math.max(world.reviewNotes, r.reviewNotes);
			const chain = step.gate ? chains[step.gate] : [];
			const awaiting = step.gate ? (chain[step.stepBefore] ?? null) : null;
			const facts = buildFacts(DEFAULT_PROGRAMME_CONFIG, {
				chainLength: chain.length || 1,
				...world,
				// Data a step does not require is absent, to prove the recipe is enough.
				quotaUsed: r.quotaAvailable ? 0 : 3,
				excellentCount: r.excellentCapRoom ? 0 : 1,
				goodOrBetterCount: r.excellentCapRoom ? 0 : 1
			});
			const actor =
				step.actor === 'secretary'
					? { id: 'u-secretary', role: 'secretary' as const, unitId: 'CELL' }
					: { id: `u-officer-${awaiting}`, role: 'officer' as const, unitId: awaiting ?? '' };
			const result = decide({ enrollment: { ...enrollment, awaiting }, facts, actor, event: step.event });
			expect(result.ok, `${path.id}: ${step.event.type} in ${step.from} → ${JSON.stringify(result)}`).toBe(true);
			if (!result.ok) return;
			expect(result.next.state).toBe(step.to);
			expect(result.next.step).toBe(step.stepAfter);
			enrollment = {
				...enrollment,
				...result.next,
				submittedBy: step.event.type === 'SUBMIT' ? actor.id : enrollment.submittedBy
			};
		}
		expect(enrollment.state).toBe(path.end);
	}
}

describe('replaying the paths through decide()', () => {
	it('works on a 4-level tree with the default chains', () => {
		replay(lifecyclePaths(), [
			{ id: 'P', kind: 'province' },
			{ id: 'D', kind: 'district' },
			{ id: 'G', kind: 'grassroots' }
		]);
	});

	it('works on a 3-level tree (no district level): shorter chains', () => {
		const ancestors = [
			{ id: 'P', kind: 'province' },
			{ id: 'G', kind: 'grassroots' }
		];
		const chainLengths = {} as Record<Gate, number>;
		for (const gate of Object.keys(DEFAULT_PROGRAMME_CONFIG.chains) as Gate[]) {
			chainLengths[gate] = resolveChain(DEFAULT_PROGRAMME_CONFIG.chains[gate], ancestors).length;
		}
		expect(chainLengths).toEqual({ selection: 1, plan: 1, supervision: 1, classification: 1, recognition: 2 });
		const paths = lifecyclePaths({ chainLengths });
		replay(paths, ancestors);
		replay(lifecyclePaths({ chainLengths, mode: 'simple' }), ancestors);
	});
});
