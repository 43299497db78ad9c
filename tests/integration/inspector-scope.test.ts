// Inspectors see and write only for the cells assigned to them, and a review note is filed
// only while the cell is under review, exactly once per draft: against the real server, through
// the same code the app's endpoint runs (src/lib/server/inspector/review-notes.ts).
import { randomUUID } from 'node:crypto';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { today } from '../../src/lib/domain/clock';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileReviewNote } from '../../src/lib/server/inspector/review-notes';
import { practices } from '../../src/lib/server/committee/practices';
import { attempt } from './helpers/clients';
import { actor, assignInspector, buildWorld, enrolmentAt, fileReviewNotes, officerAt, send, thisYearsProgramme, type Enrolment, type World } from './helpers/lifecycle-fixtures';

let world: World;
let underReview: Enrolment; // inspector assigned, state review
let unassigned: Enrolment; // state review, nobody assigned
let inPilot: Enrolment; // inspector assigned, still in the pilot
let inspector: PocketBase;
let other: PocketBase;
let programme: RecordModel; // this year's: the notes are dated today

const note = (e: Enrolment, patch: Record<string, unknown> = {}) => ({
	clientId: randomUUID(),
	enrollment: e.record.id,
	visitedOn: today(),
	findings: { '2': 'Sinh hoạt đều đặn, nội dung sát thực tế.' },
	strengths: 'Chi ủy chủ động, phân công rõ người, rõ việc.',
	isGoodPractice: true,
	goodPractice: `Mỗi đảng viên phụ trách 5–7 hộ gia đình (${e.cell.name}).`,
	proposedRating: 'good',
	...patch
});

async function notesOf(e: Enrolment): Promise<number> {
	const su = world.su;
	return (await su.collection('review_notes').getList(1, 1, { filter: su.filter('enrollment = {:id}', { id: e.record.id }) })).totalItems;
}

beforeAll(async () => {
	world = await buildWorld('insp');
	// Notes are dated today: their cells are in this year's programme.
	programme = await thisYearsProgramme(world);
	[underReview, unassigned, inPilot] = await Promise.all([
		enrolmentAt(world, { state: 'review' }, { programme }),
		enrolmentAt(world, { state: 'review' }, { programme }),
		enrolmentAt(world, { state: 'pilot' }, { programme })
	]);
	await assignInspector(underReview);
	await assignInspector(inPilot);
	inspector = await world.as(world.people.inspector);
	other = await world.as(world.people.inspectorOther);
}, 120_000);

describe('what an inspector sees', () => {
	it('lists only the enrollments assigned to them', async () => {
		const mine = await inspector.collection('enrollments').getFullList({ filter: inspector.filter('path ~ {:p}', { p: `/${world.unitId('p4')}/` }) });
		expect(mine.map((r) => r.id).sort()).toEqual([underReview.record.id, inPilot.record.id].sort());
		const theirs = await other.collection('enrollments').getFullList({ filter: other.filter('path ~ {:p}', { p: `/${world.unitId('p4')}/` }) });
		expect(theirs).toEqual([]);
	});

	it.each([
		['enrollments', 'id'],
		['meetings', 'enrollment'],
		['self_assessments', 'enrollment'],
		['approvals', 'enrollment'],
		['transitions', 'enrollment']
	])('cannot read %s of a cell not assigned to them', async (collection, field) => {
		const list = await inspector.collection(collection).getFullList({ filter: inspector.filter(`${field} = {:id}`, { id: unassigned.record.id }) });
		expect(list).toEqual([]);
	});

	it('reads the filed material of an assigned cell (approvals, transitions)', async () => {
		const approvals = await inspector.collection('approvals').getFullList({ filter: inspector.filter('enrollment = {:id}', { id: underReview.record.id }) });
		expect(approvals.length).toBeGreaterThan(0);
	});

	it('gets 404 for the events of a cell not assigned to them', async () => {
		const out = await attempt(() => inspector.send(`/api/enrollments/${unassigned.record.id}/events`, {}));
		expect(out.status).toBe(404);
	});

	it('cannot assign themselves or anyone to a cell', async () => {
		const out = await attempt(() => other.collection('enrollments').update(underReview.record.id, { 'inspectors+': world.people.inspectorOther.id }));
		expect([403, 404]).toContain(out.status);
		const again = await attempt(() => inspector.collection('enrollments').update(underReview.record.id, { supervisor: world.people.inspector.id }));
		expect([403, 404]).toContain(again.status);
	});
});

