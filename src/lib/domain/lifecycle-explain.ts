// "Can this event happen now, and if not, why?" computed with the real machine.
//
// The decision itself is always XState's (`resolveState` + `transition`); the guard walk over the
// definition only produces the Vietnamese reasons when XState says no, and the list of events a
// screen should offer.

import { transition } from 'xstate';
import { GUARDS, type GuardArgs } from './lifecycle-guards';
import { eventTypesOf, transitionsOf, type TransitionInfo } from './lifecycle-definition';
import { eventLabel, stateLabel } from './lifecycle-labels';
import { lifecycleMachine } from './lifecycle.machine';
import {
	isFinalState,
	isLifecycleState,
	type LifecycleContext,
	type LifecycleEvent,
	type LifecycleEventType,
	type LifecycleState
} from './lifecycle-types';

export type ExplainResult =
	| { ok: true; next: { state: LifecycleState; context: LifecycleContext } }
	| { ok: false; reason: 'not_in_state' | 'guard'; messages: string[] };

const GENERIC = 'Không thể thực hiện thao tác này ở bước hiện tại';

/**
 * Messages of the guards that block `event`. Candidates whose routing guards fail are not the
 * transition the user is aiming at (e.g. "not the last step" when they are at the last step),
 * so only the candidates still in play are asked why they fail.
 */
function failureMessages(
	candidates: TransitionInfo[],
	args: GuardArgs,
	ignorePayload: boolean
): string[] {
	const counts = (name: keyof typeof GUARDS) => !(ignorePayload && GUARDS[name].payload);
	const fails = (name: keyof typeof GUARDS) => counts(name) && !GUARDS[name].check(args);
	let inPlay = candidates.filter((t) =>
		t.guards.every((name) => !GUARDS[name].routing || !fails(name))
	);
	if (inPlay.length === 0) inPlay = candidates;
	const messages: string[] = [];
	const add = (message: string) => {
		if (messages.indexOf(message) < 0) messages.push(message);
	};
	for (const t of inPlay) {
		for (const name of t.guards) if (!GUARDS[name].routing && fails(name)) add(GUARDS[name].message(args));
	}
	if (messages.length === 0) {
		for (const t of inPlay) for (const name of t.guards) if (fails(name)) add(GUARDS[name].message(args));
	}
	return messages;
}

/** Whether `event` is possible in `state` with `context`, and the result or the reasons. */
export function explainEvent(
	state: LifecycleState,
	context: LifecycleContext,
	event: LifecycleEvent
): ExplainResult {
	if (!isLifecycleState(state)) {
		return { ok: false, reason: 'not_in_state', messages: [`Trạng thái không hợp lệ: ${String(state)}`] };
	}
	if (isFinalState(state)) {
		return {
			ok: false,
			reason: 'not_in_state',
			messages: [`Hồ sơ đã kết thúc (“${stateLabel(state)}”), không thể thao tác thêm`]
		};
	}
	const candidates = transitionsOf(state, event.type);
	if (candidates.length === 0) {
		return {
			ok: false,
			reason: 'not_in_state',
			messages: [`Không thể “${eventLabel(event.type)}” khi hồ sơ đang ở bước “${stateLabel(state)}”`]
		};
	}
	const snapshot = lifecycleMachine.resolveState({ value: state, context });
	const [next] = transition(lifecycleMachine, snapshot, event);
	if (next !== snapshot) {
		return { ok: true, next: { state: next.value as LifecycleState, context: next.context } };
	}
	const messages = failureMessages(candidates, { context, event }, false);
	return { ok: false, reason: 'guard', messages: messages.length ? messages : [GENERIC] };
}

export interface AvailableEvents {
	/** Event types possible now, as far as the data goes (comment, score, decision not yet known). */
	events: LifecycleEventType[];
	/** Event types this state has but the data does not allow yet, with the reasons. */
	blocked: Array<{ type: LifecycleEventType; messages: string[] }>;
}

/** What this state offers, judged on data guards only (payload guards are the form's job). */
export function availableEvents(state: LifecycleState, context: LifecycleContext): AvailableEvents {
	const result: AvailableEvents = { events: [], blocked: [] };
	if (!isLifecycleState(state) || isFinalState(state)) return result;
	for (const type of eventTypesOf(state)) {
		const candidates = transitionsOf(state, type);
		const args = { context, event: { type } as LifecycleEvent };
		const possible = candidates.some((t) =>
			t.guards.every((name) => GUARDS[name].payload || GUARDS[name].check(args))
		);
		if (possible) result.events.push(type);
		else {
			const messages = failureMessages(candidates, args, true);
			result.blocked.push({ type, messages: messages.length ? messages : [GENERIC] });
		}
	}
	return result;
}
