import type { TypedPocketBase } from '$lib/pb-types';
// Queries of the cell's workspace, always with the user's own client: the API rules decide.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';
import { vietnamDate } from '$lib/domain/reminders';
import { criteriaForType, type Criterion } from '$lib/domain/scoring';

export interface WorkspaceEnrollment {
	id: string;
	state: string;
	version: number;
	year: number;
	cellId: string;
	cellName: string;
	cellType: string;
	programmeId: string;
	programmeName: string;
	goals: string;
	commitments: string;
	emphasis: string[];
	contactName: string;
	contactPhone: string;
	/** The day the pilot began ("YYYY-MM-DD"), or null before it. */
	pilotSince: string | null;
	config: ProgrammeConfig;
}

function notFound(err: unknown): never {
	if (err instanceof ClientResponseError && err.status === 404) {
		error(404, 'Không tìm thấy hồ sơ, hoặc hồ sơ nằm ngoài phạm vi bạn được xem.');
	}
	throw err;
}

export async function loadEnrollment(pb: TypedPocketBase, id: string): Promise<WorkspaceEnrollment> {
	const r = await pb.collection('enrollments').getOne(id, { expand: 'cell,programme' }).catch(notFound);
	return {
		id: r.id,
		state: r.state,
		version: r.version ?? 0,
		year: r.year,
		cellId: r.cell,
		cellName: r.expand?.cell?.name ?? '',
		cellType: r.cellType,
		programmeId: r.programme,
		programmeName: r.expand?.programme?.name ?? '',
		goals: r.goals ?? '',
		commitments: r.commitments ?? '',
		emphasis: Array.isArray(r.emphasis) ? r.emphasis : [],
		contactName: r.contactName ?? '',
		contactPhone: r.contactPhone ?? '',
		pilotSince: vietnamDate(r.pilotSince),
		config: parseProgrammeConfig(r.expand?.programme?.config ?? {})
	};
}

/** The programme's criteria that apply to a cell type, in framework order. */
export async function criteriaFor(pb: TypedPocketBase, programmeId: string, cellType: string): Promise<Criterion[]> {
	const items = await pb.collection('criteria').getFullList({
		filter: pb.filter('programme = {:p}', { p: programmeId }),
		sort: 'order'
	});
	return criteriaForType(
		items.map((c) => ({
			code: c.code,
			title: c.title,
			group: c.group,
			maxScore: c.maxScore,
			cellTypes: c.cellTypes ?? [],
			order: c.order ?? 0,
			guidance: c.guidance ?? ''
		})),
		cellType
	);
}

export interface MemberOption {
	id: string;
	name: string;
	position: string;
}

/** The cell's active members, for assignee and absentee choices. */
export async function cellMembers(pb: TypedPocketBase, cellId: string): Promise<MemberOption[]> {
	const items = await pb.collection('members').getFullList({
		filter: pb.filter('cell = {:c} && active = true', { c: cellId }),
		sort: 'code,name',
		fields: 'id,name,position'
	});
	return items.map((m) => ({ id: m.id, name: m.name, position: m.position ?? '' }));
}

export async function loadPlan(pb: TypedPocketBase, enrollmentId: string): Promise<{ plan: RecordModel | null; tasks: RecordModel[] }> {
	const filter = pb.filter('enrollment = {:e}', { e: enrollmentId });
	const [plans, tasks] = await Promise.all([
		pb.collection('plans').getList(1, 1, { filter, skipTotal: true }),
		pb.collection('plan_tasks').getFullList({ filter, sort: 'order,created', expand: 'assignee' })
	]);
	return { plan: plans.items[0] ?? null, tasks };
}

export async function loadAssessments(pb: TypedPocketBase, enrollmentId: string): Promise<RecordModel[]> {
	return pb.collection('self_assessments').getFullList({
		filter: pb.filter('enrollment = {:e}', { e: enrollmentId }),
		sort: '-month'
	});
}

/** Sends SUBMIT for the cell; returns null when sent, else the server's reason in Vietnamese. */
export async function submitFile(pb: TypedPocketBase, id: string): Promise<string | null> {
	try {
		const fresh = await pb.collection('enrollments').getOne(id, { fields: 'state,version' });
		await pb.send(`/api/enrollments/${id}/events`, {
			method: 'POST',
			body: { type: 'SUBMIT', comment: '', expectedState: fresh.state, expectedVersion: fresh.version }
		});
		return null;
	} catch (err) {
		if (err instanceof ClientResponseError) {
			const reasons = (err.response?.messages as string[] | undefined)?.join('; ');
			return reasons || (err.response?.message as string) || 'vui lòng thử lại.';
		}
		throw err;
	}
}
