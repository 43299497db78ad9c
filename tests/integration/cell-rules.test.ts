// The cell's workspace as the API alone enforces it: what the forms refuse, PocketBase refuses
// too (field constraints and hooks), one table-driven case per rule; uploads of a wrong type or
// size are refused; the plan and its tasks are saved all or nothing; and the secretary of one
// cell can neither read nor write anything of another cell.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, attempt, createTask, updateTask } from './helpers/clients';
import { buildWorld, enrolmentAt, filePlan, startEnrolment, TEST_CRITERION, type Enrolment, type World } from './helpers/lifecycle-fixtures';

let world: World;
/** Cell A: a draft, a planning and a pilot enrolment (three cells, each with its secretary). */
let draftA: Enrolment;
let planA: Enrolment;
let pilotA: Enrolment;
/** Cell B: in the pilot, with its own plan, task, meeting, self-assessment and member. */
let pilotB: Enrolment;
const m: Record<string, RecordModel> = {};
const rec: Record<string, RecordModel> = {};

/** A file of `bytes` bytes; PocketBase sniffs the type from the content, so a PDF starts like one. */
const pdf = (bytes = 200, type = 'application/pdf', name = 'nghi-quyet.pdf') => {
	const body = new Uint8Array(bytes).fill(32);
	if (type === 'application/pdf') body.set(new TextEncoder().encode('%PDF-1.4\n'));
	return new File([body], name, { type });
};

async function member(e: Enrolment, name: string): Promise<RecordModel> {
	return e.sec.collection('members').create({ cell: e.cell.id, name, position: 'member', active: true });
}

const validTask = (e: Enrolment, assignee: string, extra: Record<string, unknown> = {}) => ({
	enrollment: e.record.id,
	title: 'Tổ chức sinh hoạt chuyên đề quý, mời cấp ủy cấp trên dự',
	assignee,
	due: '2026-03-31 00:00:00.000Z',
	month: '2026-03',
	status: 'todo',
	order: 1,
	...extra
});

const validMeeting = (e: Enrolment, extra: Record<string, unknown> = {}) => ({
	enrollment: e.record.id,
	date: '2026-11-05 00:00:00.000Z',
	kind: 'regular',
	topic: 'Sinh hoạt chi bộ định kỳ tháng 11/2026',
	present: 14,
	total: 15,
	excused: 1,
	...extra
});

beforeAll(async () => {
	world = await buildWorld('cell');
	[draftA, planA, pilotA, pilotB] = await Promise.all([
		startEnrolment(world),
		enrolmentAt(world, { state: 'planning' }),
		enrolmentAt(world, { state: 'pilot' }),
		enrolmentAt(world, { state: 'pilot' })
	]);
	m.planA = await member(planA, 'Nguyễn Văn An');
	m.pilotA = await member(pilotA, 'Trần Thị Bình');
	m.pilotB = await member(pilotB, 'Lê Văn Cường');
	rec.planB = await filePlan(pilotB);
	rec.taskB = (await pilotB.sec.collection('plan_tasks').getFullList())[0]!;
	rec.meetingB = await pilotB.sec.collection('meetings').create(validMeeting(pilotB, { absentees: [m.pilotB!.id], present: 14, excused: 1 }));
	rec.assessmentB = await pilotB.sec.collection('self_assessments').create({ enrollment: pilotB.record.id, month: '2026-10', scores: { [TEST_CRITERION]: 80 } });
}, 240_000);

interface Case {
	name: string;
	request: () => Promise<unknown>;
	status: number;
	/** The field the 400 answer must name (response.data key). */
	field?: string;
}

/** Runs one case: the status, and on a 400 the field the server names. */
async function check(c: Case): Promise<void> {
	const out = await attempt(c.request);
	expect(out.status, `${c.name}: ${JSON.stringify(out.body)}`).toBe(c.status);
	if (c.field) expect(Object.keys(out.body?.data ?? {}), c.name).toContain(c.field);
}

