import type { TypedPocketBase } from '$lib/pb-types';
// Bulk approval from the inbox: the same comment for several files at the same gate. Each file
// is still one call of the lifecycle API with its own expectedState and expectedVersion, so the
// server judges it alone (who may act, quota, version) and writes its own decision, transition
// and audit row in its own transaction. The answer says, per file, what happened.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { checkBulkSelection } from '$lib/domain/inbox';
import { stateLabel } from '$lib/domain/lifecycle-labels';
import { sendEvent } from '$lib/server/lifecycle';
import type { InboxItem } from './inbox';

export interface BulkResult {
	id: string;
	cellName: string;
	ok: boolean;
	message: string;
}

export type BulkOutcome = { ok: false; message: string } | { ok: true; results: BulkResult[] };

export async function bulkApprove(
	pb: TypedPocketBase,
	inbox: readonly InboxItem[],
	ids: readonly string[],
	versions: Readonly<Record<string, number>>,
	comment: string
): Promise<BulkOutcome> {
	const check = checkBulkSelection(ids, inbox);
	if (!check.ok) return check;
	const results: BulkResult[] = [];
	// One after another: each is a short write transaction on one enrollment.
	for (const id of ids) {
		const item = inbox.find((i) => i.id === id)!;
		try {
			const updated = await sendEvent(pb, id, {
				type: 'APPROVE',
				comment,
				expectedState: item.state,
				expectedVersion: versions[id] ?? item.version
			});
			results.push({ id, cellName: item.cellName, ok: true, message: `Đã phê duyệt. Hồ sơ chuyển sang: ${stateLabel(updated.state)}.` });
		} catch (err) {
			if (!(err instanceof ClientResponseError)) throw err;
			const reason = (err.response?.message as string | undefined) || 'Không thực hiện được.';
			results.push({ id, cellName: item.cellName, ok: false, message: `Không phê duyệt được: ${reason}` });
		}
	}
	return { ok: true, results };
}
