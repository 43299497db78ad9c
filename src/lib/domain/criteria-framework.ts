// The criteria framework as a whole: does it score every cell type out of exactly 100?
//
// A cell is scored on the common criteria (cellTypes empty) plus its own type's criteria, on the
// 100-point scale of QĐ 366 (docs/domain.md §3). A framework where one type sums to 96 or 104 would
// make that type's ratings incomparable with the others', so the programme editor, the
// framework save route and the activation check (pb_hooks/lib/programmes.js) all ask this one
// function. Pure: no I/O; bundled into pb_hooks by scripts/build-hooks.mjs.

import { CELL_TYPES, CELL_TYPE_LABELS, type CellType } from './tree';

/** Every cell type's criteria must sum to exactly this many points. */
export const FRAMEWORK_TOTAL = 100;

/** What the checks need of a criterion (the editor's rows and the stored records both fit). */
export interface FrameworkCriterion {
	code: string;
	group: number;
	maxScore: number;
	/** [] = common to every cell type. */
	cellTypes: readonly string[];
}

export interface FrameworkProblem {
	/** Where the problem is, as a form path: ['criteria'] for the framework, ['criteria', i, 'code'] for a row. */
	path: Array<string | number>;
	message: string;
	/** Set for a type that does not sum to 100. */
	cellType?: CellType;
}

export interface FrameworkCheck {
	ok: boolean;
	/** The running total of each cell type (common criteria plus the type's own). */
	totals: Record<CellType, number>;
	problems: FrameworkProblem[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
// Vietnamese decimal comma by hand: the hooks engine (goja) has no Intl, so no toLocaleString.
const points = (x: number) => String(round2(x)).replace('.', ',');

/** Does this criterion count for a cell of this type? */
export function appliesTo(c: Pick<FrameworkCriterion, 'cellTypes'>, type: string): boolean {
	return !c.cellTypes || c.cellTypes.length === 0 || c.cellTypes.includes(type);
}

/** The total of each cell type, rounded to 2 decimals (scores may be halves). */
export function typeTotals(criteria: readonly FrameworkCriterion[]): Record<CellType, number> {
	const totals = {} as Record<CellType, number>;
	for (const type of CELL_TYPES) {
		let sum = 0;
		for (const c of criteria) if (appliesTo(c, type) && Number.isFinite(c.maxScore)) sum += c.maxScore;
		totals[type] = round2(sum);
	}
	return totals;
}

/** "Chi bộ khu dân cư: 102 điểm, thừa 2 điểm so với 100." (the message beside the type's total). */
export function sumMessage(type: CellType, total: number): string {
	const diff = round2(total - FRAMEWORK_TOTAL);
	const gap = diff > 0 ? `thừa ${points(diff)} điểm` : `thiếu ${points(-diff)} điểm`;
	return `${CELL_TYPE_LABELS[type]}: tổng ${points(total)} điểm, ${gap} so với ${FRAMEWORK_TOTAL} điểm.`;
}

/**
 * Checks a whole framework: at least one criterion, codes unique (case-insensitive, as people
 * read them), every criterion in one of the programme's groups, and every cell type summing to
 * exactly 100 points.
 */
export function checkFramework(
	criteria: readonly FrameworkCriterion[],
	groups: readonly { id: number }[]
): FrameworkCheck {
	const totals = typeTotals(criteria);
	const problems: FrameworkProblem[] = [];
	if (criteria.length === 0) {
		problems.push({ path: ['criteria'], message: 'Khung tiêu chí chưa có tiêu chí nào.' });
		return { ok: false, totals, problems };
	}
	const firstRow = new Map<string, number>();
	const groupIds = new Set(groups.map((g) => g.id));
	criteria.forEach((c, i) => {
		const key = c.code.trim().toUpperCase();
		if (key) {
			const first = firstRow.get(key);
			if (first === undefined) firstRow.set(key, i);
			else problems.push({ path: ['criteria', i, 'code'], message: `Mã ${c.code.trim()} đã dùng cho tiêu chí khác.` });
		}
		if (!groupIds.has(c.group)) {
			problems.push({ path: ['criteria', i, 'group'], message: 'Nhóm tiêu chí không có trong chương trình.' });
		}
	});
	for (const type of CELL_TYPES) {
		if (Math.abs(totals[type] - FRAMEWORK_TOTAL) >= 0.005) {
			problems.push({ path: ['criteria'], message: sumMessage(type, totals[type]), cellType: type });
		}
	}
	return { ok: problems.length === 0, totals, problems };
}