describe('registration: the API refuses what the form refuses', () => {
	const update = (body: Record<string, unknown>) => () => draftA.sec.collection('enrollments').update(draftA.record.id, body);
	const cases: Case[] = [
		{ name: 'an emphasis outside the framework', request: update({ emphasis: ['X.9'] }), status: 400, field: 'emphasis' },
		{ name: 'an emphasis that is not a list', request: update({ emphasis: { a: 1 } }), status: 400, field: 'emphasis' },
		{ name: 'more than 10 emphasis codes', request: update({ emphasis: Array.from({ length: 11 }, () => TEST_CRITERION) }), status: 400, field: 'emphasis' },
		{ name: 'the same code twice', request: update({ emphasis: [TEST_CRITERION, TEST_CRITERION] }), status: 400, field: 'emphasis' },
		{ name: 'a phone number with letters', request: update({ contactPhone: 'không có số' }), status: 400, field: 'contactPhone' },
		{ name: 'goals over 5000 characters', request: update({ goals: 'x'.repeat(5001) }), status: 400, field: 'goals' },
		{ name: 'a contact name over 120 characters', request: update({ contactName: 'x'.repeat(121) }), status: 400, field: 'contactName' },
		{ name: 'a valid registration is saved', request: update({ emphasis: [TEST_CRITERION], contactPhone: '0912 345 678', goals: 'Xây dựng chi bộ kiểu mẫu' }), status: 200 }
	];
	it.each(cases)('$name → $status', check);

	it('creating a draft with an unknown emphasis is refused and writes nothing', async () => {
		const su = await asSuperuser();
		const other = await startEnrolment(world); // a second cell
		await su.collection('enrollments').delete(other.record.id);
		await check({
			name: 'create with a bad emphasis',
			request: () => other.sec.collection('enrollments').create({ cell: other.cell.id, programme: other.programme.id, emphasis: ['Z.1'] }),
			status: 400,
			field: 'emphasis'
		});
		const left = await su.collection('enrollments').getList(1, 1, { filter: su.filter('cell = {:c}', { c: other.cell.id }) });
		expect(left.totalItems).toBe(0);
	});

	it('a programme still in draft, or closed, takes no registration', async () => {
		const su = await asSuperuser();
		const other = await startEnrolment(world);
		await su.collection('enrollments').delete(other.record.id);
		for (const status of ['draft', 'closed']) {
			await su.collection('programmes').update(other.programme.id, { status });
			const answer = await attempt(() => other.sec.collection('enrollments').create({ cell: other.cell.id, programme: other.programme.id }));
			expect(answer.status, status).toBe(400);
		}
		await su.collection('programmes').update(other.programme.id, { status: 'active' });
		const left = await su.collection('enrollments').getList(1, 1, { filter: su.filter('cell = {:c}', { c: other.cell.id }) });
		expect(left.totalItems).toBe(0);
	});
});

