// The reminder job against the real server: who gets which notice on a chosen day, nothing twice,
// escalation to the committee above after the programme's delay, notifications private to their
// reader (read-only but for readAt, never created through the API), and mail through SMTP when
// it is configured (a tiny SMTP sink in this process), none when it is not.
//
// Every enrolment has its own programme, and each run is limited to it, so the days chosen here
// touch nothing else. Deadlines count from the day the enrolment really entered its state
// (stateChangedAt / the audit row), which is today: the chosen days are offsets from it.
import { createServer, type Server, type Socket } from 'node:net';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentYear } from '../../src/lib/domain/clock';
import { selfAssessmentDue } from '../../src/lib/domain/deadlines';
import { addDays, vietnamDate } from '../../src/lib/domain/reminders';
import { asGuest, asSuperuser, attempt, impersonate } from './helpers/clients';
import {
	assignInspector,
	buildWorld,
	driveTo,
	enrolmentAt,
	newProgramme,
	startEnrolment,
	TEST_CRITERION,
	type Enrolment,
	type World
} from './helpers/lifecycle-fixtures';

let world: World;
let su: PocketBase;
beforeAll(async () => {
	world = await buildWorld('remind');
	su = await asSuperuser();
});

interface RunSummary {
	today: string;
	enrollments: number;
	notifications: number;
	mails: number;
}

function run(e: Enrolment, today: string): Promise<RunSummary> {
	return su.send('/api/reminders/run', { method: 'POST', body: { programme: e.programme.id, today } });
}

/** The enrolment's notifications as "kind → sorted recipient ids". */
async function sent(e: Enrolment): Promise<Record<string, string[]>> {
	const rows = await su.collection('notifications').getFullList({ filter: su.filter('enrollment = {:e}', { e: e.record.id }) });
	const out: Record<string, string[]> = {};
	for (const r of rows) (out[r.kind] ??= []).push(r.user);
	for (const k of Object.keys(out)) out[k]!.sort();
	return out;
}

const ids = (...people: RecordModel[]) => people.map((p) => p.id).sort();
const entered = (e: Enrolment) => vietnamDate(e.record.stateChangedAt as string)!;

/** A programme of this year (the fixtures' are 2026), so the current month is one of its months. */
async function thisYearsEnrolment(): Promise<Enrolment> {
	const programme = await newProgramme(world, 'p4');
	// The server's year: the test server inherits KIEUMAU_TODAY from this process.
	const year = currentYear();
	const updated = await su.collection('programmes').update(programme.id, { year });
	return startEnrolment(world, { programme: updated });
}

describe('the plan', () => {
	let e: Enrolment;
	let since: string;
	beforeAll(async () => {
		e = await enrolmentAt(world, { state: 'planning' });
		since = entered(e);
	});

	it('reminds the secretary 3 days before it is due (30 days after planning began), once', async () => {
		expect((await run(e, addDays(since, 26))).notifications).toBe(0);
		const first = await run(e, addDays(since, 27));
		expect(first.notifications).toBe(1);
		expect(await sent(e)).toEqual({ plan_due: ids(e.secretary) });
		// The same day again, and the next day: nothing new.
		expect((await run(e, addDays(since, 27))).notifications).toBe(0);
		expect((await run(e, addDays(since, 28))).notifications).toBe(0);
	});

	it('tells the secretary it is overdue, then the cell’s committee after 7 days overdue', async () => {
		await run(e, addDays(since, 31));
		expect(await sent(e)).toEqual({ plan_due: ids(e.secretary), plan_overdue: ids(e.secretary) });
		await run(e, addDays(since, 36));
		expect((await sent(e)).plan_escalated).toBeUndefined();
		await run(e, addDays(since, 37));
		const now = await sent(e);
		// Both officers of the grassroots committee above the cell; nobody of the district.
		expect(now.plan_escalated).toEqual(ids(world.people.officerG, world.people.officerG2nd));
		expect((await run(e, addDays(since, 40))).notifications).toBe(0);
	});

	it('writes a notification that reads in Vietnamese, with the deadline and a link to the form', async () => {
		const [n] = await su.collection('notifications').getFullList({
			filter: su.filter('enrollment = {:e} && kind = "plan_due"', { e: e.record.id })
		});
		const due = addDays(since, 30);
		expect(n).toMatchObject({
			user: e.secretary.id,
			title: 'Sắp đến hạn gửi nghị quyết và kế hoạch',
			link: `/enrollments/${e.record.id}/plan`,
			escalated: false,
			readAt: ''
		});
		expect(n!.body).toContain(`${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`);
		expect(n!.body).toContain(e.cell.name);
		// The placeholders, for showing it in the reader's language.
		expect(n!.params).toMatchObject({ cell: e.cell.name, days: 3 });
		expect(String(n!.dueOn).slice(0, 10)).toBe(due);
	});
});

