// Shared helpers for the lifecycle unit tests.
import { transition } from 'xstate';
import { initialContext, lifecycleMachine } from '../../src/lib/domain/lifecycle.machine';
import type {
	LifecycleContext,
	LifecycleEvent,
	LifecycleState
} from '../../src/lib/domain/lifecycle-types';

/** A context where every data guard passes (one-committee chains, registration and plan filed, enough data). */
export function permissive(overrides: Partial<LifecycleContext> = {}): LifecycleContext {
	return initialContext({
		registrationFiled: true,
		planFiled: true,
		selfAssessments: 6,
		reviewNotes: 1,
		...overrides
	});
}

/** One pure step of the real machine. */
export function step(state: LifecycleState, context: LifecycleContext, event: LifecycleEvent) {
	const snapshot = lifecycleMachine.resolveState({ value: state, context });
	const [next] = transition(lifecycleMachine, snapshot, event);
	return {
		moved: next !== snapshot,
		state: next.value as LifecycleState,
		context: next.context
	};
}

export const DECISION = { number: '125-QĐ/ĐU', date: '2025-12-20', signer: 'Nguyễn Văn Hùng' };
