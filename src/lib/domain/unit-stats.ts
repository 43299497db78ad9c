// The counters each unit keeps about the enrollments of its subtree, per programme year, and
// the targets read from them. The hooks maintain the counters as enrollments change (one +1/−1
// per counter on every ancestor), so a dashboard reads one row per unit instead of scanning
// the country's records (docs/domain.md §8).
import { LIFECYCLE_STATES, type LifecycleState } from './lifecycle-types';
import type { ProgrammeConfig } from './programme-config';
import { CELL_TYPES, type CellType } from './tree';

/** What of an enrollment the counters depend on. */
export interface StatsBucket {
	state: string;
	cellType: string;
	rating: string;
	isGrassroots: boolean;
}

export const STATE_COLUMNS = LIFECYCLE_STATES.map((s) => `state_${s}`);
export const TYPE_COLUMNS = CELL_TYPES.map((t) => `type_${t}`);
export const STATS_COLUMNS = [
	'enrolled',
	'enrolledGrassroots',
	'rated',
	'goodOrBetter',
	'excellent',
	'recognized',
	'recognizedGrassroots',
	...STATE_COLUMNS,
	...TYPE_COLUMNS
] as const;

/**
 * The subtree's cell totals live in the same table, in the row of year 0 (TREE_YEAR): counters
 * are only ever changed by SQL increments, never by saving a unit record that could carry a stale copy.
 */
export const TREE_YEAR = 0;
export const TREE_COLUMNS = ['cells', 'cellsGrassroots'] as const;

/** The counters one enrollment adds to (and, when it changes, takes from). */
export function bucketColumns(b: StatsBucket): string[] {
	const cols = ['enrolled', `state_${b.state}`];
	if (b.isGrassroots) cols.push('enrolledGrassroots');
	if ((CELL_TYPES as readonly string[]).includes(b.cellType)) cols.push(`type_${b.cellType}`);
	if (b.rating) cols.push('rated');
	if (b.rating === 'excellent' || b.rating === 'good') cols.push('goodOrBetter');
	if (b.rating === 'excellent') cols.push('excellent');
	if (b.state === 'recognized') {
		cols.push('recognized');
		if (b.isGrassroots) cols.push('recognizedGrassroots');
	}
	return cols;
}

/** Per-column change when an enrollment moves from `before` to `after` (either may be null). */
export function bucketDelta(before: StatsBucket | null, after: StatsBucket | null): Record<string, number> {
	const delta: Record<string, number> = {};
	for (const c of before ? bucketColumns(before) : []) delta[c] = (delta[c] ?? 0) - 1;
	for (const c of after ? bucketColumns(after) : []) delta[c] = (delta[c] ?? 0) + 1;
	for (const c of Object.keys(delta)) if (delta[c] === 0) delete delta[c];
	return delta;
}

/** One unit's figures for a year: cell totals of its subtree plus the enrollment counters. */
export interface UnitFigures {
	cells: number;
	cellsGrassroots: number;
	counters: Record<string, number>;
}

export interface TargetLine {
	id: 'goodOrBetter' | 'model' | 'grassrootsModel' | 'underGrassrootsModel' | 'newModel';
	label: string;
	numerator: number;
	denominator: number;
	/** Percentage, or null when the line is a count (new model cells) or the denominator is 0. */
	percent: number | null;
	target: string;
	met: boolean;
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

/**
 * The targets of docs/domain.md §6 for one unit. Denominators are all cells of the subtree, not only
 * the enrolled ones: "≥ 90% of cells rated good or better" speaks of every cell.
 */
export function targetReport(f: UnitFigures, targets: ProgrammeConfig['targets']): TargetLine[] {
	const c = (k: string) => f.counters[k] ?? 0;
	const under = f.cells - f.cellsGrassroots;
	const underRecognized = c('recognized') - c('recognizedGrassroots');
	const lines: TargetLine[] = [
		{ id: 'goodOrBetter', label: 'Chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên', numerator: c('goodOrBetter'), denominator: f.cells, percent: pct(c('goodOrBetter'), f.cells), target: `≥ ${targets.goodOrBetterPct}%`, met: false },
		{ id: 'model', label: 'Chi bộ đạt chuẩn kiểu mẫu', numerator: c('recognized'), denominator: f.cells, percent: pct(c('recognized'), f.cells), target: `> ${targets.modelPct}%`, met: false },
		{ id: 'grassrootsModel', label: 'Chi bộ cơ sở đạt kiểu mẫu', numerator: c('recognizedGrassroots'), denominator: f.cellsGrassroots, percent: pct(c('recognizedGrassroots'), f.cellsGrassroots), target: `≥ ${targets.grassrootsModelPct}%`, met: false },
		{ id: 'underGrassrootsModel', label: 'Chi bộ trực thuộc đảng ủy cơ sở đạt kiểu mẫu', numerator: underRecognized, denominator: under, percent: pct(underRecognized, under), target: `≥ ${targets.underGrassrootsModelPct}%`, met: false },
		{ id: 'newModel', label: 'Chi bộ kiểu mẫu mới trong năm', numerator: c('recognized'), denominator: 0, percent: null, target: `${targets.newModelMin}–${targets.newModelMax} chi bộ`, met: false }
	];
	for (const l of lines) {
		if (l.id === 'newModel') l.met = l.numerator >= targets.newModelMin;
		else if (l.percent !== null) {
			const goal = { goodOrBetter: targets.goodOrBetterPct, model: targets.modelPct, grassrootsModel: targets.grassrootsModelPct, underGrassrootsModel: targets.underGrassrootsModelPct }[l.id];
			l.met = l.id === 'model' ? l.percent > goal : l.percent >= goal;
		}
	}
	return lines;
}

export function countsByState(counters: Record<string, number>): Record<LifecycleState, number> {
	return Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, counters[`state_${s}`] ?? 0])) as Record<LifecycleState, number>;
}

export function countsByType(counters: Record<string, number>): Record<CellType, number> {
	return Object.fromEntries(CELL_TYPES.map((t) => [t, counters[`type_${t}`] ?? 0])) as Record<CellType, number>;
}