describe('resolution and plan: field constraints and uploads', () => {
	const plan = (extra: Record<string, unknown>) => () =>
		planA.sec.collection('plans').create({
			enrollment: planA.record.id,
			resolutionNo: '05-NQ/CB',
			resolutionDate: '2026-01-15 00:00:00.000Z',
			resolutionSigner: 'Nguyễn Văn An',
			...extra
		});
	const cases: Case[] = [
		{ name: 'a document that is not PDF/JPEG/PNG', request: plan({ resolutionDoc: pdf(200, 'text/plain', 'ghi-chu.txt') }), status: 400, field: 'resolutionDoc' },
		{ name: 'a document over 10 MB', request: plan({ resolutionDoc: pdf(10 * 1024 * 1024 + 1) }), status: 400, field: 'resolutionDoc' },
		{ name: 'no resolution number', request: plan({ resolutionNo: '' }), status: 400, field: 'resolutionNo' },
		{ name: 'no resolution date', request: plan({ resolutionDate: '' }), status: 400, field: 'resolutionDate' },
		{ name: 'no signer', request: plan({ resolutionSigner: '' }), status: 400, field: 'resolutionSigner' }
	];
	it.each(cases)('$name → $status', check);

	it('a refused upload leaves no plan behind', async () => {
		const su = await asSuperuser();
		const n = await su.collection('plans').getList(1, 1, { filter: su.filter('enrollment = {:e}', { e: planA.record.id }) });
		expect(n.totalItems).toBe(0);
	});

	it('the plan and its tasks go in one batch: one bad task and nothing is saved', async () => {
		const su = await asSuperuser();
		const planId = 'pl' + Math.random().toString(36).slice(2, 15).padEnd(13, '0');
		const batch = planA.sec.createBatch();
		batch.collection('plans').create({
			id: planId,
			enrollment: planA.record.id,
			resolutionNo: '05-NQ/CB',
			resolutionDate: '2026-01-15 00:00:00.000Z',
			resolutionSigner: 'Nguyễn Văn An',
			resolutionDoc: pdf()
		});
		batch.collection('plan_tasks').create(validTask(planA, m.planA!.id, { plan: planId }));
		batch.collection('plan_tasks').create(validTask(planA, m.pilotB!.id, { plan: planId, order: 2 })); // another cell's member
		const out = await attempt(() => batch.send());
		expect(out.status).toBe(400);
		const [plans, tasks] = await Promise.all([
			su.collection('plans').getList(1, 1, { filter: su.filter('enrollment = {:e}', { e: planA.record.id }) }),
			su.collection('plan_tasks').getList(1, 1, { filter: su.filter('enrollment = {:e}', { e: planA.record.id }) })
		]);
		expect([plans.totalItems, tasks.totalItems]).toEqual([0, 0]);

		// The same batch without the bad task is saved whole, document included.
		const ok = planA.sec.createBatch();
		ok.collection('plans').create({ id: planId, enrollment: planA.record.id, resolutionNo: '05-NQ/CB', resolutionDate: '2026-01-15 00:00:00.000Z', resolutionSigner: 'Nguyễn Văn An', resolutionDoc: pdf() });
		ok.collection('plan_tasks').create(validTask(planA, m.planA!.id, { plan: planId }));
		const res = await ok.send();
		expect(res.map((r) => r.status)).toEqual([200, 200]);
		expect((res[0]!.body as RecordModel).resolutionDoc).toMatch(/\.pdf$/);
	});
});

describe('plan tasks: the API refuses what the form refuses', () => {
	const task = (extra: Record<string, unknown>) => () => createTask(planA.sec, validTask(planA, m.planA!.id, extra));
	const cases: Case[] = [
		// The form requires an assignee; the API keeps tasks of older plans without one valid.
		{ name: 'a task without an assignee (older plans)', request: task({ assignee: '' }), status: 200 },
		{ name: 'an assignee who is a member of another cell', request: () => createTask(planA.sec, validTask(planA, m.pilotB!.id)), status: 400, field: 'assignee' },
		{ name: 'due before its roadmap month', request: task({ due: '2026-02-28 00:00:00.000Z' }), status: 400, field: 'due' },
		{ name: 'no due date', request: task({ due: '' }), status: 400, field: 'due' },
		{ name: 'no roadmap month', request: task({ month: '' }), status: 400, field: 'month' },
		{ name: 'a month that is not YYYY-MM', request: task({ month: '2026-13' }), status: 400, field: 'month' },
		{ name: 'no status', request: task({ status: '' }), status: 400, field: 'status' },
		{ name: 'an unknown status', request: task({ status: 'late' }), status: 400, field: 'status' },
		{ name: 'a title shorter than 3 characters', request: task({ title: 'ab' }), status: 400, field: 'title' },
		{ name: 'another enrolment’s plan', request: () => createTask(planA.sec, validTask(planA, m.planA!.id, { plan: rec.planB!.id })), status: 400, field: 'plan' },
		{ name: 'a valid task', request: task({}), status: 200 }
	];
	it.each(cases)('$name → $status', check);
});

