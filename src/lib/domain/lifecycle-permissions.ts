// Who may send which lifecycle event. Pure: the PocketBase transition route computes the inputs
// (the actor's role and unit, the committee the gate is waiting on, who submitted) and asks here,
// so the UI and the server give the same answer to the same question.
//
// The rules:
// - SUBMIT and WITHDRAW belong to the cell: only the secretary of that very cell sends them,
//   and SUBMIT only when it is the cell's turn (draft, planning, evaluation).
// - Every other event is a committee decision: only an officer of the committee the current
//   gate is waiting on (chain[step]) sends it, and never the person who submitted the file
//   (nobody approves their own submission, even if they also hold an officer account).

import { turnOf, type LifecycleEventType, type LifecycleState } from './lifecycle-types';

export const ROLES = ['secretary', 'officer', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
	id: string;
	role: Role;
	unitId: string;
}

export interface MayActInput {
	actor: Actor;
	state: LifecycleState;
	event: { type: LifecycleEventType | string };
	/** The enrolment's cell (unit id). */
	cellId: string;
	/** The committee at chain[step] of the current gate; null when it is not a committee's turn. */
	awaitingUnitId: string | null;
	/** Name of that committee, for the message ("Bước này do Đảng ủy phường Đông Mai quyết định"). */
	awaitingUnitName?: string | null;
	/** The user who sent the last SUBMIT (the one who must not decide on it). */
	submittedBy?: string | null;
}

export type MayActResult = { ok: true } | { ok: false; message: string };

const CELL_EVENTS = ['SUBMIT', 'WITHDRAW'];

export function isCellEvent(type: string): boolean {
	return CELL_EVENTS.indexOf(type) >= 0;
}

export function mayAct(input: MayActInput): MayActResult {
	const { actor, state, event, cellId, awaitingUnitId, awaitingUnitName, submittedBy } = input;
	const turn = turnOf(state);
	if (turn === 'none') return { ok: false, message: 'Hồ sơ đã kết thúc, không thể thao tác thêm' };

	if (isCellEvent(event.type)) {
		const isOwnSecretary = actor.role === 'secretary' && actor.unitId === cellId;
		if (!isOwnSecretary) {
			return {
				ok: false,
				message:
					event.type === 'WITHDRAW'
						? 'Chỉ bí thư chi bộ mới được rút hồ sơ khỏi chương trình'
						: 'Chỉ bí thư chi bộ mới được gửi'
			};
		}
		if (event.type === 'SUBMIT' && turn !== 'cell') {
			return { ok: false, message: 'Hồ sơ đang chờ cấp ủy xem xét, chi bộ chưa thể gửi' };
		}
		return { ok: true };
	}

	// A committee decision.
	if (turn !== 'committee') {
		return { ok: false, message: 'Hồ sơ đang ở lượt chi bộ, chưa đến bước cấp ủy quyết định' };
	}
	if (!awaitingUnitId) {
		return { ok: false, message: 'Chưa xác định được cấp ủy có thẩm quyền quyết định bước này' };
	}
	if (actor.role !== 'officer') {
		return { ok: false, message: 'Chỉ cán bộ cấp ủy có thẩm quyền mới được quyết định bước này' };
	}
	if (submittedBy && actor.id === submittedBy) {
		return { ok: false, message: 'Không được tự phê duyệt hồ sơ do mình gửi' };
	}
	if (actor.unitId !== awaitingUnitId) {
		return {
			ok: false,
			message: awaitingUnitName
				? `Bước này do ${awaitingUnitName} quyết định`
				: 'Bước này do cấp ủy khác quyết định'
		};
	}
	return { ok: true };
}
