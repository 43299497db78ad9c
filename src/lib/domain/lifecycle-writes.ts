// The decision as data: given the situation of one enrollment (read by the hook), who acts and
// the event they send, what the server writes — the enrollment's new lifecycle fields, the
// committee's decision row (approvals) and the audit row (transitions) — or why nothing is
// written. Pure: no I/O, no clock of its own (the caller passes today and now), so it is
// unit-tested as it is, and the hook (pb_hooks/lib/lifecycle-service.js) only loads and writes.
import { resolveChain, type AncestorUnit } from './approval-chain';
import { decide, type EnrollmentSnapshot } from './lifecycle-decide';
import type { Actor } from './lifecycle-permissions';
import { gateOf, isFinalState, type Gate, type LifecycleFacts } from './lifecycle-types';
import { stateLabel } from './lifecycle-labels';
import type { ProgrammeConfig } from './programme-config';
import { dateWindowProblem } from './text';

/** A committee of the cell's tree, root first, with its name (for the rows written). */
export interface NamedAncestor extends AncestorUnit {
	name: string;
}

/** What the hook reads about one enrollment before deciding. */
export interface DecisionSituation {
	state: string;
	version: number;
	/** The programme's year: dates written must fall within its window. */
	year: number;
	/** Whether the first day of the pilot is already recorded. */
	pilotSince: boolean;
	config: ProgrammeConfig;
	ancestors: NamedAncestor[];
	gate: Gate | null;
	/** The committees deciding at the current gate, nearest first. */
	chain: string[];
	snapshot: EnrollmentSnapshot;
	facts: LifecycleFacts;
}

export interface DecisionActor extends Actor {
	name: string;
	/** The name of the actor's own unit (a committee of the tree, or the cell). */
	unitName: string;
}

/** Committee decisions recorded in `approvals` (cell events are in `transitions` only). */
export const DECISIONS: Readonly<Record<string, string>> = {
	APPROVE: 'approve',
	RETURN: 'return',
	REJECT: 'reject',
	CLASSIFY: 'classify',
	OPEN_REVIEW: 'open_review',
	CONCLUDE_REVIEW: 'conclude_review',
	START_EVALUATION: 'start_evaluation'
};

export type DecisionPlan =
	| { ok: false; status: number; message: string; extra: Record<string, unknown> }
	| {
			ok: true;
			/** The enrollment's fields to set. */
			enrollment: Record<string, string | number | boolean>;
			/** The committee's decision row, or null for a cell's own event. */
			approval: Record<string, string | number> | null;
			/** The audit row. */
			transition: Record<string, string | number>;
	  };

/** The committees that decide at `gate`, nearest first; the parent when the chain resolves to nothing. */
export function chainFor(config: ProgrammeConfig, gate: Gate | null, ancestors: readonly AncestorUnit[]): string[] {
	if (!gate) return [];
	const chain = resolveChain(config.chains[gate], ancestors);
	if (chain.length) return chain;
	const parent = ancestors[ancestors.length - 1];
	return parent ? [parent.id] : [];
}

const refuse = (status: number, message: string, extra: Record<string, unknown> = {}): DecisionPlan => ({ ok: false, status, message, extra });

/**
 * What `actor` sending `body` to the enrollment in `s` writes. `now` is the business clock's
 * instant ("YYYY-MM-DD HH:MM:SS.sssZ") and `today` its date, both from the product's one clock.
 */
export function planDecision(input: {
	situation: DecisionSituation;
	actor: DecisionActor;
	body: Record<string, unknown>;
	today: string;
	now: string;
}): DecisionPlan {
	const { situation: s, actor, body, today, now } = input;
	const current = s.state;
	if (body.expectedState && body.expectedState !== current) {
		return refuse(409, `Hồ sơ đã được người khác xử lý (trạng thái hiện tại: ${stateLabel(current)}). Vui lòng tải lại trang.`, { state: current });
	}
	if (body.expectedVersion !== undefined && body.expectedVersion !== null && Number(body.expectedVersion) !== s.version) {
		return refuse(409, 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.', { state: current });
	}
	const result = decide({ enrollment: s.snapshot, facts: s.facts, actor, event: body });
	if (!result.ok) return refuse(result.status, result.message, { messages: result.messages ?? [result.message] });
	const { next, event } = result;
	const decision = event.type === 'APPROVE' && next.state === 'recognized' ? event.decision : undefined;
	// The recognition decision is dated within the programme's window of years, like every record of it.
	if (decision) {
		const wrong = dateWindowProblem(String(decision.date ?? ''), s.year);
		if (wrong) return refuse(400, wrong, { messages: [wrong], decisionDate: { code: 'out_of_window', message: wrong } });
	}
	const comment = (event.comment ?? '').trim();

	// Who is awaited now: the committee at the step of the (new) gate, the cell between gates, nobody once closed.
	const nextGate = gateOf(next.state);
	const nextChain = next.state === current ? s.chain : chainFor(s.config, nextGate, s.ancestors);
	const awaiting = nextGate ? (nextChain[next.step] ?? '') : isFinalState(next.state) ? '' : s.snapshot.cell;

	const enrollment: Record<string, string | number | boolean> = {
		state: next.state,
		step: next.step,
		reviewConcluded: next.reviewConcluded,
		score: next.score === null ? 0 : next.score,
		rating: next.rating || '',
		awaiting,
		version: s.version + 1,
		stateChangedAt: now
	};
	// The first day of the pilot: the months owed a self-assessment start there.
	if (next.state === 'pilot' && !s.pilotSince) enrollment.pilotSince = `${today} 00:00:00.000Z`;
	if (event.type === 'SUBMIT') enrollment.submittedBy = actor.id;
	if (decision) {
		enrollment.decisionNo = decision.number;
		enrollment.decisionDate = `${decision.date} 00:00:00.000Z`;
		enrollment.decisionSigner = decision.signer;
	}

	// The decision at a gate, when a committee took it.
	const approval =
		DECISIONS[event.type] && s.snapshot.awaiting
			? {
					gate: s.gate ?? '',
					step: s.snapshot.step,
					unit: s.snapshot.awaiting,
					decision: DECISIONS[event.type]!,
					comment,
					actor: actor.id,
					actorName: actor.name,
					unitName: s.snapshot.awaitingName || actor.unitName
				}
			: null;

	const transition = {
		from: current,
		to: next.state,
		event: event.type,
		step: next.step,
		actor: actor.id,
		actorName: actor.name,
		unitName: actor.unitName,
		// The committee the file now waits for (a cell waits for itself: no name).
		toUnitName: awaiting && awaiting !== s.snapshot.cell ? (s.ancestors.find((a) => a.id === awaiting)?.name ?? '') : '',
		comment
	};
	return { ok: true, enrollment, approval, transition };
}
