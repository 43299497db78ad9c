// The single entry point the server uses for a lifecycle event:
//   decide({ enrollment, facts, actor, event })
// 1. the event must be well formed, the file not closed              → 400
// 2. the actor must be allowed to send it (lifecycle-permissions)   → 403
// 3. the machine must accept it in this state with these facts      → 400 with the reasons
// and on success the new values of the stored lifecycle fields. Nothing is written here: the
// caller writes the decision, the new state and the audit row in one transaction.

import { isRating, type Rating } from './classification';
import { explainEvent } from './lifecycle-explain';
import { eventLabel, stateLabel } from './lifecycle-labels';
import { mayAct, type Actor } from './lifecycle-permissions';
import {
	gateOf,
	isEventType,
	isFinalState,
	isLifecycleState,
	type Gate,
	type LifecycleContext,
	type LifecycleEvent,
	type LifecycleFacts,
	type LifecycleState
} from './lifecycle-types';
import type { ProgrammeConfig } from './programme-config';

/** What the server reads from the enrolment record (and its approval chain) for one event. */
export interface EnrollmentSnapshot {
	state: string;
	step: number;
	reviewConcluded: boolean;
	score: number | null;
	rating: Rating | string | null;
	/** The cell's unit id. */
	cell: string;
	/** The committee at chain[step] of the current gate, null when it is the cell's turn. */
	awaiting: string | null;
	/** Its name, for the 403 message. */
	awaitingName?: string | null;
	/** The user who sent the last SUBMIT. */
	submittedBy?: string | null;
}

export interface DecideInput {
	enrollment: EnrollmentSnapshot;
	facts: LifecycleFacts;
	actor: Actor;
	/** The request body's event; validated here. */
	event: unknown;
}

export interface NextLifecycle {
	state: LifecycleState;
	step: number;
	reviewConcluded: boolean;
	score: number | null;
	rating: Rating | null;
}

export type DecideResult =
	| {
			ok: true;
			next: NextLifecycle;
			/** The event's label, for the audit trail ("Phê duyệt"). */
			label: string;
			/** The new state's label ("Chờ duyệt kế hoạch"). */
			stateLabel: string;
			/** The gate the new state waits on (the server resolves its chain), null = cell's turn. */
			gate: Gate | null;
			final: boolean;
			/** The event as accepted, reduced to its known fields. */
			event: LifecycleEvent;
	  }
	| { ok: false; status: 400 | 403; message: string; messages?: string[] };

/** The machine context: the enrolment's stored lifecycle fields plus the server's facts. */
export function buildContext(
	enrollment: Pick<EnrollmentSnapshot, 'step' | 'reviewConcluded' | 'score' | 'rating'>,
	facts: LifecycleFacts
): LifecycleContext {
	return {
		...facts,
		step: typeof enrollment.step === 'number' && enrollment.step >= 0 ? enrollment.step : 0,
		reviewConcluded: enrollment.reviewConcluded === true,
		score: typeof enrollment.score === 'number' ? enrollment.score : null,
		rating: isRating(enrollment.rating) ? enrollment.rating : null
	};
}

/** The counts the server queries for one enrolment; the rest of the facts come from the config. */
export interface FactCounts {
	chainLength: number;
	registrationFiled: boolean;
	planFiled: boolean;
	selfAssessments: number;
	reviewNotes: number;
	quotaUsed: number;
	excellentCount: number;
	goodOrBetterCount: number;
}

/** Facts = what the server counted + the programme's rules for this year. */
export function buildFacts(config: ProgrammeConfig, counts: FactCounts): LifecycleFacts {
	return {
		...counts,
		minSelfAssessments: config.minSelfAssessments,
		quotaMax: config.quota.max,
		thresholds: { ...config.thresholds },
		excellentCapPct: config.excellentCapPct,
		recognitionLevel: config.recognitionLevel
	};
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/**
 * Reads an event from a request body, keeping only the fields its type defines. Returns null
 * when it is not an object with a known `type`. Values are not judged here (an empty comment,
 * a score of 140): the machine's guards do that, with their own messages.
 */
export function parseEvent(input: unknown): LifecycleEvent | null {
	if (typeof input !== 'object' || input === null) return null;
	const raw = input as Record<string, unknown>;
	if (!isEventType(raw.type)) return null;
	const comment = text(raw.comment);
	const base = comment === undefined ? {} : { comment };
	switch (raw.type) {
		case 'APPROVE': {
			const d = raw.decision;
			if (typeof d === 'object' && d !== null) {
				const decision = d as Record<string, unknown>;
				return {
					type: 'APPROVE',
					...base,
					decision: {
						number: text(decision.number) ?? '',
						date: text(decision.date) ?? '',
						signer: text(decision.signer) ?? ''
					}
				};
			}
			return { type: 'APPROVE', ...base };
		}
		case 'CLASSIFY':
			return {
				type: 'CLASSIFY',
				comment: comment ?? '',
				score: raw.score as number,
				rating: raw.rating as Rating
			};
		case 'RETURN':
		case 'REJECT':
			return { type: raw.type, comment: comment ?? '' };
		default:
			return { type: raw.type, ...base } as LifecycleEvent;
	}
}

export function decide(input: DecideInput): DecideResult {
	const { enrollment, facts, actor } = input;
	const event = parseEvent(input.event);
	if (!event) return { ok: false, status: 400, message: 'Thao tác không hợp lệ' };
	const state = enrollment.state;
	if (!isLifecycleState(state)) {
		return { ok: false, status: 400, message: `Trạng thái hồ sơ không hợp lệ: ${state}` };
	}

	// A closed file accepts nothing from anyone: that is a fact about the state (400), not about
	// who is asking, so it is answered before the permission check.
	if (isFinalState(state)) {
		const closed = explainEvent(state, buildContext(enrollment, facts), event);
		const messages = closed.ok ? [] : closed.messages;
		return { ok: false, status: 400, message: messages.join('; '), messages };
	}

	const permission = mayAct({
		actor,
		state,
		event,
		cellId: enrollment.cell,
		awaitingUnitId: enrollment.awaiting,
		awaitingUnitName: enrollment.awaitingName ?? null,
		submittedBy: enrollment.submittedBy ?? null
	});
	if (!permission.ok) return { ok: false, status: 403, message: permission.message };

	const result = explainEvent(state, buildContext(enrollment, facts), event);
	if (!result.ok) {
		return { ok: false, status: 400, message: result.messages.join('; '), messages: result.messages };
	}
	const { state: nextState, context } = result.next;
	return {
		ok: true,
		next: {
			state: nextState,
			step: context.step,
			reviewConcluded: context.reviewConcluded,
			score: context.score,
			rating: context.rating
		},
		label: eventLabel(event.type),
		stateLabel: stateLabel(nextState),
		gate: gateOf(nextState),
		final: isFinalState(nextState),
		event
	};
}
