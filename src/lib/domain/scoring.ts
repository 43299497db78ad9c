// The criteria framework as a cell sees it: which criteria apply to its type, grouped as the
// programme groups them (the "4 tốt"), and the live total of a monthly self-assessment.
// The server computes the stored total itself (pb_hooks/lib/assessment.js); this is the preview.

import type { CriteriaGroup } from './programme-config';

export interface Criterion {
	code: string;
	title: string;
	group: number;
	maxScore: number;
	/** [] = common to every cell type. */
	cellTypes: string[];
	order: number;
	guidance?: string;
}

export interface CriteriaGroupView {
	id: number;
	title: string;
	maxScore: number;
	criteria: Criterion[];
}

/** The criteria that apply to a cell type (common ones plus that type's own), in framework order. */
export function criteriaForType<T extends Criterion>(all: T[], cellType: string): T[] {
	return all
		.filter((c) => !c.cellTypes?.length || c.cellTypes.includes(cellType))
		.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Groups criteria under the programme's groups (in the programme's order); unknown groups last. */
export function groupCriteria<T extends Criterion>(criteria: T[], groups: CriteriaGroup[]): Array<CriteriaGroupView & { criteria: T[] }> {
	const out = groups.map((g) => ({ id: g.id, title: g.title, maxScore: 0, criteria: [] as T[] }));
	for (const c of criteria) {
		let g = out.find((x) => x.id === c.group);
		if (!g) {
			g = { id: c.group, title: `Nhóm ${c.group}`, maxScore: 0, criteria: [] };
			out.push(g);
		}
		g.criteria.push(c);
		g.maxScore = round2(g.maxScore + c.maxScore);
	}
	return out.filter((g) => g.criteria.length > 0);
}

/** A score counts when it is a finite number within 0..max. */
export function isValidScore(value: unknown, maxScore: number): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxScore;
}

/** The total of the valid scores (others count as 0), rounded to 2 decimals as the server does. */
export function totalScore(scores: Record<string, number | null | undefined>, criteria: Criterion[]): number {
	let total = 0;
	for (const c of criteria) {
		const v = scores[c.code];
		if (isValidScore(v, c.maxScore)) total += v;
	}
	return round2(total);
}

/** The framework's maximum for these criteria (100 in the demo framework). */
export function maxTotal(criteria: Criterion[]): number {
	return round2(criteria.reduce((s, c) => s + c.maxScore, 0));
}

/** Scores per group, for the assessment page's subtotals. */
export function groupTotals(
	scores: Record<string, number | null | undefined>,
	groups: CriteriaGroupView[]
): Array<{ id: number; total: number; max: number }> {
	return groups.map((g) => ({ id: g.id, total: totalScore(scores, g.criteria), max: g.maxScore }));
}
