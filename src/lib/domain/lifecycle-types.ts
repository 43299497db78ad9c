// Types and small pure facts about the lifecycle of one enrolment (cell × programme).
//
// Kept apart from the machine so that guards, labels and permissions can use them without
// importing XState (and without import cycles); lifecycle.machine.ts re-exports all of it.

import type { Gate } from './approval-chain';
import type { Rating, Thresholds } from './classification';

export type { Gate } from './approval-chain';

/** Every state value, in lifecycle order. Stored as-is in the `state` text column. */
export const LIFECYCLE_STATES = [
	'draft',
	'selection',
	'planning',
	'plan_review',
	'pilot',
	'review',
	'evaluation',
	'classification',
	'recognition',
	'recognized',
	'not_recognized',
	'rejected',
	'withdrawn'
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const FINAL_STATES = ['recognized', 'not_recognized', 'rejected', 'withdrawn'] as const;
export type FinalState = (typeof FINAL_STATES)[number];

export const EVENT_TYPES = [
	'SUBMIT',
	'APPROVE',
	'RETURN',
	'REJECT',
	'WITHDRAW',
	'OPEN_REVIEW',
	'CONCLUDE_REVIEW',
	'START_EVALUATION',
	'CLASSIFY'
] as const;
export type LifecycleEventType = (typeof EVENT_TYPES)[number];

/** A recognition decision (quyết định công nhận). `date` is YYYY-MM-DD. */
export interface Decision {
	number: string;
	date: string;
	signer: string;
}

export type LifecycleEvent =
	| { type: 'SUBMIT'; comment?: string }
	| { type: 'APPROVE'; comment?: string; decision?: Decision }
	| { type: 'RETURN'; comment: string }
	| { type: 'REJECT'; comment: string }
	| { type: 'WITHDRAW'; comment?: string }
	| { type: 'OPEN_REVIEW'; comment?: string }
	| { type: 'CONCLUDE_REVIEW'; comment?: string }
	| { type: 'START_EVALUATION'; comment?: string }
	| { type: 'CLASSIFY'; comment: string; score: number; rating: Rating };

/** The lifecycle fields stored on the enrolment record, besides `state`. */
export interface LifecyclePersisted {
	/** Index in the current gate's approval chain (0 = first committee). */
	step: number;
	/** The mid-term review (sơ kết) has been concluded; it happens once. */
	reviewConcluded: boolean;
	/** Year-end score and rating, set by CLASSIFY. */
	score: number | null;
	rating: Rating | null;
}

/**
 * Facts the server computes from the database before each event. They are inputs, not state:
 * the machine never changes them, and the server recomputes them for every request.
 */
export interface LifecycleFacts {
	/** Length of the current gate's resolved approval chain (1 when not at a gate). */
	chainLength: number;
	/** The registration states the cell's goals (the form requires them; so does the server). */
	registrationFiled: boolean;
	/** A thematic resolution and a plan with tasks have been filed. */
	planFiled: boolean;
	/** Monthly self-assessments filed for this enrolment. */
	selfAssessments: number;
	minSelfAssessments: number;
	/** Mid-term review notes filed by inspectors for this enrolment. */
	reviewNotes: number;
	/** Cells of this cell type already selected for the pilot in the quota scope (district). */
	quotaUsed: number;
	quotaMax: number;
	thresholds: Thresholds;
	/** OTHER enrolments of this programme in the same grassroots organisation rated excellent … */
	excellentCount: number;
	/** … and rated good or better (the candidate being classified is not counted here). */
	goodOrBetterCount: number;
	excellentCapPct: number;
	/** Minimum rating that goes on to recognition. */
	recognitionLevel: Rating;
}

export type LifecycleContext = LifecyclePersisted & LifecycleFacts;

/** Which gate (and therefore which approval chain) a state waits on; null = the cell's turn. */
export function gateOf(state: LifecycleState | string): Gate | null {
	switch (state) {
		case 'selection':
			return 'selection';
		case 'plan_review':
			return 'plan';
		case 'pilot':
		case 'review':
			return 'supervision';
		case 'classification':
			return 'classification';
		case 'recognition':
			return 'recognition';
		default:
			return null;
	}
}

export function isLifecycleState(value: unknown): value is LifecycleState {
	return typeof value === 'string' && (LIFECYCLE_STATES as readonly string[]).indexOf(value) >= 0;
}

export function isFinalState(state: string): state is FinalState {
	return (FINAL_STATES as readonly string[]).indexOf(state) >= 0;
}

export function isEventType(value: unknown): value is LifecycleEventType {
	return typeof value === 'string' && (EVENT_TYPES as readonly string[]).indexOf(value) >= 0;
}

/** Whose move it is: the cell's, a committee's (the one at chain[step] of the gate), or nobody's. */
export function turnOf(state: LifecycleState | string): 'cell' | 'committee' | 'none' {
	if (isFinalState(state)) return 'none';
	if (gateOf(state) !== null) return 'committee';
	return isLifecycleState(state) ? 'cell' : 'none';
}
