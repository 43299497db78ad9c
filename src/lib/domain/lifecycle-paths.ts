// Paths through the lifecycle, generated from the machine with xstate/graph, as plain data that
// an integration test can replay against the real server.
//
// Not part of the hooks bundle (xstate/graph is test tooling). The machine's facts (chain length,
// plan filed, self-assessments, …) are inputs the server computes before every event; here they
// are recomputed the same way before every step from a "permissive" recipe, so every transition
// of the chart is possible, and each step says which facts it relied on (`requires`) so that a
// replaying test can create exactly that data first.
//
// Replaying a path, step by step:
//   1. make the facts in `step.requires` true (file the plan, add N monthly self-assessments,
//      have an inspector file a review note, keep the quota free, keep the excellent cap free);
//   2. send `step.event` as `step.actor`: the cell's secretary, or an officer of the committee at
//      index `step.stepBefore` of the resolved chain of `step.gate` (chain lengths as passed in);
//   3. expect the enrolment to be in `step.to` with `step` = `step.stepAfter`.

import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import type { AnyActorLogic } from 'xstate';
import { GATES, type Gate } from './approval-chain';
import { GUARDS, type GuardName } from './lifecycle-guards';
import { eventTypesOf, transitionsOf } from './lifecycle-definition';
import { initialContext, lifecycleMachine } from './lifecycle.machine';
import {
	gateOf,
	isFinalState,
	turnOf,
	type LifecycleContext,
	type LifecycleEvent,
	type LifecycleFacts,
	type LifecycleState
} from './lifecycle-types';

/** Facts a step relies on; the replaying caller creates this data before sending the event. */
export interface StepRequirements {
	/** The registration's goals are filled in. */
	registrationFiled?: true;
	/** A resolution and a plan have been filed. */
	planFiled?: true;
	/** At least this many monthly self-assessments exist. */
	selfAssessments?: number;
	/** At least this many mid-term review notes exist. */
	reviewNotes?: number;
	/** Fewer than quota.max cells of this type are selected in the district. */
	quotaAvailable?: true;
	/** Rating excellent must fit under the cap: no other rated cells in the grassroots org. */
	excellentCapRoom?: true;
}

export interface PathStep {
	event: LifecycleEvent;
	from: LifecycleState;
	to: LifecycleState;
	/** The enrolment's `step` (index in the gate's chain) before and after. */
	stepBefore: number;
	stepAfter: number;
	/** Gate of `from`; the deciding committee is chain(gate)[stepBefore]. Null = the cell acts. */
	gate: Gate | null;
	actor: 'secretary' | 'officer';
	requires: StepRequirements;
}

export interface LifecyclePath {
	/** Stable, readable: the events joined by ">". */
	id: string;
	end: LifecycleState;
	steps: PathStep[];
}

export interface LifecyclePathsOptions {
	/** Resolved chain length per gate, 1–3. Default: a 4-level tree under QĐ 366 defaults. */
	chainLengths?: Partial<Record<Gate, number>>;
	minSelfAssessments?: number;
	/**
	 * 'cover' (default): a small set of complete paths (each ends in a final state) that together
	 * take every transition of the chart at least once: what integration tests replay.
	 * 'simple': every simple path (no repeated state) that ends in a final state.
	 */
	mode?: 'cover' | 'simple';
}

/** Chain lengths of a province → district → grassroots → cell tree with the default chains. */
export const DEFAULT_CHAIN_LENGTHS: Record<Gate, number> = {
	selection: 2,
	plan: 1,
	supervision: 1,
	classification: 1,
	recognition: 3
};

/** The events tried in each state, with payloads that satisfy the payload guards. */
export function sampleEvents(state: LifecycleState): LifecycleEvent[] {
	const events: LifecycleEvent[] = [];
	for (const type of eventTypesOf(state)) {
		switch (type) {
			case 'APPROVE':
				events.push(
					state === 'recognition'
						? {
								type,
								comment: 'Đồng ý công nhận',
								decision: { number: '125-QĐ/ĐU', date: '2025-12-20', signer: 'Nguyễn Văn Hùng' }
							}
						: { type, comment: 'Đồng ý' }
				);
				break;
			case 'RETURN':
				events.push({ type, comment: 'Đề nghị bổ sung, hoàn thiện hồ sơ' });
				break;
			case 'REJECT':
				events.push({ type, comment: 'Chưa đáp ứng yêu cầu của đề án' });
				break;
			case 'WITHDRAW':
				events.push({ type, comment: 'Chi bộ xin rút khỏi chương trình' });
				break;
			case 'CLASSIFY':
				events.push({ type, comment: 'Đạt các tiêu chí', score: 95, rating: 'excellent' });
				events.push({ type, comment: 'Đạt phần lớn tiêu chí', score: 80, rating: 'good' });
				break;
			default:
				events.push({ type } as LifecycleEvent);
		}
	}
	return events;
}

