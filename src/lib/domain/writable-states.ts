// Which lifecycle states allow which writes: the one table. The routes (which forms are open),
// the homes (what the secretary is asked to do), the hooks (quotas, reminders) read it here.
// The API rules in pb_migrations enforce the same lists on the server; migrations are frozen
// (a replay must give the schema it gave then), so they write the lists out, and
// tests/integration/writable-states.test.ts checks that the live rules list exactly these.
import { FINAL_STATES, LIFECYCLE_STATES, isFinalState, type LifecycleState } from './lifecycle-types';

/** The cell's records its secretary may create and change, by the enrollment's state. */
export const CELL_WRITABLE_STATES = {
	/** The resolution and plan: drafted while planning. */
	plans: ['planning'],
	/** The plan's work steps: drafted while planning, kept up to date through the pilot and review. */
	plan_tasks: ['planning', 'pilot', 'review'],
	/** Meetings and monthly self-assessments: from the pilot to the year-end evaluation. */
	meetings: ['pilot', 'review', 'evaluation'],
	self_assessments: ['pilot', 'review', 'evaluation']
} as const satisfies Record<string, readonly LifecycleState[]>;

export type CellCollection = keyof typeof CELL_WRITABLE_STATES;

/** Whether the cell may write records of `collection` while its enrollment is in `state`. */
export function cellMayWrite(collection: CellCollection, state: string): boolean {
	return (CELL_WRITABLE_STATES[collection] as readonly string[]).includes(state);
}

/** States in which the cell self-assesses monthly (and the reminders ask for the month). */
export const ASSESSING_STATES = CELL_WRITABLE_STATES.self_assessments;

/** States in which a committee locks (or reopens) the months it has checked: up to classification. */
export const LOCKABLE_STATES = [...ASSESSING_STATES, 'classification'] as const;

/**
 * States in which the enrollment counts as selected into the pilot (for the selection quota):
 * every state from planning on, except a file rejected or withdrawn.
 */
export const SELECTED_STATES: readonly LifecycleState[] = LIFECYCLE_STATES.slice(LIFECYCLE_STATES.indexOf('planning')).filter(
	(s) => s !== 'rejected' && s !== 'withdrawn'
);

/** Closed files: nothing is written to them any more (supervision included). */
export const CLOSED_STATES = FINAL_STATES;
export const isClosed = isFinalState;
