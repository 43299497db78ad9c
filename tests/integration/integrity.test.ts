// Integrity of what the records API stores, enforced by PocketBase alone (issue 11, defects 3, 4,
// 5, 9, 12 and 13): a review note's meeting is its own enrollment's; members only on cells; who
// filed a self-assessment stays; a locked account's tokens stop working on every path; values of
// the wrong type and dates outside the programme's years are refused (400 on the field, nothing
// written); texts are stored in NFC and names are found without diacritics.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, createTask, newClient, type Outcome } from './helpers/clients';
import {
	actor,
	assignInspector,
	buildWorld,
	enrolmentAt,
	FIXTURE_YEAR,
	inspectorFor,
	reviewNoteBody,
	send,
	TEST_CRITERION,
	type Enrolment,
	type World
} from './helpers/lifecycle-fixtures';
import { searchUnits } from '../../src/lib/server/tree/units';

let world: World;
let su: PocketBase;
/** Under review, with its inspector assigned (notes), and in the pilot (meetings, tasks, months). */
let review: Enrolment;
let pilot: Enrolment;
let planning: Enrolment;
let inspector: PocketBase;
let ownMeeting: RecordModel;
let otherMeeting: RecordModel;

const NFD = (s: string) => s.normalize('NFD');

const meetingBody = (e: Enrolment, extra: Record<string, unknown> = {}) => ({
	enrollment: e.record.id,
	date: `${FIXTURE_YEAR}-11-05 00:00:00.000Z`,
	kind: 'regular',
	topic: `Sinh hoạt chi bộ định kỳ tháng 11/${FIXTURE_YEAR}`,
	present: 14,
	total: 15,
	excused: 1,
	...extra
});

/** The count of a collection's records matching a filter (as superuser). */
async function count(collection: string, filter: string, params: Record<string, unknown>): Promise<number> {
	return (await su.collection(collection).getList(1, 1, { filter: su.filter(filter, params) })).totalItems;
}

/** A 400 naming `field` (PocketBase's shape: data.<field>.message). */
function expectFieldError(out: Outcome<any>, field: string): void {
	expect(out.status, JSON.stringify(out.body)).toBe(400);
	expect(Object.keys(out.body?.data ?? {}), JSON.stringify(out.body)).toContain(field);
	expect(String(out.body.data[field].message)).toMatch(/[à-ỹ]/);
}

beforeAll(async () => {
	world = await buildWorld('integrity');
	su = world.su;
	[review, pilot, planning] = await Promise.all([
		enrolmentAt(world, { state: 'review' }),
		enrolmentAt(world, { state: 'pilot' }),
		enrolmentAt(world, { state: 'planning' })
	]);
	// A meeting of each cell (the cell records its meetings in the pilot and under review).
	ownMeeting = await review.sec.collection('meetings').create(meetingBody(review));
	otherMeeting = await pilot.sec.collection('meetings').create(meetingBody(pilot));
	await assignInspector(review);
	inspector = await actor(review, inspectorFor(review));
}, 300_000);

describe('a review note and its meeting (defect 3)', () => {
	it('refuses another enrollment’s meeting and an unknown id with the same answer, and writes nothing', async () => {
		const body = reviewNoteBody(review, inspectorFor(review));
		const before = await count('review_notes', 'enrollment = {:e}', { e: review.record.id });
		const other = await attempt(() => inspector.collection('review_notes').create({ ...body, meeting: otherMeeting.id }));
		const unknown = await attempt(() => inspector.collection('review_notes').create({ ...body, meeting: 'zzzzzzzzzzzzzzz' }));
		expectFieldError(other, 'meeting');
		expect(unknown).toEqual(other);
		expect(await count('review_notes', 'enrollment = {:e}', { e: review.record.id })).toBe(before);
	});

	it('accepts the enrollment’s own meeting, and refuses moving the note to another’s', async () => {
		const body = reviewNoteBody(review, inspectorFor(review));
		const note = await inspector.collection('review_notes').create({ ...body, meeting: ownMeeting.id });
		expect(note.meeting).toBe(ownMeeting.id);
		const moved = await attempt(() => inspector.collection('review_notes').update(note.id, { meeting: otherMeeting.id }));
		expectFieldError(moved, 'meeting');
		expect((await su.collection('review_notes').getOne(note.id)).meeting).toBe(ownMeeting.id);
	});
});