describe('filing a review note', () => {
	it('files a note for an assigned cell under review, once per draft even when sent again or twice at once', async () => {
		const body = note(underReview);
		const before = await notesOf(underReview);
		const first = await fileReviewNote(inspector, world.people.inspector.id, body, []);
		expect(first).toMatchObject({ status: 201, duplicate: false });
		const resent = await fileReviewNote(inspector, world.people.inspector.id, body, []);
		expect(resent).toMatchObject({ status: 200, duplicate: true, id: (first as { id: string }).id });
		// Two sends crossing (the online event and a reload): still one note.
		const twin = note(underReview);
		const both = await Promise.all([
			fileReviewNote(inspector, world.people.inspector.id, twin, []),
			fileReviewNote(inspector, world.people.inspector.id, twin, [])
		]);
		expect(both.map((b) => b.status).sort()).toEqual([200, 201]);
		expect(await notesOf(underReview)).toBe(before + 2);
	});

	it('refuses a note for a cell not assigned to the inspector', async () => {
		const out = await fileReviewNote(other, world.people.inspectorOther.id, note(underReview), []);
		expect(out.status).toBe(403);
		const unassignedOut = await fileReviewNote(inspector, world.people.inspector.id, note(unassigned), []);
		expect(unassignedOut.status).toBe(403);
		expect(await notesOf(unassigned)).toBe(0);
	});

	it('says which field the server refused (a meeting of another cell) beside it, not as a refusal of the inspector', async () => {
		const meeting = await inPilot.sec.collection('meetings').create({
			enrollment: inPilot.record.id,
			date: `${today()} 00:00:00.000Z`,
			kind: 'regular',
			topic: 'Sinh hoạt chi bộ định kỳ',
			present: 14,
			total: 15,
			excused: 1
		});
		const before = await notesOf(underReview);
		const out = await fileReviewNote(inspector, world.people.inspector.id, note(underReview, { meeting: meeting.id }), []);
		expect(out).toMatchObject({ status: 400 });
		expect(Object.keys((out as { errors?: Record<string, string> }).errors ?? {})).toEqual(['meeting']);
		expect(await notesOf(underReview)).toBe(before);
	});

	it('refuses a note for a cell that is not under review (pilot), even for its inspector', async () => {
		const out = await fileReviewNote(inspector, world.people.inspector.id, note(inPilot), []);
		expect(out).toMatchObject({ status: 403 });
		// The records API refuses it too: the rule, not the app, decides.
		const raw = await attempt(() =>
			inspector.collection('review_notes').create({ ...note(inPilot), inspector: world.people.inspector.id, visitedOn: `${today()} 00:00:00.000Z` })
		);
		expect(raw.status).toBeGreaterThanOrEqual(400);
		expect(await notesOf(inPilot)).toBe(0);
	});

	it('refuses a note once the review is concluded', async () => {
		const e = await enrolmentAt(world, { state: 'review' }, { programme: await thisYearsProgramme(world) });
		await fileReviewNotes(e, 1);
		// The committee concludes the review: the cell is back in the pilot.
		const officer = await actor(e, officerAt(e, 'supervision', 0));
		const concluded = await send(officer, e.record.id, { type: 'CONCLUDE_REVIEW', expectedState: 'review' });
		expect(concluded.status).toBe(200);
		const state = (await world.su.collection('enrollments').getOne(e.record.id)).state;
		expect(state).toBe('pilot');
		const out = await fileReviewNote(inspector, world.people.inspector.id, note(e), []);
		expect(out.status).toBe(403);
	});

	it('lets the member in charge (supervisor) file a note', async () => {
		const e = await enrolmentAt(world, { state: 'review' }, { programme: await thisYearsProgramme(world) });
		const officer = await actor(e, officerAt(e, 'supervision', 0));
		await officer.collection('enrollments').update(e.record.id, { supervisor: world.people.inspectorOther.id });
		const out = await fileReviewNote(other, world.people.inspectorOther.id, note(e), []);
		expect(out.status).toBe(201);
	});

	it('refuses an invalid note with the field and its Vietnamese message', async () => {
		const out = await fileReviewNote(inspector, world.people.inspector.id, note(underReview, { isGoodPractice: true, goodPractice: '' }), []);
		expect(out).toMatchObject({ status: 400, errors: { goodPractice: 'Vui lòng mô tả cách làm hay.' } });
	});

	it('cannot file in another inspector\'s name', async () => {
		const raw = await attempt(() =>
			other.collection('review_notes').create({ ...note(underReview), inspector: world.people.inspector.id, visitedOn: `${today()} 00:00:00.000Z` })
		);
		expect(raw.status).toBeGreaterThanOrEqual(400);
	});
});

describe('the good-practice library follows the same scope', () => {
	it('shows the assigned inspector the practices of their cells, and another inspector none', async () => {
		const filters = { q: '', cellType: '' as const, unit: world.unitId('p4'), year: null, page: 1 };
		const mine = await practices(inspector, filters);
		expect(mine.items.length).toBeGreaterThan(0);
		expect(new Set(mine.items.map((p) => p.enrollmentId))).toEqual(new Set([underReview.record.id]));
		const theirs = await practices(other, filters);
		expect(theirs.items.every((p) => p.enrollmentId !== underReview.record.id)).toBe(true);
		const search = await practices(inspector, { ...filters, q: underReview.cell.name });
		expect(search.items.length).toBeGreaterThan(0);
		const none = await practices(inspector, { ...filters, q: 'không có cụm từ này' });
		expect(none.items).toEqual([]);
	});
});