function clampChain(n: number | undefined, fallback: number): number {
	const value = typeof n === 'number' && isFinite(n) ? Math.floor(n) : fallback;
	return Math.min(3, Math.max(1, value));
}

interface Snap {
	value: LifecycleState;
	context: LifecycleContext;
}

interface Setup {
	logic: AnyActorLogic;
	start: Snap;
	factsFor: (state: LifecycleState) => LifecycleFacts;
	options: {
		fromState: Snap;
		events: (s: Snap) => LifecycleEvent[];
		serializeState: (s: Snap) => string;
	};
}

function setupTraversal(options: LifecyclePathsOptions): Setup {
	const chainLengths = {} as Record<Gate, number>;
	for (const gate of GATES) {
		chainLengths[gate] = clampChain(options.chainLengths?.[gate], DEFAULT_CHAIN_LENGTHS[gate]);
	}
	const min = Math.max(0, Math.floor(options.minSelfAssessments ?? 6));
	// The machine's own defaults (initialContext), with every fact a happy path needs filed.
	const factsFor = (state: LifecycleState): LifecycleFacts => {
		const gate = gateOf(state);
		const { step: _s, reviewConcluded: _r, score: _c, rating: _t, ...defaults } = initialContext();
		return {
			...defaults,
			chainLength: gate ? chainLengths[gate] : 1,
			registrationFiled: true,
			planFiled: true,
			selfAssessments: min,
			minSelfAssessments: min,
			reviewNotes: 1
		};
	};
	const refresh = (s: Snap) =>
		lifecycleMachine.resolveState({ value: s.value, context: { ...s.context, ...factsFor(s.value) } });
	const start = refresh({
		value: 'draft',
		context: initialContext(factsFor('draft'))
	}) as unknown as Snap;
	// The machine, with the server's "recompute facts before each event" in front of it.
	const logic = {
		config: lifecycleMachine.config,
		transition: (s: Snap, event: LifecycleEvent, scope: unknown) =>
			lifecycleMachine.transition(refresh(s), event, scope as never),
		getInitialSnapshot: () => start,
		getPersistedSnapshot: (s: Snap) => ({ value: s.value, context: s.context })
	} as unknown as AnyActorLogic;
	// Only the persisted fields identify a vertex; facts are recomputed per step.
	const serializeState = (s: Snap) =>
		[s.value, s.context.step, s.context.reviewConcluded ? 1 : 0, s.context.rating ?? '-'].join('|');
	return {
		logic,
		start,
		factsFor,
		options: { fromState: start, events: (s) => sampleEvents(s.value), serializeState }
	};
}

function requirementsOf(guards: GuardName[], context: LifecycleContext, event: LifecycleEvent) {
	const requires: StepRequirements = {};
	for (const name of guards) {
		if (name === 'registrationFiled') requires.registrationFiled = true;
		if (name === 'planFiled') requires.planFiled = true;
		if (name === 'enoughSelfAssessments') requires.selfAssessments = context.minSelfAssessments;
		if (name === 'hasReviewNote') requires.reviewNotes = 1;
		if (name === 'quotaAvailable') requires.quotaAvailable = true;
		if (name === 'excellentCapOk' && event.type === 'CLASSIFY' && event.rating === 'excellent') {
			requires.excellentCapRoom = true;
		}
	}
	return requires;
}

function toStep(setup: Setup, from: Snap, event: LifecycleEvent, to: Snap): PathStep {
	const context = { ...from.context, ...setup.factsFor(from.value) };
	const taken = transitionsOf(from.value, event.type).find((t) =>
		t.guards.every((name) => GUARDS[name].check({ context, event }))
	);
	if (!taken) throw new Error(`No transition for ${event.type} in ${from.value}`);
	return {
		event,
		from: from.value,
		to: to.value,
		stepBefore: from.context.step,
		stepAfter: to.context.step,
		gate: gateOf(from.value),
		actor: turnOf(from.value) === 'cell' || event.type === 'WITHDRAW' ? 'secretary' : 'officer',
		requires: requirementsOf(taken.guards, context, event)
	};
}

function toPath(steps: PathStep[]): LifecyclePath {
	const last = steps[steps.length - 1];
	return {
		id: steps.map((s) => s.event.type + (s.event.type === 'CLASSIFY' ? `(${s.event.rating})` : '')).join('>'),
		end: last ? last.to : 'draft',
		steps
	};
}

