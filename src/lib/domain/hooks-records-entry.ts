// What the small pb_hooks bundle exposes (pb_hooks/lib/generated/domain-records.cjs): only what the
// hot record paths need (a self-assessment or meeting create, the dashboard counters of an
// enrollment change, every text's NFC form), without XState or zod. Each JS worker of PocketBase
// that loads a bundle keeps it: the whole domain (hooks-entry.ts) costs ~12 MB per worker, this
// one a fraction of it (README, "Peak load"). Same rules as hooks-entry.ts: no timers, no I/O.

export { today, now, currentYear, currentMonth } from './clock';
export { nfc, foldText, dateWindowProblem } from './text';
export { ratingForScore, thresholdsOf } from './classification';
export { bucketDelta, STATS_COLUMNS, TREE_COLUMNS, TREE_YEAR } from './unit-stats';
export { attendanceProblems, planTaskProblems } from './cell-checks';
