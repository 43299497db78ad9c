import type { TypedPocketBase } from '$lib/pb-types';
// Supervision of a cell: the committee member in charge (cấp ủy viên phụ trách) and the
// inspectors. These two fields decide what an inspector can see (the enrollments rule and
// every rule that follows it), so they are written only by officers of the subtree
// (enrollments.updateRule + pb_hooks/lib/enrollment-fields.js) and only with people of the
// committees between that officer and the cell.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { peopleOf, type NamedPerson } from '$lib/server/committee/dossier';

export interface Candidate {
	id: string;
	name: string;
	role: 'officer' | 'inspector';
	unitName: string;
}

/** People who may be put in charge of this cell: officers and inspectors of its committees that the officer can see. */
export async function candidatesFor(pb: TypedPocketBase, enrollment: RecordModel): Promise<Candidate[]> {
	const path = String(enrollment.path ?? '');
	const people = await pb.collection('users').getFullList({
		filter: '(role = "officer" || role = "inspector") && unit.kind != "cell"',
		sort: 'name',
		expand: 'unit',
		fields: 'id,name,role,unit,expand.unit.name'
	});
	return people
		.filter((p) => path.includes(`/${p.unit}/`))
		.map((p) => ({ id: p.id, name: p.name, role: p.role, unitName: p.expand?.unit?.name ?? '' }));
}

/** The refusal when someone chosen is not among the candidates, else null. */
export function outsiderProblem(candidates: Candidate[], supervisor: string, inspectors: string[]): string | null {
	const ok = new Set(candidates.map((c) => c.id));
	if (supervisor && !ok.has(supervisor)) return 'Người phụ trách phải là cán bộ của cấp ủy quản lý chi bộ này.';
	const inspectorIds = new Set(candidates.filter((c) => c.role === 'inspector').map((c) => c.id));
	if (inspectors.some((i) => !inspectorIds.has(i))) return 'Người kiểm tra phải là cán bộ kiểm tra của cấp ủy quản lý chi bộ này.';
	return null;
}

export function saveSupervision(pb: TypedPocketBase, enrollmentId: string, supervisor: string, inspectors: string[]) {
	return pb.collection('enrollments').update(enrollmentId, { supervisor, inspectors });
}

/**
 * What other committees assigned (people this officer may not choose: a higher committee's
 * inspector): shown with name and committee, kept as they are when this officer saves.
 */
export interface OthersPart {
	supervisor: NamedPerson | null;
	inspectors: NamedPerson[];
}

function unknownPerson(id: string): NamedPerson {
	return { id, name: '', role: '', unit: '', unitName: '' };
}

export async function othersPart(pb: PocketBase, enrollment: RecordModel, candidates: Candidate[]): Promise<OthersPart> {
	const mine = new Set(candidates.map((c) => c.id));
	const supervisor = enrollment.supervisor && !mine.has(enrollment.supervisor) ? (enrollment.supervisor as string) : '';
	const inspectors = ((enrollment.inspectors ?? []) as string[]).filter((id) => !mine.has(id));
	if (!supervisor && !inspectors.length) return { supervisor: null, inspectors: [] };
	const people = await peopleOf(pb, enrollment.id);
	return {
		supervisor: supervisor ? (people.get(supervisor) ?? unknownPerson(supervisor)) : null,
		inspectors: inspectors.map((id) => people.get(id) ?? unknownPerson(id))
	};
}

export type SupervisionOutcome = { ok: true } | { ok: false; field: 'supervisor' | 'inspectors'; message: string };

/**
 * Saves this officer's part of the supervision: their choice among their own candidates, with
 * what other committees assigned kept as it is (the server refuses any change to it).
 */
export async function applySupervision(pb: PocketBase, enrollment: RecordModel, supervisor: string, inspectors: string[]): Promise<SupervisionOutcome> {
	const candidates = await candidatesFor(pb, enrollment);
	const mine = new Set(candidates.map((c) => c.id));
	const keptSupervisor = enrollment.supervisor && !mine.has(enrollment.supervisor) ? (enrollment.supervisor as string) : '';
	const keptInspectors = ((enrollment.inspectors ?? []) as string[]).filter((id) => !mine.has(id));
	const chosen = [...new Set(inspectors.filter((id) => !keptInspectors.includes(id)))];
	const problem = outsiderProblem(candidates, keptSupervisor ? '' : supervisor, chosen);
	if (problem) return { ok: false, field: problem.startsWith('Người phụ trách') ? 'supervisor' : 'inspectors', message: problem };
	await saveSupervision(pb, enrollment.id, keptSupervisor || supervisor, [...keptInspectors, ...chosen]);
	return { ok: true };
}