describe('the monthly self-assessment', () => {
	it('reminds the secretary of this month’s assessment, and stops once it is filed', async () => {
		const e = await driveTo(await thisYearsEnrolment(), { state: 'pilot' });
		const month = entered(e).slice(0, 7);
		const due = selfAssessmentDue(month, 5);
		await run(e, addDays(due, -3));
		const key = `sa-due:${e.record.id}:${month}:${e.secretary.id}`;
		const mine = await su.collection('notifications').getFullList({ filter: su.filter('key = {:key}', { key }) });
		expect(mine).toHaveLength(1);
		expect(mine[0]!.link).toBe(`/enrollments/${e.record.id}/assessments?thang=${month}`);

		await e.sec.collection('self_assessments').create({ enrollment: e.record.id, month, scores: { [TEST_CRITERION]: 85 } });
		await run(e, addDays(due, 10));
		const about = await su.collection('notifications').getFullList({
			filter: su.filter('enrollment = {:e} && key ~ {:m}', { e: e.record.id, m: `:${month}:` })
		});
		expect(about.map((n) => n.kind)).toEqual(['self_assessment_due']);
	});

	it('escalates an unfiled month to the cell’s committee 7 days after its deadline', async () => {
		const e = await driveTo(await thisYearsEnrolment(), { state: 'pilot' });
		const month = entered(e).slice(0, 7);
		const due = selfAssessmentDue(month, 5);
		await run(e, addDays(due, 6));
		const keyOf = (phase: string, user: RecordModel) => `sa-${phase}:${e.record.id}:${month}:${user.id}`;
		const has = async (key: string) =>
			(await su.collection('notifications').getList(1, 1, { filter: su.filter('key = {:key}', { key }) })).totalItems;
		expect(await has(keyOf('overdue', e.secretary))).toBe(1);
		expect(await has(keyOf('escalated', world.people.officerG))).toBe(0);
		await run(e, addDays(due, 7));
		expect(await has(keyOf('escalated', world.people.officerG))).toBe(1);
		expect(await has(keyOf('escalated', world.people.officerG2nd))).toBe(1);
		expect(await has(keyOf('escalated', world.people.officerD))).toBe(0);
		expect(await has(keyOf('escalated', e.secretary))).toBe(0);
	});
});

describe('the mid-term review', () => {
	it('reminds the inspectors and the deciding committee, then escalates to the committee above', async () => {
		const e = await startEnrolment(world);
		await driveTo(e, { state: 'pilot' });
		await assignInspector(e);
		await driveTo(e, { state: 'review' });
		const since = entered(e);
		await run(e, addDays(since, 27));
		const inspector = world.people.inspector;
		expect((await sent(e)).review_due).toEqual(ids(inspector, world.people.officerG, world.people.officerG2nd));
		await run(e, addDays(since, 37));
		const now = await sent(e);
		expect(now.review_overdue).toEqual(ids(inspector, world.people.officerG, world.people.officerG2nd));
		expect(now.review_escalated).toEqual(ids(world.people.officerD));
	});
});

