// Approval chains: which committees decide at each gate, resolved against a cell's ancestors.
//
// A programme names levels *relative to the cell* ("direct superior", "the grassroots committee",
// "the district level", "the province"), never unit ids, so one programme works on trees of any
// depth (docs/domain.md §1). This module turns those levels into the unit ids of one cell's tree.

import { UNIT_KIND_RANK, type UnitKind } from './tree';

/** The gates of the lifecycle where a committee decides; a programme has one chain per gate. */
export const GATES = ['selection', 'plan', 'supervision', 'classification', 'recognition'] as const;
export type Gate = (typeof GATES)[number];

/** A level in an approval chain. `direct` is the cell's parent, whatever its kind. */
export const CHAIN_LEVELS = ['direct', 'grassroots', 'district', 'province'] as const;
export type Level = (typeof CHAIN_LEVELS)[number];

export const CHAIN_LEVEL_LABELS: Record<Level, string> = {
	direct: 'Cấp ủy cấp trên trực tiếp',
	grassroots: 'Đảng ủy cơ sở',
	district: 'Cấp ủy cấp huyện',
	province: 'Tỉnh ủy'
};

/** An ancestor of the cell as the chain resolver needs it. */
export interface AncestorUnit {
	id: string;
	kind: UnitKind | string;
}

function rankOf(kind: string): number {
	const rank = (UNIT_KIND_RANK as Record<string, number | undefined>)[kind];
	return rank === undefined ? -1 : rank;
}

function levelRank(level: Level): number {
	// `direct` has no fixed rank; treat it as the lowest so a fallback never goes below it.
	return level === 'direct' ? 0 : rankOf(level);
}

/** Nearest ancestor (walking up from the cell) of the given kind, or undefined. */
function nearestOfKind(ancestors: readonly AncestorUnit[], kind: string): AncestorUnit | undefined {
	for (let i = ancestors.length - 1; i >= 0; i--) {
		const unit = ancestors[i];
		if (unit && unit.kind === kind) return unit;
	}
	return undefined;
}

/**
 * The unit ids that decide, in order, for the given levels.
 * `ancestors` are the cell's ancestors, root first, excluding the cell.
 *
 * - `direct` is the nearest ancestor (the cell's parent: a đảng bộ bộ phận, a đảng ủy cơ sở,
 *   or for a chi bộ cơ sở the district-level committee itself).
 * - Other levels are the nearest ancestor of that kind; a level the cell does not have is
 *   skipped (a chi bộ cơ sở has no grassroots committee above it; since 2025 many provinces
 *   have no district level).
 * - Consecutive duplicates are removed (for a cell under a grassroots committee, `direct` and
 *   `grassroots` are the same committee, which decides once).
 * - If every level was skipped, the chain would have nobody to decide; it falls back to the
 *   nearest ancestor at or above the highest level asked for (or the root), so that a gate is
 *   never left without a decider.
 */
export function resolveChain(levels: readonly Level[], ancestors: readonly AncestorUnit[]): string[] {
	const chain: string[] = [];
	if (ancestors.length === 0) return chain;
	for (const level of levels) {
		const unit =
			level === 'direct' ? ancestors[ancestors.length - 1] : nearestOfKind(ancestors, level);
		if (!unit) continue;
		if (chain[chain.length - 1] !== unit.id) chain.push(unit.id);
	}
	if (chain.length === 0 && levels.length > 0) {
		let highest = 0;
		for (const level of levels) highest = Math.max(highest, levelRank(level));
		let fallback: AncestorUnit | undefined;
		for (let i = ancestors.length - 1; i >= 0 && !fallback; i--) {
			const unit = ancestors[i];
			if (unit && rankOf(String(unit.kind)) >= highest) fallback = unit;
		}
		const chosen = fallback ?? ancestors[0];
		if (chosen) chain.push(chosen.id);
	}
	return chain;
}

/**
 * The committee whose pilot quota (1–3 cells per type) a cell counts against: the nearest
 * district-level committee, else the province (the root) where there is no district level.
 * Null only for a cell without ancestors.
 */
export function quotaScopeUnit(ancestors: readonly AncestorUnit[]): string | null {
	const district = nearestOfKind(ancestors, 'district');
	if (district) return district.id;
	const root = ancestors[0];
	return root ? root.id : null;
}