describe('members on cells only (defect 4)', () => {
	it('refuses a member on a committee unit, and its memberCount stays', async () => {
		const officer = await world.as(world.people.officerG);
		const g = world.units.g;
		const before = (await su.collection('units').getOne(g.id)).memberCount;
		const out = await attempt(() => officer.collection('members').create({ cell: g.id, name: 'Nguyễn Văn Ủy', position: 'member', active: true }));
		expectFieldError(out, 'cell');
		expect((await su.collection('units').getOne(g.id)).memberCount).toBe(before);
		expect(await count('members', 'cell = {:c}', { c: g.id })).toBe(0);
	});

	it('still adds a member to a cell, counted above it, and refuses moving it onto a committee', async () => {
		const officer = await world.as(world.people.officerG);
		const before = (await su.collection('units').getOne(world.units.g.id)).memberCount;
		const member = await officer.collection('members').create({ cell: world.units.otherCell.id, name: 'Trần Văn Chi', position: 'member', active: true });
		expect((await su.collection('units').getOne(world.units.g.id)).memberCount).toBe(before + 1);
		// Only a superuser may change a member's cell at all (the update rule), and not onto a committee.
		expectFieldError(await attempt(() => su.collection('members').update(member.id, { cell: world.units.g.id })), 'cell');
		expect((await su.collection('members').getOne(member.id)).cell).toBe(world.units.otherCell.id);
	});
});

describe('who filed a self-assessment (defect 5)', () => {
	it('is the signed-in secretary whatever the body says, and cannot be rewritten', async () => {
		const someoneElse = world.people.otherSecretary.id;
		const filed = await pilot.sec.collection('self_assessments').create({
			enrollment: pilot.record.id,
			month: `${FIXTURE_YEAR}-09`,
			scores: { [TEST_CRITERION]: 80 },
			submittedBy: someoneElse
		});
		expect(filed.submittedBy).toBe(pilot.secretary.id);
		const out = await attempt(() => pilot.sec.collection('self_assessments').update(filed.id, { submittedBy: someoneElse }));
		expectFieldError(out, 'submittedBy');
		expect((await su.collection('self_assessments').getOne(filed.id)).submittedBy).toBe(pilot.secretary.id);
		// The rest of an unlocked month can still be edited.
		const edited = await pilot.sec.collection('self_assessments').update(filed.id, { scores: { [TEST_CRITERION]: 70 } });
		expect(edited.submittedBy).toBe(pilot.secretary.id);
	});
});

describe('locking an account revokes its tokens on every path (defect 9)', () => {
	async function signedIn(): Promise<{ user: RecordModel; pb: PocketBase }> {
		const password = `Integrity-${Math.random().toString(36).slice(2, 10)}-2026`;
		const user = await su.collection('users').create({
			email: `integrity-${Math.random().toString(36).slice(2, 10)}@test.kieumau.vn`,
			password,
			passwordConfirm: password,
			verified: true,
			name: 'Hồ Văn Khóa',
			role: 'secretary',
			unit: world.units.otherCell.id
		});
		const pb = newClient();
		await pb.collection('users').authWithPassword(user.email, password);
		expect((await attempt(() => pb.collection('users').getOne(user.id))).status).toBe(200);
		return { user, pb };
	}

	it('through a superuser’s records API update', async () => {
		const { user, pb } = await signedIn();
		await su.collection('users').update(user.id, { disabled: true });
		expect((await attempt(() => pb.collection('users').getOne(user.id))).status).toBe(404);
		expect((await attempt(() => pb.collection('users').authRefresh())).status).toBe(401);
	});

	it('through the accounts route', async () => {
		const { user, pb } = await signedIn();
		const officer = await world.as(world.people.officerG);
		const out = await attempt(() => officer.send(`/api/accounts/${user.id}`, { method: 'PATCH', body: { disabled: true } }));
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		expect((await attempt(() => pb.collection('users').getOne(user.id))).status).toBe(404);
	});

	it('leaves the tokens of an account saved without being locked', async () => {
		const { user, pb } = await signedIn();
		await su.collection('users').update(user.id, { phone: '0912345678' });
		expect((await attempt(() => pb.collection('users').getOne(user.id))).status).toBe(200);
	});
});

