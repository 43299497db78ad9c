// Vietnamese labels for the lifecycle, and which events need a comment or cannot be undone.
// The UI shows these; the server uses the same labels in its answers and audit trail.

import type { Gate } from './approval-chain';
import { GUARDS } from './lifecycle-guards';
import { transitionsOf } from './lifecycle-definition';
import {
	isFinalState,
	isLifecycleState,
	type LifecycleContext,
	type LifecycleEvent,
	type LifecycleEventType,
	type LifecycleState
} from './lifecycle-types';

export const STATE_LABELS: Record<LifecycleState, string> = {
	draft: 'Nháp đăng ký',
	selection: 'Chờ lựa chọn',
	planning: 'Xây dựng nghị quyết và kế hoạch',
	plan_review: 'Chờ duyệt kế hoạch',
	pilot: 'Đang thí điểm',
	review: 'Đánh giá bước đầu (sơ kết)',
	evaluation: 'Tổng hợp tự đánh giá cuối năm',
	classification: 'Chờ xếp loại',
	recognition: 'Chờ công nhận',
	recognized: 'Đã công nhận chi bộ kiểu mẫu',
	not_recognized: 'Không được công nhận',
	rejected: 'Bị từ chối',
	withdrawn: 'Đã rút'
};

export const EVENT_LABELS: Record<LifecycleEventType, string> = {
	SUBMIT: 'Gửi',
	APPROVE: 'Phê duyệt',
	RETURN: 'Trả lại để hoàn thiện',
	REJECT: 'Từ chối',
	WITHDRAW: 'Rút khỏi chương trình',
	OPEN_REVIEW: 'Mở đánh giá bước đầu',
	CONCLUDE_REVIEW: 'Kết luận đánh giá bước đầu',
	START_EVALUATION: 'Bắt đầu đánh giá cuối năm',
	CLASSIFY: 'Xếp loại'
};

export const GATE_LABELS: Record<Gate, string> = {
	selection: 'Lựa chọn chi bộ thí điểm',
	plan: 'Duyệt nghị quyết và kế hoạch',
	supervision: 'Chỉ đạo, giám sát, kiểm tra',
	classification: 'Đánh giá, xếp loại cuối năm',
	recognition: 'Công nhận chi bộ kiểu mẫu'
};

/** Events whose comment is required (the machine's `hasComment` guard enforces it). */
export const COMMENT_REQUIRED: readonly LifecycleEventType[] = ['RETURN', 'REJECT', 'CLASSIFY'];

/**
 * Events that may end the enrolment for good. REJECT and WITHDRAW always do; APPROVE and CLASSIFY
 * only when they lead to a final state (the last recognition approval, a rating below the
 * recognition level): use isIrreversible() for those.
 */
export const IRREVERSIBLE_EVENTS: readonly LifecycleEventType[] = [
	'REJECT',
	'WITHDRAW',
	'APPROVE',
	'CLASSIFY'
];

export function stateLabel(state: string): string {
	return isLifecycleState(state) ? STATE_LABELS[state] : state;
}

export function eventLabel(type: string): string {
	return (EVENT_LABELS as Record<string, string | undefined>)[type] ?? type;
}

export function requiresComment(type: string): boolean {
	return (COMMENT_REQUIRED as readonly string[]).indexOf(type) >= 0;
}

/**
 * Whether sending `event` now would end the enrolment (a final state), so the UI should ask for
 * confirmation. Decided on the candidate transitions whose data guards pass: when the event's
 * payload is still incomplete (no rating chosen yet) and one of the possible outcomes is final,
 * the answer is true, erring on the side of asking.
 */
export function isIrreversible(
	state: LifecycleState,
	context: LifecycleContext,
	event: LifecycleEvent
): boolean {
	if (!isLifecycleState(state) || isFinalState(state)) return false;
	const candidates = transitionsOf(state, event.type);
	const args = { context, event };
	const dataOk = candidates.filter((t) =>
		t.guards.every((name) => GUARDS[name].payload || GUARDS[name].check(args))
	);
	// The transition the machine would take with this exact payload, if any.
	const taken = dataOk.find((t) => t.guards.every((name) => GUARDS[name].check(args)));
	if (taken) return isFinalState(taken.to);
	return dataOk.some((t) => isFinalState(t.to));
}
