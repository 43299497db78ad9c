// The committee's inbox: which enrollments wait for a committee's decision, what kind of
// decision each is, and which of them may be approved together.
import { GATE_LABELS } from './lifecycle-labels';
import { gateOf, type Gate, type LifecycleState } from './lifecycle-types';

/**
 * States in which a committee has a decision to take: the gates with approve/return/reject,
 * the mid-term review to conclude, the year-end classification. A cell in the pilot is
 * supervised, not waiting for a decision, so it is not in the inbox.
 */
export const INBOX_STATES = ['selection', 'plan_review', 'review', 'classification', 'recognition'] as const satisfies readonly LifecycleState[];
export type InboxState = (typeof INBOX_STATES)[number];

/** The kind of decision each inbox state asks for: the filter "Loại việc". */
export const INBOX_KIND_LABELS: Record<InboxState, string> = {
	selection: GATE_LABELS.selection,
	plan_review: GATE_LABELS.plan,
	review: 'Kết luận đánh giá bước đầu (sơ kết)',
	classification: GATE_LABELS.classification,
	recognition: GATE_LABELS.recognition
};

/** Gates whose decision is a plain APPROVE that several files may share (one comment for all). */
export const BULK_GATES: readonly Gate[] = ['selection', 'plan', 'recognition'];

export function isInboxState(value: unknown): value is InboxState {
	return typeof value === 'string' && (INBOX_STATES as readonly string[]).includes(value);
}

export function isBulkable(state: string): boolean {
	const gate = gateOf(state);
	return gate !== null && BULK_GATES.includes(gate);
}

export interface BulkCandidate {
	id: string;
	state: string;
}

/**
 * Checks a bulk approval before anything is sent: at least one file, every one found in the
 * inbox, all at the same gate, and that gate one where approving together makes sense.
 * Each file is still decided by the server on its own, with its own version check.
 */
export function checkBulkSelection(
	selected: readonly string[],
	inbox: readonly BulkCandidate[]
): { ok: true; gate: Gate } | { ok: false; message: string } {
	if (selected.length === 0) return { ok: false, message: 'Chưa chọn hồ sơ nào.' };
	const found = selected.map((id) => inbox.find((i) => i.id === id));
	if (found.some((f) => !f)) {
		return { ok: false, message: 'Có hồ sơ đã chọn không còn chờ cấp ủy quyết định. Vui lòng tải lại trang.' };
	}
	const gates = new Set(found.map((f) => gateOf(f!.state)));
	if (gates.size > 1) return { ok: false, message: 'Chỉ phê duyệt cùng lúc các hồ sơ ở cùng một bước.' };
	const gate = [...gates][0] ?? null;
	if (!gate || !BULK_GATES.includes(gate)) {
		return { ok: false, message: 'Bước này phải quyết định từng hồ sơ (xếp loại hoặc kết luận sơ kết).' };
	}
	return { ok: true, gate };
}

/** Whole days between two instants (for sorting and the "đã chờ" column's colour). */
export function daysWaiting(since: Date, now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}
