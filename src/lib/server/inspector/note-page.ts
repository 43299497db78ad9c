import type { TypedPocketBase } from '$lib/pb-types';
// What the inspector's note page needs: the cell, whether a note may be filed now and why not,
// the meetings to pick the observed one from, the criteria groups, the notes already filed.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { parseProgrammeConfig } from '$lib/domain/programme-config';
import { reviewNotesOf } from '$lib/server/committee/dossier';
import type { AppUser } from '$lib/server/session';

export function notePermission(user: AppUser, enrollment: RecordModel): { ok: boolean; reason: string } {
	if (user.role !== 'inspector') return { ok: false, reason: 'Chỉ cán bộ kiểm tra được phân công mới lập biên bản kiểm tra.' };
	const assigned = enrollment.supervisor === user.id || ((enrollment.inspectors ?? []) as string[]).includes(user.id);
	if (!assigned) return { ok: false, reason: 'Bạn chưa được phân công kiểm tra chi bộ này.' };
	if (enrollment.state !== 'review') {
		return { ok: false, reason: 'Chi bộ không trong giai đoạn đánh giá bước đầu (sơ kết): chưa thể lập biên bản kiểm tra.' };
	}
	return { ok: true, reason: '' };
}

export async function notePage(pb: TypedPocketBase, user: AppUser, enrollment: RecordModel) {
	const [meetings, notes] = await Promise.all([
		pb.collection('meetings').getFullList({
			filter: pb.filter('enrollment = {:id}', { id: enrollment.id }),
			sort: '-date',
			fields: 'id,date,kind,topic'
		}),
		reviewNotesOf(pb, enrollment.id)
	]);
	return {
		enrollment: { id: enrollment.id, cellName: enrollment.expand?.cell?.name ?? '', state: enrollment.state },
		permission: notePermission(user, enrollment),
		meetings: meetings.map((m) => ({ id: m.id, date: m.date, kind: m.kind, topic: m.topic })),
		groups: parseProgrammeConfig(enrollment.expand?.programme?.config ?? {}).groups,
		notes
	};
}