describe('a committee’s pending decision', () => {
	it('goes to the committee above the awaited one after waiting 7 days', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const since = entered(e);
		await run(e, addDays(since, 6));
		expect(await sent(e)).toEqual({});
		await run(e, addDays(since, 7));
		// Awaiting the grassroots committee: its district hears of it.
		expect(await sent(e)).toEqual({ decision_escalated: ids(world.people.officerD) });
		const [n] = await su.collection('notifications').getFullList({ filter: su.filter('enrollment = {:e}', { e: e.record.id }) });
		expect(n).toMatchObject({ escalated: true, link: `/enrollments/${e.record.id}` });
		expect(n!.body).toContain(world.units.g.name);
	});
});

describe('notifications belong to their reader', () => {
	let e: Enrolment;
	let mine: RecordModel;
	let secretary: PocketBase;
	let other: PocketBase;
	beforeAll(async () => {
		e = await enrolmentAt(world, { state: 'planning' });
		await run(e, addDays(entered(e), 27)); // plan_due for the secretary
		await run(e, addDays(entered(e), 31)); // plan_overdue
		secretary = e.sec;
		other = await impersonate(world.people.otherSecretary.id);
		const list = await secretary.collection('notifications').getFullList({ sort: '-created' });
		mine = list[0]!;
	});

	it('lists and views only one’s own', async () => {
		expect(mine).toBeDefined();
		const list = await secretary.collection('notifications').getFullList();
		expect(list.length).toBe(2);
		expect(list.every((n) => n.user === e.secretary.id)).toBe(true);
		expect((await other.collection('notifications').getFullList()).some((n) => n.user === e.secretary.id)).toBe(false);
		expect((await attempt(() => other.collection('notifications').getOne(mine.id))).status).toBe(404);
		expect((await asGuest().collection('notifications').getList(1, 10)).items).toEqual([]);
	});

	it('lets its reader set readAt and nothing else, and nobody else anything', async () => {
		expect((await attempt(() => other.collection('notifications').update(mine.id, { readAt: new Date().toISOString() }))).status).toBe(404);
		const forged = await attempt(() => secretary.collection('notifications').update(mine.id, { title: 'Đã sửa', readAt: new Date().toISOString() }));
		expect(forged.status).not.toBe(200);
		expect((await attempt(() => secretary.collection('notifications').update(mine.id, { user: world.people.otherSecretary.id }))).status).not.toBe(200);
		const read = await secretary.collection('notifications').update(mine.id, { readAt: new Date().toISOString() });
		expect(read.readAt).not.toBe('');
		expect((await su.collection('notifications').getOne(mine.id)).title).toBe(mine.title);
		expect((await attempt(() => secretary.collection('notifications').delete(mine.id))).status).not.toBe(204);
	});

	it('cannot be created through the API, not even for oneself', async () => {
		const body = { user: e.secretary.id, kind: 'plan_due', title: 'Giả mạo', key: `forged:${e.record.id}` };
		expect((await attempt(() => secretary.collection('notifications').create(body))).status).toBe(403);
		expect((await attempt(() => other.collection('notifications').create({ ...body, key: 'forged:2' }))).status).toBe(403);
	});

	it('counts the unread, and marks all read in one request', async () => {
		const count = () => secretary.send<{ count: number }>('/api/notifications/unread-count', {});
		expect((await count()).count).toBe(1);
		expect((await other.send<{ count: number }>('/api/notifications/unread-count', {})).count).toBe(0);
		expect((await attempt(() => asGuest().send('/api/notifications/unread-count', {}))).status).toBe(401);
		expect((await secretary.send<{ updated: number }>('/api/notifications/read-all', { method: 'POST' })).updated).toBe(1);
		expect((await count()).count).toBe(0);
	});

	it('runs on demand for superusers only, with a valid day', async () => {
		const body = { programme: e.programme.id, today: '2026-12-01' };
		expect((await attempt(() => secretary.send('/api/reminders/run', { method: 'POST', body }))).status).toBe(403);
		expect((await attempt(() => asGuest().send('/api/reminders/run', { method: 'POST', body }))).status).toBe(401);
		expect((await attempt(() => su.send('/api/reminders/run', { method: 'POST', body: { ...body, today: '2026-02-30' } }))).status).toBe(400);
	});
});

