// Rules for officers administering their part of the party tree and its accounts: which unit may
// hold which, where a unit may move, who may place an account where. Pure functions: the hooks
// run these very rules (through the domain bundle) and the pages use them to offer only what the
// server will accept. Messages are Vietnamese message ids, shown as they are or translated.
import { UNIT_KINDS, UNIT_KIND_LABELS, UNIT_KIND_RANK, isWithin, type UnitKind } from './tree';

/** What these rules need to know of a unit. */
export interface TreeNode {
	id: string;
	kind: string;
	path: string;
}

const rank = (kind: string): number => UNIT_KIND_RANK[kind as UnitKind] ?? -1;
const label = (kind: string): string => UNIT_KIND_LABELS[kind as UnitKind] ?? kind;

/**
 * A unit holds only kinds ranked below its own, so a path always runs downhill (province above
 * district above grassroots…), levels may be skipped (a chi bộ cơ sở right under the district, a
 * province with no district level) and a cell, the lowest kind, holds nothing.
 */
export function mayHold(parentKind: string, childKind: string): boolean {
	return rank(childKind) >= 0 && rank(parentKind) > rank(childKind);
}

/** The kinds a unit of `parentKind` may hold, highest first. */
export function childKindsOf(parentKind: string): UnitKind[] {
	return [...UNIT_KINDS].filter((k) => mayHold(parentKind, k)).sort((a, b) => rank(b) - rank(a));
}

/** A chi bộ cơ sở is a cell directly under a district-level committee (or a province without one). */
export const GRASSROOTS_CELL_PARENTS: readonly string[] = ['district', 'province'];

/** Why a unit of `kind` may not sit under `parentKind` (null = it may). Checked on every save. */
export function placementError(kind: string, parentKind: string | null): string | null {
	if (parentKind === null) return null;
	if (parentKind === 'cell') return 'Chi bộ không có đơn vị trực thuộc.';
	if (!mayHold(parentKind, kind)) return `${label(parentKind)} không thể là cấp trên của ${label(kind)}.`;
	return null;
}

/** The cell-only fields of a unit, checked for officers' edits: {field: message}. */
export function cellFieldErrors(
	unit: { kind: string; cellType?: string; isGrassroots?: boolean },
	parentKind: string | null
): Record<string, string> {
	const errors: Record<string, string> = {};
	if (unit.kind === 'cell') {
		if (!unit.cellType) errors.cellType = 'Vui lòng chọn loại hình chi bộ.';
		if (unit.isGrassroots && (parentKind === null || !GRASSROOTS_CELL_PARENTS.includes(parentKind))) {
			errors.isGrassroots = 'Chi bộ cơ sở phải trực thuộc cấp huyện hoặc tỉnh.';
		}
	} else {
		if (unit.cellType) errors.cellType = 'Chỉ chi bộ mới có loại hình.';
		if (unit.isGrassroots) errors.isGrassroots = 'Chỉ chi bộ mới là chi bộ cơ sở.';
	}
	return errors;
}

/**
 * Why an officer whose unit has path `actorPath` may not move `unit` under `target` (null = may).
 * The officer's own unit is managed by the level above; both ends stay inside the subtree; a unit
 * never goes under itself or its own descendants; the kinds keep their order.
 */
export function moveError(unit: TreeNode, target: TreeNode, actorPath: string | null): string | null {
	if (actorPath !== null) {
		if (unit.path === actorPath) return 'Không thể chuyển chính đơn vị của bạn; việc này do cấp trên thực hiện.';
		if (!isWithin(unit.path, actorPath)) return 'Đơn vị này nằm ngoài phạm vi bạn quản lý.';
		if (!isWithin(target.path, actorPath)) return 'Đơn vị cấp trên mới nằm ngoài phạm vi bạn quản lý.';
	}
	if (isWithin(target.path, unit.path)) return 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.';
	return placementError(unit.kind, target.kind);
}

/** Why an officer at `actorPath` may not edit or add under `unit` (null = may): strictly below their own unit for edits. */
export function editScopeError(unitPath: string, actorPath: string): string | null {
	if (unitPath === actorPath) return 'Đơn vị của bạn do cấp trên quản lý.';
	if (!isWithin(unitPath, actorPath)) return 'Đơn vị này nằm ngoài phạm vi bạn quản lý.';
	return null;
}

// ─── Accounts ──────────────────────────────────────────────────────────────────────────────

export const ACCOUNT_ROLES = ['secretary', 'officer', 'inspector', 'viewer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export function isAccountRole(value: unknown): value is AccountRole {
	return typeof value === 'string' && (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** The officer acting, as far as these rules care. */
export interface AccountActor {
	id: string;
	role: string;
	unitPath: string;
}

/**
 * Why `actor` may not change the account `target` (null = may). Officers manage accounts of
 * their own subtree, never their own, and not the other officers of their own unit (peers are
 * managed by the level above, so two officers cannot lock each other out).
 */
export function manageError(actor: AccountActor, target: { id: string; role: string; unitPath: string }): string | null {
	if (actor.role !== 'officer') return 'Chỉ cán bộ cấp ủy mới quản lý tài khoản.';
	if (target.id === actor.id) return 'Bạn không thể tự thay đổi tài khoản của mình.';
	if (!isWithin(target.unitPath, actor.unitPath)) return 'Tài khoản này nằm ngoài phạm vi bạn quản lý.';
	if (target.role === 'officer' && target.unitPath === actor.unitPath) {
		return 'Tài khoản cán bộ cùng cấp do cấp trên quản lý.';
	}
	return null;
}

/**
 * Why `actor` may not give an account `role` at `unit` (null = may), as {field: message}: the unit
 * lies in the actor's subtree, an officer only strictly below the actor's own unit (never beside
 * or above), a secretary at a cell, the committee roles at a committee.
 */
export function assignmentErrors(
	actor: AccountActor,
	role: string,
	unit: { kind: string; path: string } | null
): Record<string, string> {
	if (!isAccountRole(role)) return { role: 'Vui lòng chọn vai trò.' };
	if (!unit) return { unit: 'Vui lòng chọn đơn vị.' };
	if (!isWithin(unit.path, actor.unitPath)) return { unit: 'Đơn vị này nằm ngoài phạm vi bạn quản lý.' };
	if (role === 'officer' && unit.path === actor.unitPath) {
		return { role: 'Tài khoản cán bộ cùng cấp do cấp trên cấp; hãy chọn đơn vị cấp dưới.' };
	}
	if (role === 'secretary' && unit.kind !== 'cell') return { unit: 'Bí thư chi bộ phải thuộc một chi bộ.' };
	if (role !== 'secretary' && unit.kind === 'cell') return { unit: 'Vai trò này thuộc một cấp ủy, không thuộc chi bộ.' };
	return {};
}
