import type { TypedPocketBase } from '$lib/pb-types';
// The rows of the lists a committee submits upward: cells of the officer's subtree in one
// programme that registered for it, or that are proposed for / granted recognition. Read with
// the officer's own client, so the enrollments rule decides what can be listed.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { LIFECYCLE_STATES, type LifecycleState } from '$lib/domain/lifecycle-types';
import type { SubmissionInput, SubmissionKind, SubmissionRow } from '$lib/domain/submission-layouts';
import { compareVi, formatDate } from '$lib/format';
import type { Translate } from '$lib/i18n';
import { programmeFor } from '$lib/server/dashboard';
import type { AppUser } from '$lib/server/session';
import { todayInVietnamParts } from './dates';

/**
 * Who belongs on each list. Registered: every cell that sent its registration, whatever came of
 * it since, except those refused at selection or withdrawn (they are no longer in the programme).
 * Recognition: proposed (`recognition`, the chain still deciding) and recognized.
 */
export const SUBMISSION_STATES: Record<SubmissionKind, readonly LifecycleState[]> = {
	registration: LIFECYCLE_STATES.filter((s) => !['draft', 'rejected', 'withdrawn'].includes(s)),
	recognition: ['recognition', 'recognized']
};

function noteFor(kind: SubmissionKind, e: RecordModel, t: Translate): string {
	if (kind === 'registration') return e.state === 'selection' ? t('Chờ lựa chọn') : t('Đã được lựa chọn thí điểm');
	if (e.state === 'recognized') {
		return e.decisionNo
			? t('Đã công nhận: quyết định số {no} ngày {date}', { no: e.decisionNo, date: formatDate(e.decisionDate) })
			: t('Đã công nhận');
	}
	const awaiting = e.expand?.awaiting?.name as string | undefined;
	return awaiting ? t('Chờ {name} xét công nhận', { name: awaiting }) : t('Chờ công nhận');
}

/** The secretary accounts of these cells, by cell id (a few indexed lookups, 50 cells at a time). */
async function secretariesOf(pb: TypedPocketBase, cellIds: string[]): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	for (let i = 0; i < cellIds.length; i += 50) {
		const chunk = cellIds.slice(i, i + 50);
		const found = await pb.collection('users').getFullList({
			filter: `role = "secretary" && (${chunk.map((id) => pb.filter('unit = {:id}', { id })).join(' || ')})`,
			fields: 'name,unit',
			sort: 'created'
		});
		for (const u of found) if (!names.has(u.unit)) names.set(u.unit, u.name);
	}
	return names;
}

export async function submissionInput(
	pb: TypedPocketBase,
	user: AppUser,
	kind: SubmissionKind,
	programmeId: string | null,
	t: Translate
): Promise<SubmissionInput & { programmeId: string }> {
	const { programme } = await programmeFor(pb, programmeId);
	if (!programme) error(404, 'Chưa có chương trình nào.');
	const states = SUBMISSION_STATES[kind].map((s) => `state = "${s}"`).join(' || ');
	const [enrollments, committee] = await Promise.all([
		pb.collection('enrollments').getFullList({
			filter: pb.filter(`path ~ {:prefix} && programme = {:p} && (${states})`, { prefix: `${user.unit.path}%`, p: programme.id }),
			expand: 'cell,cell.parent,awaiting',
			fields: 'id,state,cell,score,rating,decisionNo,decisionDate,expand.cell.name,expand.cell.cellType,expand.cell.memberCount,expand.cell.expand.parent.name,expand.awaiting.name',
			batch: 1000
		}),
		pb.collection('units').getOne(user.unit.id, { expand: 'parent', fields: 'id,name,kind,expand.parent.name' })
	]);
	const secretaries = await secretariesOf(pb, enrollments.map((e) => e.cell as string));
	const rows: SubmissionRow[] = enrollments
		.map((e) => {
			const cell = e.expand?.cell as RecordModel | undefined;
			return {
				cellName: (cell?.name as string) ?? '',
				parentName: (cell?.expand?.parent?.name as string) ?? '',
				cellType: (cell?.cellType as string) ?? '',
				memberCount: typeof cell?.memberCount === 'number' ? cell.memberCount : null,
				secretary: secretaries.get(e.cell) ?? '',
				score: typeof e.score === 'number' && e.score > 0 ? e.score : null,
				rating: (e.rating as string) || null,
				note: noteFor(kind, e, t)
			};
		})
		.sort((a, b) => compareVi(a.parentName, b.parentName) || compareVi(a.cellName, b.cellName));
	const parent = committee.expand?.parent as RecordModel | undefined;
	return {
		programmeId: programme.id,
		kind,
		year: programme.year,
		programmeName: programme.name,
		committee: { name: committee.name, kind: committee.kind },
		superior: parent ? { name: parent.name } : null,
		date: todayInVietnamParts(),
		rows
	};
}
