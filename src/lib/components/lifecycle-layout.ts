// Where each state sits in the drawn chart: the main path as a snake over two rows, the
// final states that end a journey early along the bottom. The edges are not listed here:
// they come from the machine's own definition (allTransitions), so the drawing cannot drift.
import type { LifecycleState } from '$lib/domain/lifecycle-types';

export const NODE_W = 150;
export const NODE_H = 54;
const COL = 190;
const ROW = 120;

const GRID: Record<LifecycleState, [col: number, row: number]> = {
	draft: [0, 0],
	selection: [1, 0],
	planning: [2, 0],
	plan_review: [3, 0],
	pilot: [4, 0],
	review: [4, 1],
	evaluation: [3, 1],
	classification: [2, 1],
	recognition: [1, 1],
	recognized: [0, 1],
	rejected: [1, 2],
	not_recognized: [2, 2],
	withdrawn: [3, 2]
};

export function nodePosition(state: LifecycleState): { x: number; y: number } {
	const [col, row] = GRID[state];
	return { x: 10 + col * COL, y: 10 + row * ROW };
}

export const CHART_WIDTH = 10 + 4 * COL + NODE_W + 10;
export const CHART_HEIGHT = 10 + 2 * ROW + NODE_H + 10;
