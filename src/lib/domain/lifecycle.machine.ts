// The lifecycle of one enrolment (cell × programme), docs/domain.md §4, as ONE XState statechart.
//
// The same machine is enforced by the server (bundled into pb_hooks, run in goja), rendered by
// the UI and walked by the tests. It is used purely: `machine.resolveState({ value, context })`
// rebuilds a snapshot from the stored row, `transition(machine, snapshot, event)` computes the
// next one. Hence the rules for this file:
// - flat states with string values (they are stored in a plain `state` text column);
// - no delays, invoked actors or side effects: goja has no timers, and the server writes the
//   result itself (one transaction: decision, new state, audit row);
// - context = the persisted lifecycle fields + facts the server computes from the database
//   before each event (see LifecycleFacts); actions only ever assign persisted fields.
// Guards are named predicates from lifecycle-guards.ts, so "why not?" answers come from the same
// code that decides.

import { and, assign, setup } from 'xstate';
import { DEFAULT_THRESHOLDS } from './classification';
import { GUARDS, type GuardArgs } from './lifecycle-guards';
import type { LifecycleContext, LifecycleEvent } from './lifecycle-types';

export {
	EVENT_TYPES,
	FINAL_STATES,
	LIFECYCLE_STATES,
	gateOf,
	isFinalState,
	isLifecycleState,
	turnOf
} from './lifecycle-types';
export type {
	Decision,
	FinalState,
	Gate,
	LifecycleContext,
	LifecycleEvent,
	LifecycleEventType,
	LifecycleFacts,
	LifecyclePersisted,
	LifecycleState
} from './lifecycle-types';

/** A fresh enrolment: persisted fields at their start values, facts at neutral QĐ 366 values. */
export function initialContext(overrides: Partial<LifecycleContext> = {}): LifecycleContext {
	return {
		step: 0,
		reviewConcluded: false,
		score: null,
		rating: null,
		chainLength: 1,
		registrationFiled: false,
		planFiled: false,
		selfAssessments: 0,
		minSelfAssessments: 6,
		reviewNotes: 0,
		quotaUsed: 0,
		quotaMax: 3,
		thresholds: { ...DEFAULT_THRESHOLDS },
		excellentCount: 0,
		goodOrBetterCount: 0,
		excellentCapPct: 20,
		recognitionLevel: 'excellent',
		...overrides
	};
}

const check = (name: keyof typeof GUARDS) => (args: GuardArgs) => GUARDS[name].check(args);

// Every committee decision in a gate: all the checks on CLASSIFY's payload, then routing.
const CLASSIFY_CHECKS = [
	'hasComment',
	'scoreInRange',
	'ratingValid',
	'ratingMatchesScore',
	'excellentCapOk'
] as const;

const WITHDRAW = { target: 'withdrawn' } as const;

