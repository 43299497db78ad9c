// Where each state sits in the drawn chart: the main path as a snake over the two middle rows,
// each early ending next to the gates that lead to it (rejection above the selection and plan
// gates, non-recognition below the year-end gates). The edges are not listed here:
// they come from the machine's own definition (allTransitions), so the drawing cannot drift.
import type { LifecycleState } from '$lib/domain/lifecycle-types';

export const NODE_W = 150;
export const NODE_H = 54;
const COL = 190;
const ROW = 100;

const GRID: Record<LifecycleState, [col: number, row: number]> = {
	withdrawn: [0, 0],
	rejected: [2, 0],
	draft: [0, 1],
	selection: [1, 1],
	planning: [2, 1],
	plan_review: [3, 1],
	pilot: [4, 1],
	review: [4, 2],
	evaluation: [3, 2],
	classification: [2, 2],
	recognition: [1, 2],
	recognized: [0, 2],
	not_recognized: [1.5, 3]
};

export function nodePosition(state: LifecycleState): { x: number; y: number } {
	const [col, row] = GRID[state];
	return { x: 10 + col * COL, y: 10 + row * ROW };
}

export const CHART_WIDTH = 10 + 4 * COL + NODE_W + 10;
export const CHART_HEIGHT = 10 + 3 * ROW + NODE_H + 10;
