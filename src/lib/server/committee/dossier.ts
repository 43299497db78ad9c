import type { TypedPocketBase } from '$lib/pb-types';
// Everything a cell has filed, read with the viewer's own client for the decision page:
// registration, resolution and plan, meetings, self-assessments, review notes, past decisions.
// Each list is what PocketBase's rules let this viewer read; nothing here widens it.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { parseProgrammeConfig, type ProgrammeConfig } from '$lib/domain/programme-config';

export interface Dossier {
	registration: { goals: string; commitments: string; contactName: string; contactPhone: string; emphasis: { code: string; title: string }[] };
	/** `doc`: the stored name of the resolution's document ('' when none), opened through /files/plans/{id}/{doc}. */
	plan: { id: string; resolutionNo: string; resolutionDate: string; resolutionSigner: string; summary: string; doc: string } | null;
	tasks: { id: string; title: string; assignee: string; due: string; month: string; status: string }[];
	meetings: { id: string; date: string; kind: string; topic: string; present: number; total: number; resolutions: string; minutes: string }[];
	assessments: { id: string; month: string; total: number; rating: string }[];
	notes: ReviewNoteView[];
	approvals: { id: string; gate: string; decision: string; unitName: string; actorName: string; comment: string; created: string }[];
	supervision: { supervisor: Person | null; inspectors: Person[] };
	config: ProgrammeConfig;
}

export interface Person {
	id: string;
	name: string;
	/** The committee of that person ('' when unknown). */
	unitName?: string;
}

/** Someone named on a cell's file, as GET /api/enrollments/{id}/people answers (pb_hooks/people.pb.js). */
export interface NamedPerson {
	id: string;
	name: string;
	role: string;
	unit: string;
	unitName: string;
}

/**
 * The supervisor, the inspectors and the note authors of a file, with their committees, even
 * those of a higher committee whose user records this viewer may not read; an empty map for a
 * viewer the server does not answer (the cell's secretary).
 */
export async function peopleOf(pb: TypedPocketBase, enrollmentId: string): Promise<Map<string, NamedPerson>> {
	try {
		const out = (await pb.send(`/api/enrollments/${enrollmentId}/people`, {})) as { people: NamedPerson[] };
		return new Map(out.people.map((p) => [p.id, p]));
	} catch (err) {
		if ((err as { status?: number }).status === 404) return new Map();
		throw err;
	}
}

export interface ReviewNoteView {
	id: string;
	inspectorName: string;
	/** The inspector's committee ('' when unknown). */
	inspectorUnit: string;
	visitedOn: string;
	meetingTopic: string;
	findings: Record<string, string>;
	strengths: string;
	shortcomings: string;
	recommendations: string;
	isGoodPractice: boolean;
	goodPractice: string;
	proposedRating: string;
	photos: string[];
	created: string;
}

const byEnrollment = (pb: TypedPocketBase, id: string) => pb.filter('enrollment = {:id}', { id });

export function toNoteView(n: RecordModel, people: Map<string, NamedPerson> = new Map()): ReviewNoteView {
	const known = people.get(n.inspector);
	return {
		id: n.id,
		inspectorName: n.expand?.inspector?.name || known?.name || '',
		inspectorUnit: known?.unitName ?? '',
		visitedOn: n.visitedOn,
		meetingTopic: n.expand?.meeting?.topic ?? '',
		findings: (n.findings ?? {}) as Record<string, string>,
		strengths: n.strengths,
		shortcomings: n.shortcomings,
		recommendations: n.recommendations,
		isGoodPractice: n.isGoodPractice,
		goodPractice: n.goodPractice,
		proposedRating: n.proposedRating,
		photos: (n.photos ?? []) as string[],
		created: n.created
	};
}

export async function reviewNotesOf(pb: TypedPocketBase, enrollmentId: string, people?: Map<string, NamedPerson>): Promise<ReviewNoteView[]> {
	const [notes, named] = await Promise.all([
		pb.collection('review_notes').getFullList({
			filter: byEnrollment(pb, enrollmentId),
			sort: 'visitedOn,created',
			expand: 'inspector,meeting'
		}),
		people ?? peopleOf(pb, enrollmentId)
	]);
	return notes.map((n) => toNoteView(n, named));
}