describe('meetings: attendance adds up and absentees belong to the cell', () => {
	// Lazy: the members only exist once beforeAll has run.
	const meeting = (extra: () => Record<string, unknown>) => () => pilotA.sec.collection('meetings').create(validMeeting(pilotA, extra()));
	const cases: Case[] = [
		{ name: 'present over total', request: meeting(() => ({ present: 16, excused: 0 })), status: 400, field: 'present' },
		{ name: 'present + excused over total', request: meeting(() => ({ present: 14, excused: 2 })), status: 400, field: 'excused' },
		{ name: 'an absentee of another cell', request: meeting(() => ({ absentees: [m.pilotB!.id] })), status: 400, field: 'absentees' },
		{ name: 'more absentees than absent', request: meeting(() => ({ present: 15, excused: 0, absentees: [m.pilotA!.id] })), status: 400, field: 'absentees' },
		{ name: 'minutes that are not PDF/JPEG/PNG', request: meeting(() => ({ minutes: pdf(100, 'application/zip', 'bien-ban.zip') })), status: 400, field: 'minutes' },
		{ name: 'minutes over 10 MB', request: meeting(() => ({ minutes: pdf(10 * 1024 * 1024 + 1) })), status: 400, field: 'minutes' },
		{ name: 'an unknown kind', request: meeting(() => ({ kind: 'weekly' })), status: 400, field: 'kind' },
		{ name: 'a valid meeting with its absentee and minutes', request: meeting(() => ({ absentees: [m.pilotA!.id], minutes: pdf() })), status: 200 }
	];
	it.each(cases)('$name → $status', check);
});