describe('values of the wrong type and dates out of the programme’s years (defect 12)', () => {
	it('refuses a number field given text, in JSON and in multipart, and writes nothing', async () => {
		const before = await count('meetings', 'enrollment = {:e}', { e: pilot.record.id });
		const json = await attempt(() => pilot.sec.collection('meetings').create(meetingBody(pilot, { excused: '<script>' })));
		expectFieldError(json, 'excused');
		const form = new FormData();
		for (const [k, v] of Object.entries(meetingBody(pilot, { excused: '<script>' }))) form.append(k, String(v));
		const multipart = await attempt(() => pilot.sec.collection('meetings').create(form));
		expectFieldError(multipart, 'excused');
		expect(await count('meetings', 'enrollment = {:e}', { e: pilot.record.id })).toBe(before);
		// The same form with a number in it is taken (multipart sends every value as text).
		const ok = new FormData();
		for (const [k, v] of Object.entries(meetingBody(pilot))) ok.append(k, String(v));
		const saved = await pilot.sec.collection('meetings').create(ok);
		expect(saved.excused).toBe(1);
	});

	it('refuses a task of the wrong type inside the batch that saves a plan, and writes nothing of it', async () => {
		const tasks = await count('plan_tasks', 'enrollment = {:e}', { e: planning.record.id });
		const batch = planning.sec.createBatch();
		const task = { enrollment: planning.record.id, title: 'Tổ chức sinh hoạt chuyên đề quý', due: `${FIXTURE_YEAR}-03-31 00:00:00.000Z`, month: `${FIXTURE_YEAR}-03`, status: 'todo', order: 1 };
		batch.collection('plan_tasks').create(task);
		batch.collection('plan_tasks').create({ ...task, order: '<script>', due: `${FIXTURE_YEAR}-02-31` });
		const out = await attempt(() => batch.send());
		expect(out.status, JSON.stringify(out.body)).toBe(400);
		const refused = out.body.data.requests['1'].response;
		expect(Object.keys(refused.data).sort()).toEqual(['due', 'order']);
		expect(refused.message).toMatch(/không đúng kiểu/);
		expect(await count('plan_tasks', 'enrollment = {:e}', { e: planning.record.id })).toBe(tasks);
	});

	it('takes no plan task outside a batch, so a forged single write cannot be cast to zero', async () => {
		const where = 'enrollment = {:e}';
		const tasks = await count('plan_tasks', where, { e: planning.record.id });
		const task = { enrollment: planning.record.id, title: 'Tổ chức sinh hoạt chuyên đề quý', due: `${FIXTURE_YEAR}-03-31 00:00:00.000Z`, month: `${FIXTURE_YEAR}-03`, status: 'todo', order: 1 };
		const forged = await attempt(() => planning.sec.collection('plan_tasks').create({ ...task, order: 'x' }));
		expect(forged.status, JSON.stringify(forged.body)).toBe(400);
		expect(await count('plan_tasks', where, { e: planning.record.id })).toBe(tasks);

		// In a batch, the same task is taken; a single update of it with a wrong type is refused.
		const saved = await createTask(planning.sec, task);
		const moved = await attempt(() => planning.sec.collection('plan_tasks').update(saved.id, { order: 'x' }));
		expect(moved.status).toBeGreaterThanOrEqual(400);
		expect(moved.status).toBeLessThan(500);
		expect((await su.collection('plan_tasks').getOne(saved.id)).order).toBe(1);
	});

	it('refuses an impossible date instead of emptying readAt', async () => {
		const note = await su.collection('notifications').create({
			user: pilot.secretary.id,
			kind: 'self_assessment_due',
			title: 'Nhắc nộp bản tự đánh giá',
			key: `integrity-${Math.random().toString(36).slice(2, 10)}`,
			readAt: `${FIXTURE_YEAR}-11-02 08:00:00.000Z`
		});
		const out = await attempt(() => pilot.sec.collection('notifications').update(note.id, { readAt: `${FIXTURE_YEAR}-02-31` }));
		expectFieldError(out, 'readAt');
		expect((await su.collection('notifications').getOne(note.id)).readAt).toBe(`${FIXTURE_YEAR}-11-02 08:00:00.000Z`);
		const bad = await attempt(() => pilot.sec.collection('notifications').update(note.id, { readAt: { now: true } }));
		expectFieldError(bad, 'readAt');
	});

	it('refuses a bool given nonsense', async () => {
		const body = reviewNoteBody(review, inspectorFor(review));
		const out = await attempt(() => inspector.collection('review_notes').create({ ...body, isGoodPractice: 'perhaps' }));
		expectFieldError(out, 'isGoodPractice');
	});

	const outOfYears = ['9999-12-31', '1900-01-01', `${FIXTURE_YEAR + 4}-01-01`];

	it.each(outOfYears)('refuses %s as a meeting date, a task due date and a visit date', async (day) => {
		const date = `${day} 00:00:00.000Z`;
		const meetings = await count('meetings', 'enrollment = {:e}', { e: pilot.record.id });
		expectFieldError(await attempt(() => pilot.sec.collection('meetings').create(meetingBody(pilot, { date }))), 'date');
		expect(await count('meetings', 'enrollment = {:e}', { e: pilot.record.id })).toBe(meetings);

		const task = { enrollment: pilot.record.id, title: 'Tổ chức sinh hoạt chuyên đề quý', due: date, month: `${FIXTURE_YEAR}-03`, status: 'todo', order: 1 };
		const tasks = await count('plan_tasks', 'enrollment = {:e}', { e: pilot.record.id });
		expectFieldError(await attempt(() => createTask(pilot.sec, task)), 'due');
		expect(await count('plan_tasks', 'enrollment = {:e}', { e: pilot.record.id })).toBe(tasks);

		const note = { ...reviewNoteBody(review, inspectorFor(review)), visitedOn: date };
		expectFieldError(await attempt(() => inspector.collection('review_notes').create(note)), 'visitedOn');
	});

	it('refuses a resolution dated out of the programme’s years or on a day that does not exist', async () => {
		const body = { enrollment: planning.record.id, resolutionNo: '01-NQ/CB', resolutionSigner: 'Nguyễn Văn An' };
		expectFieldError(await attempt(() => planning.sec.collection('plans').create({ ...body, resolutionDate: `${FIXTURE_YEAR + 4}-01-15 00:00:00.000Z` })), 'resolutionDate');
		expectFieldError(await attempt(() => planning.sec.collection('plans').create({ ...body, resolutionDate: `${FIXTURE_YEAR}-02-31` })), 'resolutionDate');
		expect(await count('plans', 'enrollment = {:e}', { e: planning.record.id })).toBe(0);
		const plan = await planning.sec.collection('plans').create({ ...body, resolutionDate: `${FIXTURE_YEAR}-02-10 00:00:00.000Z` });
		expect(plan.resolutionDate).toBe(`${FIXTURE_YEAR}-02-10 00:00:00.000Z`);
	});

	it('refuses a recognition decision dated out of the programme’s years, and nothing moves', async () => {
		const e = await enrolmentAt(world, { state: 'recognition', step: 2 });
		const officer = await actor(e, world.people.officerP4);
		const approve = (date: string) =>
			send(officer, e.record.id, { type: 'APPROVE', expectedState: 'recognition', decision: { number: '15-QĐ/TU', date, signer: 'Nguyễn Văn Tỉnh' } });
		const out = await approve('1990-01-01');
		expect(out.status, JSON.stringify(out.body)).toBe(400);
		expect(String(out.body.message)).toMatch(new RegExp(`năm ${FIXTURE_YEAR - 1} đến năm ${FIXTURE_YEAR + 1}`));
		const after = await su.collection('enrollments').getOne(e.record.id);
		expect([after.state, after.step]).toEqual(['recognition', 2]);
		expect((await approve(`${FIXTURE_YEAR}-12-01`)).status).toBe(200);
	});
});