function simplePaths(setup: Setup): LifecyclePath[] {
	const paths = getSimplePaths(setup.logic, setup.options as never) as unknown as Array<{
		state: Snap;
		steps: Array<{ state: Snap; event: LifecycleEvent }>;
	}>;
	const out: LifecyclePath[] = [];
	for (const path of paths) {
		if (!isFinalState(path.state.value)) continue;
		// xstate/graph lists [initial state, then the state after each event].
		const steps: PathStep[] = [];
		for (let i = 1; i < path.steps.length; i++) {
			const before = path.steps[i - 1];
			const after = path.steps[i];
			if (before && after) steps.push(toStep(setup, before.state, after.event, after.state));
		}
		out.push(toPath(steps));
	}
	return out;
}

interface Edge {
	from: string;
	to: string;
	event: LifecycleEvent;
	fromSnap: Snap;
	toSnap: Snap;
}

/** A few complete paths that together take every transition (every reachable edge) once. */
function coverPaths(setup: Setup): LifecyclePath[] {
	const serialize = setup.options.serializeState;
	const adjacency = getAdjacencyMap(setup.logic, setup.options as never) as unknown as Record<
		string,
		{ state: Snap; transitions: Record<string, { event: LifecycleEvent; state: Snap }> }
	>;
	const edges: Edge[] = [];
	const outgoing: Record<string, Edge[]> = {};
	const incoming: Record<string, Edge[]> = {};
	for (const key of Object.keys(adjacency)) {
		const vertex = adjacency[key];
		if (!vertex) continue;
		for (const t of Object.values(vertex.transitions)) {
			const to = serialize(t.state);
			if (to === key) continue; // refused by a guard: not an edge
			const edge = { from: key, to, event: t.event, fromSnap: vertex.state, toSnap: t.state };
			edges.push(edge);
			(outgoing[key] = outgoing[key] ?? []).push(edge);
			(incoming[to] = incoming[to] ?? []).push(edge);
		}
	}
	// Shortest way in from the start (BFS forwards) …
	const startKey = serialize(setup.start);
	const inEdge: Record<string, Edge | null> = { [startKey]: null };
	const queue = [startKey];
	while (queue.length) {
		const key = queue.shift() as string;
		for (const edge of outgoing[key] ?? []) {
			if (!(edge.to in inEdge)) {
				inEdge[edge.to] = edge;
				queue.push(edge.to);
			}
		}
	}
	// … and shortest way out to any final state (BFS backwards from the finals).
	const outEdge: Record<string, Edge | null> = {};
	const back: string[] = [];
	for (const key of Object.keys(adjacency)) {
		const vertex = adjacency[key];
		if (vertex && isFinalState(vertex.state.value)) {
			outEdge[key] = null;
			back.push(key);
		}
	}
	while (back.length) {
		const key = back.shift() as string;
		for (const edge of incoming[key] ?? []) {
			if (!(edge.from in outEdge)) {
				outEdge[edge.from] = edge;
				back.push(edge.from);
			}
		}
	}
	const prefix = (key: string): Edge[] => {
		const list: Edge[] = [];
		for (let e = inEdge[key]; e; e = inEdge[e.from]) list.unshift(e);
		return list;
	};
	const suffix = (key: string): Edge[] => {
		const list: Edge[] = [];
		for (let e = outEdge[key]; e; e = outEdge[e.to]) list.push(e);
		return list;
	};
	const edgeId = (e: Edge) => e.from + ' ' + JSON.stringify(e.event);
	const candidates = edges
		.filter((e) => e.from in inEdge && e.to in outEdge)
		.map((e) => prefix(e.from).concat([e], suffix(e.to)));
	// Greedy set cover: repeatedly keep the path that takes the most edges not yet taken.
	const covered = new Set<string>();
	const chosen: Edge[][] = [];
	for (;;) {
		let best: Edge[] | null = null;
		let bestGain = 0;
		for (const path of candidates) {
			const fresh = new Set(path.map(edgeId).filter((id) => !covered.has(id)));
			if (fresh.size > bestGain) {
				best = path;
				bestGain = fresh.size;
			}
		}
		if (!best) break;
		for (const e of best) covered.add(edgeId(e));
		chosen.push(best);
	}
	return chosen.map((path) => toPath(path.map((e) => toStep(setup, e.fromSnap, e.event, e.toSnap))));
}

/** Paths through the lifecycle as plain data (see the file comment for how to replay them). */
export function lifecyclePaths(options: LifecyclePathsOptions = {}): LifecyclePath[] {
	const setup = setupTraversal(options);
	return options.mode === 'simple' ? simplePaths(setup) : coverPaths(setup);
}

/** The reachable (state, step, reviewConcluded, rating) vertices, for reachability tests. */
export function reachableStates(options: LifecyclePathsOptions = {}): LifecycleState[] {
	const setup = setupTraversal(options);
	const adjacency = getAdjacencyMap(setup.logic, setup.options as never) as unknown as Record<
		string,
		{ state: Snap }
	>;
	const states: LifecycleState[] = [];
	for (const v of Object.values(adjacency)) {
		if (states.indexOf(v.state.value) < 0) states.push(v.state.value);
	}
	return states;
}