/** The cell's file for the decision page. `enrollment` is the record as this viewer read it. */
export async function loadDossier(pb: TypedPocketBase, enrollment: RecordModel): Promise<Dossier> {
	const id = enrollment.id;
	const filter = byEnrollment(pb, id);
	const people = peopleOf(pb, id);
	const [plans, tasks, meetings, assessments, notes, approvals, criteria, named] = await Promise.all([
		pb.collection('plans').getFullList({ filter }),
		pb.collection('plan_tasks').getFullList({ filter, sort: 'order,due', expand: 'assignee' }),
		pb.collection('meetings').getFullList({ filter, sort: 'date' }),
		pb.collection('self_assessments').getFullList({ filter, sort: 'month', fields: 'id,month,total,rating' }),
		people.then((p) => reviewNotesOf(pb, id, p)),
		pb.collection('approvals').getFullList({ filter, sort: 'created,id' }),
		pb.collection('criteria').getFullList({ filter: pb.filter('programme = {:p}', { p: enrollment.programme }), fields: 'code,title' }),
		people
	]);
	/** A person by id: the name from the server's list (any committee), else from what this viewer could expand. */
	const nameOf = (id: string, expanded: RecordModel | undefined): Person => {
		const known = named.get(id);
		return { id, name: known?.name || expanded?.name || '', unitName: known?.unitName ?? '' };
	};
	const plan = plans[0];
	// The criteria the cell chose to emphasise, named as the programme's framework names them.
	const titles = new Map(criteria.map((c) => [c.code as string, c.title as string]));
	const emphasis = (Array.isArray(enrollment.emphasis) ? (enrollment.emphasis as unknown[]).map(String) : []).map((code) => ({
		code,
		title: titles.get(code) ?? ''
	}));
	return {
		registration: {
			goals: enrollment.goals ?? '',
			commitments: enrollment.commitments ?? '',
			contactName: enrollment.contactName ?? '',
			contactPhone: enrollment.contactPhone ?? '',
			emphasis
		},
		plan: plan
			? {
					id: plan.id,
					resolutionNo: plan.resolutionNo,
					resolutionDate: plan.resolutionDate,
					resolutionSigner: plan.resolutionSigner,
					summary: plan.summary,
					doc: (plan.resolutionDoc ?? '') as string
				}
			: null,
		tasks: tasks.map((t) => ({
			id: t.id,
			title: t.title,
			assignee: t.expand?.assignee?.name ?? '',
			due: t.due,
			month: t.month,
			status: t.status
		})),
		meetings: meetings.map((m) => ({
			id: m.id,
			date: m.date,
			kind: m.kind,
			topic: m.topic,
			present: m.present,
			total: m.total,
			resolutions: m.resolutions,
			minutes: (m.minutes ?? '') as string
		})),
		assessments: assessments.map((a) => ({ id: a.id, month: a.month, total: a.total, rating: a.rating })),
		notes,
		approvals: approvals.map((a) => ({
			id: a.id,
			gate: a.gate,
			decision: a.decision,
			unitName: a.unitName,
			actorName: a.actorName,
			comment: a.comment,
			created: a.created
		})),
		// A viewer who may not read user records (a cell's secretary) still learns that someone
		// is assigned: the ids are on the enrollment, only the names stay unknown ('').
		supervision: {
			supervisor: enrollment.supervisor ? nameOf(enrollment.supervisor as string, enrollment.expand?.supervisor as RecordModel | undefined) : null,
			inspectors: ((enrollment.inspectors ?? []) as string[]).map((id) =>
				nameOf(id, ((enrollment.expand?.inspectors ?? []) as RecordModel[]).find((r) => r.id === id))
			)
		},
		config: parseProgrammeConfig(enrollment.expand?.programme?.config ?? {})
	};
}

export interface Quota {
	cellType: string;
	used: number | null;
	max: number;
	remaining: number | null;
	scope: { id: string; name: string } | null;
}

/** The pilot quota remaining for a selection decision, counted by the server (pb_hooks/lib/quota.js). */
export function quotaFor(pb: TypedPocketBase, enrollmentId: string): Promise<Quota> {
	return pb.send(`/api/enrollments/${enrollmentId}/quota`, {});
}
