// Reads the lifecycle machine's own definition as plain data: for each state, its events, the
// candidate transitions in order, their targets and their guards (flattened to guard names).
//
// Explanations ("why can't I?"), available events, irreversibility and the path recipes all walk
// this, so none of them keeps a second copy of the transitions. machineDefinition() is the JSON
// form the hooks bundle and the UI can compare to prove they run the same chart.

import { and } from 'xstate';
import { GUARDS, isGuardName, type GuardName } from './lifecycle-guards';
import { lifecycleMachine } from './lifecycle.machine';
import {
	LIFECYCLE_STATES,
	gateOf,
	isFinalState,
	isLifecycleState,
	turnOf,
	type Gate,
	type LifecycleEventType,
	type LifecycleState
} from './lifecycle-types';

export interface TransitionInfo {
	event: LifecycleEventType;
	from: LifecycleState;
	/** Same as `from` for a targetless transition (the step+1 inside a gate). */
	to: LifecycleState;
	/** All guard names that must pass, in order (and() flattened). Empty = unguarded. */
	guards: GuardName[];
	actions: string[];
	/** Targetless: stays in the state without re-entering it (step+1). */
	internal: boolean;
}

export interface StateInfo {
	final: boolean;
	gate: Gate | null;
	turn: 'cell' | 'committee' | 'none';
	entry: string[];
	/** Candidate transitions per event, in the order the machine tries them. */
	on: Partial<Record<LifecycleEventType, TransitionInfo[]>>;
}

export interface MachineDefinition {
	id: string;
	initial: LifecycleState;
	states: Record<LifecycleState, StateInfo>;
}

// XState keeps a guard as a name (string), a `{ type }` object, or for and()/or()/not() a
// function carrying `.check` and `.guards`. Only and() of names is used in this chart; anything
// else is rejected loudly so that the explanations can never silently drift from the machine.
// and() is recognised by its `check` (shared by every and() guard), not by the function's name,
// which a minifier may change.
const AND_CHECK = (and([]) as unknown as { check: unknown }).check;

function flattenGuard(guard: unknown): GuardName[] {
	if (guard === undefined || guard === null) return [];
	if (typeof guard === 'string') {
		if (!isGuardName(guard)) throw new Error(`Unknown guard: ${guard}`);
		return [guard];
	}
	if (typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') {
		return flattenGuard((guard as { type: string }).type);
	}
	if (typeof guard === 'function') {
		const fn = guard as { check?: unknown; guards?: unknown[] };
		if (fn.check === AND_CHECK && Array.isArray(fn.guards)) {
			const names: GuardName[] = [];
			for (const inner of fn.guards) names.push(...flattenGuard(inner));
			return names;
		}
	}
	throw new Error('Unsupported guard in the lifecycle machine (use a name or and([...names]))');
}

function actionNames(actions: unknown): string[] {
	if (!Array.isArray(actions)) return [];
	return actions.map((action) =>
		typeof action === 'string'
			? action
			: typeof action === 'object' && action !== null && 'type' in action
				? String((action as { type: unknown }).type)
				: 'inline'
	);
}

interface RawTransition {
	target?: Array<{ key: string }>;
	guard?: unknown;
	actions?: unknown;
}

interface RawStateNode {
	key: string;
	type: string;
	entry: unknown[];
	on: Record<string, RawTransition[]>;
}

function stateNode(state: LifecycleState): RawStateNode {
	const node = (lifecycleMachine.root.states as unknown as Record<string, RawStateNode>)[state];
	if (!node) throw new Error(`No state node ${state}`);
	return node;
}

const cache: Partial<Record<LifecycleState, StateInfo>> = {};

function stateInfo(state: LifecycleState): StateInfo {
	const cached = cache[state];
	if (cached) return cached;
	const node = stateNode(state);
	const on: StateInfo['on'] = {};
	for (const eventType of Object.keys(node.on)) {
		const list = node.on[eventType] ?? [];
		on[eventType as LifecycleEventType] = list.map((t) => {
			const targetKey = t.target && t.target[0] ? t.target[0].key : state;
			if (!isLifecycleState(targetKey)) throw new Error(`Unknown target ${targetKey}`);
			return {
				event: eventType as LifecycleEventType,
				from: state,
				to: targetKey,
				guards: flattenGuard(t.guard),
				actions: actionNames(t.actions),
				internal: !t.target || t.target.length === 0
			};
		});
	}
	const info: StateInfo = {
		final: isFinalState(state),
		gate: gateOf(state),
		turn: turnOf(state),
		entry: actionNames(node.entry),
		on
	};
	cache[state] = info;
	return info;
}

/** Candidate transitions for one event in one state, in the order the machine tries them. */
export function transitionsOf(state: LifecycleState, eventType: string): TransitionInfo[] {
	if (!isLifecycleState(state)) return [];
	return (stateInfo(state).on as Record<string, TransitionInfo[] | undefined>)[eventType] ?? [];
}

/** Event types that have at least one transition in `state`, in definition order. */
export function eventTypesOf(state: LifecycleState): LifecycleEventType[] {
	if (!isLifecycleState(state)) return [];
	return Object.keys(stateInfo(state).on) as LifecycleEventType[];
}

/** Every transition of the chart. */
export function allTransitions(): TransitionInfo[] {
	const list: TransitionInfo[] = [];
	for (const state of LIFECYCLE_STATES) {
		for (const type of eventTypesOf(state)) list.push(...transitionsOf(state, type));
	}
	return list;
}

/** The chart as plain JSON data: states, their events, targets, guard names, actions. */
export function machineDefinition(): MachineDefinition {
	const states = {} as Record<LifecycleState, StateInfo>;
	for (const state of LIFECYCLE_STATES) states[state] = stateInfo(state);
	const initial = (lifecycleMachine.config as { initial?: unknown }).initial;
	return JSON.parse(
		JSON.stringify({
			id: lifecycleMachine.id,
			initial: typeof initial === 'string' ? initial : 'draft',
			states
		})
	) as MachineDefinition;
}

/** Guard metadata without the functions, for the definition's consumers. */
export function guardCatalogue(): Record<GuardName, { payload: boolean; routing: boolean }> {
	const out = {} as Record<GuardName, { payload: boolean; routing: boolean }>;
	for (const name of Object.keys(GUARDS) as GuardName[]) {
		out[name] = { payload: GUARDS[name].payload, routing: GUARDS[name].routing };
	}
	return out;
}