describe('Vietnamese text in one form, found without diacritics (defect 13)', () => {
	it('stores names typed with combining marks in NFC, and the units search finds them with or without diacritics', async () => {
		const tag = Math.random().toString(36).slice(2, 7);
		const name = `Chi bộ Thụy Xuân ${tag}`;
		const unit = await su.collection('units').create({ name: NFD(name), kind: 'cell', parent: world.units.g.id, cellType: 'residential', code: `IN-${tag}` });
		expect(unit.name).toBe(name.normalize('NFC'));
		expect(unit.name).not.toBe(NFD(name));
		const officer = await world.as(world.people.officerG);
		const g = await su.collection('units').getOne(world.units.g.id);
		for (const q of [`thuy xuan ${tag}`, `Thụy Xuân ${tag}`, NFD(`Thụy Xuân ${tag}`), `THUY XUÂN ${tag}`]) {
			const found = await searchUnits(officer, g.path, q);
			expect(found.map((u) => u.id), q).toEqual([unit.id]);
		}
	});

	it('stores an account’s name in NFC, and the accounts search finds it without diacritics', async () => {
		const officer = await world.as(world.people.officerG);
		const tag = Math.random().toString(36).slice(2, 7);
		const out = await attempt(() =>
			officer.send('/api/accounts', {
				method: 'POST',
				body: { name: NFD(`Đặng Thụy Xuân ${tag}`), email: `thuy-${tag}@test.kieumau.vn`, role: 'secretary', unit: world.units.otherCell.id }
			})
		);
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		const id = out.body.account.id as string;
		expect((await su.collection('users').getOne(id)).name).toBe(`Đặng Thụy Xuân ${tag}`.normalize('NFC'));
		for (const q of [`dang thuy xuan ${tag}`, `Thụy Xuân ${tag}`, NFD(`Đặng Thụy Xuân ${tag}`)]) {
			const list = await officer.send(`/api/accounts?q=${encodeURIComponent(q)}`, { method: 'GET' });
			expect(list.items.map((a: { id: string }) => a.id), q).toEqual([id]);
		}
	});

	it('stores every text of a cell’s record in NFC (members, meetings)', async () => {
		const member = await pilot.sec.collection('members').create({ cell: pilot.cell.id, name: NFD('Nguyễn Thị Thủy'), position: 'member', active: true });
		expect(member.name).toBe('Nguyễn Thị Thủy'.normalize('NFC'));
		const meeting = await pilot.sec.collection('meetings').create(meetingBody(pilot, { topic: NFD('Học tập nghị quyết, quyết định của cấp ủy') }));
		expect(meeting.topic).toBe('Học tập nghị quyết, quyết định của cấp ủy'.normalize('NFC'));
	});
});