// ─── Mail ─────────────────────────────────────────────────────────────────────────────────────

interface Mail {
	from: string;
	to: string[];
	data: string;
}

/** Just enough SMTP to take mail from PocketBase (no TLS, no auth): every message lands in `inbox`. */
function smtpSink(): Promise<{ server: Server; port: number; inbox: Mail[] }> {
	const inbox: Mail[] = [];
	const server = createServer((socket: Socket) => {
		let buffer = '';
		let mail: Mail = { from: '', to: [], data: '' };
		let inData = false;
		const reply = (line: string) => socket.write(line + '\r\n');
		reply('220 sink.test ESMTP');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end < 0) return;
					mail.data = buffer.slice(0, end);
					buffer = buffer.slice(end + 5);
					inData = false;
					inbox.push(mail);
					mail = { from: '', to: [], data: '' };
					reply('250 OK queued');
					continue;
				}
				const eol = buffer.indexOf('\r\n');
				if (eol < 0) return;
				const line = buffer.slice(0, eol);
				buffer = buffer.slice(eol + 2);
				const verb = line.slice(0, 4).toUpperCase();
				if (verb === 'EHLO' || verb === 'HELO') reply('250 sink.test');
				else if (verb === 'MAIL') (mail.from = line), reply('250 OK');
				else if (verb === 'RCPT') mail.to.push(line), reply('250 OK');
				else if (verb === 'DATA') (inData = true), reply('354 End data with <CR><LF>.<CR><LF>');
				else if (verb === 'QUIT') reply('221 Bye'), socket.end();
				else reply('250 OK');
			}
		});
		socket.on('error', () => {});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({ server, port: typeof address === 'object' && address ? address.port : 0, inbox });
		});
	});
}

describe('mail', () => {
	let sink: Awaited<ReturnType<typeof smtpSink>>;
	beforeAll(async () => {
		sink = await smtpSink();
	});
	afterAll(async () => {
		await su.settings.update({ smtp: { enabled: false } });
		sink.server.close();
	});

	it('sends none while SMTP is not configured', async () => {
		const settings = await su.settings.getAll();
		expect(settings.smtp.enabled).toBe(false);
		const e = await enrolmentAt(world, { state: 'planning' });
		const out = await run(e, addDays(entered(e), 27));
		expect(out).toMatchObject({ notifications: 1, mails: 0 });
		expect(sink.inbox).toEqual([]);
	});

	it('mails each person a digest of their new notifications when SMTP is configured', async () => {
		await su.settings.update({ smtp: { enabled: true, host: '127.0.0.1', port: sink.port, tls: false, username: '', password: '' } });
		const e = await enrolmentAt(world, { state: 'planning' });
		// 7 days overdue at once: the secretary's overdue notice, and the escalation to both
		// officers of the committee above; three people, three mails.
		const out = await run(e, addDays(entered(e), 37));
		expect(out).toMatchObject({ notifications: 3, mails: 3 });
		expect(sink.inbox).toHaveLength(3);
		const to = (person: RecordModel) => sink.inbox.filter((m) => m.to.join(' ').includes(`<${person.email}>`));
		expect(to(e.secretary)).toHaveLength(1);
		expect(to(world.people.officerG)).toHaveLength(1);
		const text = to(e.secretary)[0]!.data.replace(/=\r\n/g, ''); // undo quoted-printable soft breaks
		expect(text).toMatch(/^Subject: /im);
		expect(text).toContain(`/enrollments/${e.record.id}/plan`);
		// Nothing new, nothing mailed.
		expect((await run(e, addDays(entered(e), 37))).mails).toBe(0);
		expect(sink.inbox).toHaveLength(3);
	});
});
