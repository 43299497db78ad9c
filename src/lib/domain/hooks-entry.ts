// What the pb_hooks bundle exposes (built with esbuild into CommonJS for goja).
// The server enforces the lifecycle with exactly this code: decide() for an event,
// availableEvents() for "what can I do now", the chain resolver for "who decides".
// machineDefinition() is plain data of the chart, compared by tests with the UI's copy to prove
// both sides run the same definition. Nothing here may use timers, I/O or Node APIs.

export { decide, buildContext, buildFacts, parseEvent } from './lifecycle-decide';
export type {
	DecideInput,
	DecideResult,
	EnrollmentSnapshot,
	FactCounts,
	NextLifecycle
} from './lifecycle-decide';
export { availableEvents, explainEvent } from './lifecycle-explain';
export { mayAct, isCellEvent, ROLES } from './lifecycle-permissions';
export type { Actor, Role } from './lifecycle-permissions';
export { resolveChain, quotaScopeUnit, GATES, CHAIN_LEVELS } from './approval-chain';
export type { Level, AncestorUnit } from './approval-chain';
export {
	EVENT_TYPES,
	FINAL_STATES,
	LIFECYCLE_STATES,
	gateOf,
	turnOf,
	isFinalState,
	isLifecycleState
} from './lifecycle-types';
export type {
	Gate,
	LifecycleContext,
	LifecycleEvent,
	LifecycleFacts,
	LifecycleState
} from './lifecycle-types';
export {
	parseProgrammeConfig,
	checkProgrammeConfig,
	DEFAULT_PROGRAMME_CONFIG
} from './programme-config';
export type { ProgrammeConfig } from './programme-config';
export { checkFramework, typeTotals, FRAMEWORK_TOTAL } from './criteria-framework';
export { parseFrameworkInput, orderOf } from './forms/programme-framework';
export { parseCopyInput, NEXT_STATUS, PROGRAMME_STATUS_LABELS } from './forms/programme';
export { ratingForScore, ratingAtLeast, excellentCapAllows, RATINGS, RATING_LABELS } from './classification';
export type { Rating } from './classification';
export {
	STATE_LABELS,
	EVENT_LABELS,
	GATE_LABELS,
	COMMENT_REQUIRED,
	IRREVERSIBLE_EVENTS,
	isIrreversible,
	stateLabel,
	eventLabel,
	requiresComment
} from './lifecycle-labels';
export {
	childPath,
	ancestorIds,
	pathIds,
	isWithin,
	CELL_TYPES,
	CELL_TYPE_LABELS,
	UNIT_KINDS,
	UNIT_KIND_LABELS
} from './tree';
export { machineDefinition, guardCatalogue } from './lifecycle-definition';
export { planDecision, chainFor, DECISIONS } from './lifecycle-writes';
export { CELL_WRITABLE_STATES, SELECTED_STATES } from './writable-states';
export type { MachineDefinition } from './lifecycle-definition';
export { bucketDelta, STATS_COLUMNS, TREE_COLUMNS, TREE_YEAR } from './unit-stats';
export { INBOX_STATES } from './inbox';
export {
	remindersFor,
	noticeKey,
	noticeKind,
	noticeParams,
	noticeText,
	noticeLink,
	vietnamDate,
	REMINDER_STATES,
	ASSESSING_STATES
} from './reminders';
export { isRealDate } from './deadlines';
export { nfc, foldText, dateWindowProblem, dateWindow } from './text';
// The product's one clock: hooks read today's date (KIEUMAU_TODAY through $os.getenv) from here.
export { today, now, currentYear, currentMonth, vietnamDateOfInstant, isCalendarDate } from './clock';
export { placementError, cellFieldErrors, moveError, editScopeError, manageError, assignmentErrors, isAccountRole } from './tree-admin';
export { parseAccountCreate, accountNameProblem } from './forms/user';
export { unitTextProblem } from './forms/unit';
export * as importing from './import';
export { monthKept, HISTORY_STATES } from './history';