describe('monthly self-assessment: scores, evidence, one per month, locking', () => {
	const create = (extra: Record<string, unknown>) => () =>
		pilotA.sec.collection('self_assessments').create({ enrollment: pilotA.record.id, month: '2026-09', scores: { [TEST_CRITERION]: 75 }, ...extra });
	const cases: Case[] = [
		{ name: 'a score over the criterion maximum', request: create({ scores: { [TEST_CRITERION]: 101 } }), status: 400, field: `scores.${TEST_CRITERION}` },
		{ name: 'a negative score', request: create({ scores: { [TEST_CRITERION]: -1 } }), status: 400, field: `scores.${TEST_CRITERION}` },
		{ name: 'a score off the half-point steps (2,25)', request: create({ scores: { [TEST_CRITERION]: 2.25 } }), status: 400, field: `scores.${TEST_CRITERION}` },
		{ name: 'a criterion left blank', request: create({ scores: {} }), status: 400, field: `scores.${TEST_CRITERION}` },
		{ name: 'evidence over 2000 characters', request: create({ evidence: { [TEST_CRITERION]: 'x'.repeat(2001) } }), status: 400, field: `evidence.${TEST_CRITERION}` },
		{ name: 'evidence for an unknown criterion', request: create({ evidence: { 'Z.9': 'Biên bản' } }), status: 400, field: 'evidence.Z.9' },
		{ name: 'a month that has not begun', request: create({ month: '2099-01' }), status: 400, field: 'month' },
		{ name: 'a month that is not YYYY-MM', request: create({ month: '2026-9' }), status: 400, field: 'month' },
		{ name: 'a client-chosen total is ignored', request: create({ total: 100, evidence: { [TEST_CRITERION]: 'Biên bản sinh hoạt tháng 9' } }), status: 200 },
		{ name: 'a second assessment for the same month', request: create({}), status: 400 }
	];
	it.each(cases)('$name → $status', check);

	it('the month’s assessment is edited, the server recomputes, and a locked one is refused', async () => {
		const su = await asSuperuser();
		const mine = await pilotA.sec.collection('self_assessments').getFirstListItem(`enrollment = "${pilotA.record.id}" && month = "2026-09"`);
		expect([mine.total, mine.rating]).toEqual([75, 'good']);
		const edited = await pilotA.sec.collection('self_assessments').update(mine.id, { scores: { [TEST_CRITERION]: 92 } });
		expect([edited.total, edited.rating]).toEqual([92, 'excellent']);
		await su.collection('self_assessments').update(mine.id, { locked: true });
		await check({ name: 'editing a locked assessment', request: () => pilotA.sec.collection('self_assessments').update(mine.id, { scores: { [TEST_CRITERION]: 50 } }), status: 404 });
		await check({ name: 'unlocking it oneself', request: () => pilotA.sec.collection('self_assessments').update(mine.id, { locked: false }), status: 404 });
		expect((await su.collection('self_assessments').getOne(mine.id)).total).toBe(92);
	});

	it('the committee above locks and reopens a month, and can change nothing else', async () => {
		const su = await asSuperuser();
		const mine = await su.collection('self_assessments').create({ enrollment: pilotA.record.id, month: '2026-08', scores: { [TEST_CRITERION]: 70 } });
		const officer = await world.as(world.people.officerG);
		const province = await world.as(world.people.officerP4);
		const outsider = await world.as(world.people.officerSibling);
		await check({ name: 'an officer of another committee', request: () => outsider.collection('self_assessments').update(mine.id, { locked: true }), status: 404 });
		await check({ name: 'the committee changes a score', request: () => officer.collection('self_assessments').update(mine.id, { scores: { [TEST_CRITERION]: 10 } }), status: 404 });
		await check({ name: 'the committee locks and changes a score at once', request: () => officer.collection('self_assessments').update(mine.id, { locked: true, scores: { [TEST_CRITERION]: 10 } }), status: 403 });
		await check({ name: 'the committee locks it', request: () => officer.collection('self_assessments').update(mine.id, { locked: true }), status: 200 });
		await check({ name: 'the cell edits a locked month', request: () => pilotA.sec.collection('self_assessments').update(mine.id, { scores: { [TEST_CRITERION]: 50 } }), status: 404 });
		await check({ name: 'a committee higher up reopens it', request: () => province.collection('self_assessments').update(mine.id, { locked: false }), status: 200 });
		await check({ name: 'the cell edits it again', request: () => pilotA.sec.collection('self_assessments').update(mine.id, { scores: { [TEST_CRITERION]: 60 } }), status: 200 });
		const after = await su.collection('self_assessments').getOne(mine.id);
		expect([after.total, after.locked]).toEqual([60, false]);
	});
});

describe('members: the API refuses what the member form refuses', () => {
	const add = (extra: Record<string, unknown>) => () =>
		pilotA.sec.collection('members').create({ cell: pilotA.cell.id, name: 'Phạm Thị Thu Hà', position: 'member', active: true, ...extra });
	const cases: Case[] = [
		{ name: 'no name', request: add({ name: '' }), status: 400, field: 'name' },
		{ name: 'a name over 120 characters', request: add({ name: 'x'.repeat(121) }), status: 400, field: 'name' },
		{ name: 'a birth year before 1900', request: add({ birthYear: 1850 }), status: 400, field: 'birthYear' },
		{ name: 'an unknown position', request: add({ position: 'chairman' }), status: 400, field: 'position' },
		{ name: 'a code over 32 characters', request: add({ code: 'x'.repeat(33) }), status: 400, field: 'code' },
		{ name: 'a valid member', request: add({ birthYear: 1991, code: 'DV900' }), status: 200 },
		{ name: 'the same code twice in the cell', request: add({ code: 'DV900' }), status: 400, field: 'code' }
	];
	it.each(cases)('$name → $status', check);
});