export const lifecycleMachine = setup({
	types: {
		context: {} as LifecycleContext,
		events: {} as LifecycleEvent,
		input: {} as Partial<LifecycleContext> | undefined
	},
	guards: {
		notLastStep: check('notLastStep'),
		lastStep: check('lastStep'),
		quotaAvailable: check('quotaAvailable'),
		registrationFiled: check('registrationFiled'),
		planFiled: check('planFiled'),
		reviewNotConcluded: check('reviewNotConcluded'),
		reviewConcluded: check('reviewConcluded'),
		enoughSelfAssessments: check('enoughSelfAssessments'),
		hasReviewNote: check('hasReviewNote'),
		hasComment: check('hasComment'),
		scoreInRange: check('scoreInRange'),
		ratingValid: check('ratingValid'),
		ratingMatchesScore: check('ratingMatchesScore'),
		excellentCapOk: check('excellentCapOk'),
		ratingQualifies: check('ratingQualifies'),
		ratingBelowRecognition: check('ratingBelowRecognition'),
		hasDecision: check('hasDecision')
	},
	actions: {
		// Every state is entered at the first committee of its chain.
		resetStep: assign({ step: 0 }),
		// The next committee up the same chain decides; a targetless transition, so no re-entry.
		nextStep: assign({ step: ({ context }) => context.step + 1 }),
		concludeReview: assign({ reviewConcluded: true }),
		recordClassification: assign(({ event }) =>
			event.type === 'CLASSIFY' ? { score: event.score, rating: event.rating } : {}
		),
		// Back to evaluation means the classification is decided again.
		clearClassification: assign({ score: null, rating: null })
	}
}).createMachine({
	id: 'lifecycle',
	initial: 'draft',
	context: ({ input }) => initialContext(input ?? {}),
	states: {
		// Registration: the cell fills in its registration and sends it.
		draft: {
			entry: 'resetStep',
			on: {
				SUBMIT: { guard: 'registrationFiled', target: 'selection' },
				WITHDRAW
			}
		},
		// Grassroots committee selects, district-level committee picks within its quota.
		selection: {
			entry: 'resetStep',
			on: {
				APPROVE: [
					{ guard: 'notLastStep', actions: 'nextStep' },
					{ guard: and(['lastStep', 'quotaAvailable']), target: 'planning' }
				],
				RETURN: { guard: 'hasComment', target: 'draft' },
				REJECT: { guard: 'hasComment', target: 'rejected' },
				WITHDRAW
			}
		},
		// The cell issues its thematic resolution and plan.
		planning: {
			entry: 'resetStep',
			on: {
				SUBMIT: { guard: 'planFiled', target: 'plan_review' },
				WITHDRAW
			}
		},
		plan_review: {
			entry: 'resetStep',
			on: {
				APPROVE: [
					{ guard: 'notLastStep', actions: 'nextStep' },
					{ guard: 'lastStep', target: 'pilot' }
				],
				RETURN: { guard: 'hasComment', target: 'planning' },
				REJECT: { guard: 'hasComment', target: 'rejected' },
				WITHDRAW
			}
		},
		// Meetings and monthly self-assessments; the committee supervises.
		pilot: {
			entry: 'resetStep',
			on: {
				OPEN_REVIEW: { guard: 'reviewNotConcluded', target: 'review' },
				START_EVALUATION: {
					guard: and(['reviewConcluded', 'enoughSelfAssessments']),
					target: 'evaluation'
				},
				WITHDRAW
			}
		},
		// Mid-term review (sơ kết): inspectors file notes, the committee concludes once.
		review: {
			entry: 'resetStep',
			on: {
				CONCLUDE_REVIEW: {
					guard: 'hasReviewNote',
					target: 'pilot',
					actions: 'concludeReview'
				},
				WITHDRAW
			}
		},
		// Year-end: the cell compiles its self-assessments and proposes.
		evaluation: {
			entry: 'resetStep',
			on: {
				SUBMIT: { guard: 'enoughSelfAssessments', target: 'classification' },
				WITHDRAW
			}
		},
		classification: {
			entry: 'resetStep',
			on: {
				CLASSIFY: [
					{
						guard: and([...CLASSIFY_CHECKS, 'ratingQualifies']),
						target: 'recognition',
						actions: 'recordClassification'
					},
					{
						guard: and([...CLASSIFY_CHECKS, 'ratingBelowRecognition']),
						target: 'not_recognized',
						actions: 'recordClassification'
					}
				],
				RETURN: { guard: 'hasComment', target: 'evaluation', actions: 'clearClassification' },
				WITHDRAW
			}
		},
		// Proposed by the grassroots committee, approved by each level the programme names.
		recognition: {
			entry: 'resetStep',
			on: {
				APPROVE: [
					{ guard: 'notLastStep', actions: 'nextStep' },
					{ guard: and(['lastStep', 'hasDecision']), target: 'recognized' }
				],
				RETURN: { guard: 'hasComment', target: 'evaluation', actions: 'clearClassification' },
				REJECT: { guard: 'hasComment', target: 'not_recognized' },
				WITHDRAW
			}
		},
		recognized: { type: 'final', entry: 'resetStep' },
		not_recognized: { type: 'final', entry: 'resetStep' },
		rejected: { type: 'final', entry: 'resetStep' },
		withdrawn: { type: 'final', entry: 'resetStep' }
	}
});

export type LifecycleMachine = typeof lifecycleMachine;