describe('the secretary of cell A reaches nothing of cell B', () => {
	const A = () => pilotA.sec;
	const cases: Array<Case & { pb?: () => PocketBase }> = [
		{ name: 'read B’s enrolment', request: () => A().collection('enrollments').getOne(pilotB.record.id), status: 404 },
		{ name: 'read B’s plan', request: () => A().collection('plans').getOne(rec.planB!.id), status: 404 },
		{ name: 'read B’s task', request: () => A().collection('plan_tasks').getOne(rec.taskB!.id), status: 404 },
		{ name: 'read B’s meeting', request: () => A().collection('meetings').getOne(rec.meetingB!.id), status: 404 },
		{ name: 'read B’s self-assessment', request: () => A().collection('self_assessments').getOne(rec.assessmentB!.id), status: 404 },
		{ name: 'read B’s member', request: () => A().collection('members').getOne(m.pilotB!.id), status: 404 },
		{ name: 'update B’s registration', request: () => A().collection('enrollments').update(pilotB.record.id, { goals: 'x' }), status: 404 },
		{ name: 'update B’s plan', request: () => A().collection('plans').update(rec.planB!.id, { resolutionNo: '99-NQ' }), status: 404 },
		{ name: 'update B’s task', request: () => updateTask(A(), rec.taskB!.id, { status: 'done' }), status: 404 },
		{ name: 'delete B’s task', request: () => A().collection('plan_tasks').delete(rec.taskB!.id), status: 404 },
		{ name: 'update B’s meeting', request: () => A().collection('meetings').update(rec.meetingB!.id, { present: 1 }), status: 404 },
		{ name: 'delete B’s meeting', request: () => A().collection('meetings').delete(rec.meetingB!.id), status: 404 },
		{ name: 'update B’s self-assessment', request: () => A().collection('self_assessments').update(rec.assessmentB!.id, { scores: { [TEST_CRITERION]: 1 } }), status: 404 },
		{ name: 'update B’s member', request: () => A().collection('members').update(m.pilotB!.id, { name: 'x' }), status: 404 },
		{ name: 'delete B’s member', request: () => A().collection('members').delete(m.pilotB!.id), status: 404 },
		{ name: 'add a member to B', request: () => A().collection('members').create({ cell: pilotB.cell.id, name: 'Người lạ' }), status: 400 },
		{ name: 'add a task to B’s plan', request: () => createTask(A(), validTask(pilotB, m.pilotB!.id)), status: 400 },
		{ name: 'add a meeting to B', request: () => A().collection('meetings').create(validMeeting(pilotB)), status: 400 },
		{ name: 'self-assess for B', request: () => A().collection('self_assessments').create({ enrollment: pilotB.record.id, month: '2026-08', scores: { [TEST_CRITERION]: 90 } }), status: 400 },
		{ name: 'send an event for B', request: () => A().send(`/api/enrollments/${pilotB.record.id}/events`, { method: 'POST', body: { type: 'WITHDRAW' } }), status: 404 }
	];
	it.each(cases)('$name → $status', check);

	it('lists show A nothing of B', async () => {
		for (const c of ['enrollments', 'plans', 'plan_tasks', 'meetings', 'self_assessments', 'members']) {
			const list = await A().collection(c).getFullList();
			const ofB = list.filter((r) => r.enrollment === pilotB.record.id || r.cell === pilotB.cell.id || r.id === pilotB.record.id);
			expect(ofB, c).toHaveLength(0);
		}
	});

	it('B’s records are unchanged', async () => {
		const su = await asSuperuser();
		expect((await su.collection('plan_tasks').getOne(rec.taskB!.id)).status).toBe(rec.taskB!.status);
		expect((await su.collection('meetings').getOne(rec.meetingB!.id)).present).toBe(14);
		expect((await su.collection('self_assessments').getOne(rec.assessmentB!.id)).total).toBe(80);
		expect((await su.collection('members').getOne(m.pilotB!.id)).name).toBe('Lê Văn Cường');
	});
});
