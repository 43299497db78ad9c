// History cannot be erased (pb_hooks/history.pb.js): during the pilot and after it, once a month's
// self-assessment is locked or its due date has passed, the cell may not delete that month's
// meetings and plan tasks, nor move them to another month, nor delete a member named in them:
// a clear 400 in Vietnamese, and the record stays. Months still open stay editable, and so does
// everything before the pilot.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentMonth } from '../../src/lib/domain/clock';
import { addMonths } from '../../src/lib/domain/deadlines';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { planSchema } from '../../src/lib/domain/forms/plan';
import { planFormData, savePlan } from '../../src/lib/server/cell/plan';
import { attempt, createTask, updateTask } from './helpers/clients';
import {
	actor,
	buildWorld,
	enrolmentAt,
	filePlan,
	officerAt,
	TEST_CRITERION,
	thisYearsProgramme,
	type Enrolment,
	type World
} from './helpers/lifecycle-fixtures';

let world: World;
let e: Enrolment;
// The current month is open (its self-assessment is due on the 5th of the next); two months ago is
// past its due date, whatever today is.
const OPEN = currentMonth();
const PAST = addMonths(OPEN, -2);

beforeAll(async () => {
	world = await buildWorld('history');
	e = await enrolmentAt(world, { state: 'pilot' }, { programme: await thisYearsProgramme(world) });
});

const exists = async (collection: string, id: string) => (await attempt(() => world.su.collection(collection).getOne(id))).status === 200;

function meeting(sec: PocketBase, month: string, absentees: string[] = []): Promise<RecordModel> {
	return sec.collection('meetings').create({
		enrollment: e.record.id,
		date: `${month}-03 00:00:00.000Z`,
		kind: 'regular',
		topic: 'Sinh hoạt chi bộ thường kỳ',
		present: 10,
		total: 12,
		excused: 1,
		absentees
	});
}

async function task(sec: PocketBase, month: string): Promise<RecordModel> {
	const plan = await world.su.collection('plans').getFirstListItem(world.su.filter('enrollment = {:e}', { e: e.record.id }));
	return createTask(sec, {
		enrollment: e.record.id,
		plan: plan.id,
		title: 'Rà soát, cập nhật danh sách đảng viên',
		due: `${month}-25 00:00:00.000Z`,
		month,
		status: 'todo',
		order: 9
	});
}

describe('in the pilot, a kept month’s records cannot be deleted', () => {
	it('a meeting of a month past its due date: 400, kept; one of the open month: deleted', async () => {
		const old = await meeting(e.sec, PAST);
		const out = await attempt(() => e.sec.collection('meetings').delete(old.id));
		expect(out.status).toBe(400);
		expect(out.body.message).toContain('Không thể xóa buổi sinh hoạt');
		expect(out.body.message).toContain('quá hạn');
		expect(await exists('meetings', old.id)).toBe(true);

		const open = await meeting(e.sec, OPEN);
		expect((await attempt(() => e.sec.collection('meetings').delete(open.id))).status).toBe(200);
		expect(await exists('meetings', open.id)).toBe(false);
	});

	it('a kept meeting cannot be moved into an open month (and then deleted)', async () => {
		const old = await meeting(e.sec, PAST);
		const out = await attempt(() => e.sec.collection('meetings').update(old.id, { date: `${OPEN}-02 00:00:00.000Z` }));
		expect(out.status).toBe(400);
		expect(out.body.message).toContain('sang tháng khác');
		expect((await world.su.collection('meetings').getOne(old.id)).date.slice(0, 7)).toBe(PAST);
		// Other fields of the record stay editable by the rules that already govern them.
		expect((await attempt(() => e.sec.collection('meetings').update(old.id, { topic: 'Sinh hoạt chuyên đề' }))).status).toBe(200);
	});

	it('once the committee locks the open month, its meetings are kept too', async () => {
		const open = await meeting(e.sec, OPEN);
		const sa = await e.sec.collection('self_assessments').create({ enrollment: e.record.id, month: OPEN, scores: { [TEST_CRITERION]: 85 } });
		const officer = await actor(e, officerAt(e, 'supervision', 0));
		await officer.collection('self_assessments').update(sa.id, { locked: true });
		const out = await attempt(() => e.sec.collection('meetings').delete(open.id));
		expect(out.status).toBe(400);
		expect(out.body.message).toContain('đã khóa');
		expect(await exists('meetings', open.id)).toBe(true);
		// Reopened for correction, the month is open again.
		await officer.collection('self_assessments').update(sa.id, { locked: false });
		expect((await attempt(() => e.sec.collection('meetings').delete(open.id))).status).toBe(200);
	});

	it('a plan task of a kept month: 400, kept; one of the open month: deleted', async () => {
		const old = await task(e.sec, PAST);
		const out = await attempt(() => e.sec.collection('plan_tasks').delete(old.id));
		expect(out.status).toBe(400);
		expect(out.body.message).toContain('Không thể xóa bước công việc');
		expect(await exists('plan_tasks', old.id)).toBe(true);
		const moved = await attempt(() => updateTask(e.sec, old.id, { month: OPEN, due: `${OPEN}-20 00:00:00.000Z` }));
		expect(moved.status).toBe(400);

		const open = await task(e.sec, OPEN);
		expect((await attempt(() => e.sec.collection('plan_tasks').delete(open.id))).status).toBe(200);
	});

	it('a member absent from a kept meeting is marked as no longer attending, not deleted', async () => {
		const [absent, unnamed] = await Promise.all(
			['Nguyễn Văn Vắng', 'Trần Thị Mới'].map((name) => e.sec.collection('members').create({ cell: e.cell.id, name, position: 'member', active: true }))
		);
		await meeting(e.sec, PAST, [absent!.id]);
		const out = await attempt(() => e.sec.collection('members').delete(absent!.id));
		expect(out.status).toBe(400);
		expect(out.body.message).toContain('không còn sinh hoạt');
		expect(await exists('members', absent!.id)).toBe(true);
		expect((await attempt(() => e.sec.collection('members').update(absent!.id, { active: false }))).status).toBe(200);
		// A member no kept record names may still be deleted.
		expect((await attempt(() => e.sec.collection('members').delete(unnamed!.id))).status).toBe(200);
	});
});

describe('the plan form', () => {
	it('a save that drops a kept task writes nothing and shows the server’s reason as the banner', async () => {
		// Made by the superuser (not rate-limited), so the secretary's save below is their only batch.
		const kept = await task(world.su, PAST);
		const filter = world.su.filter('enrollment = {:e}', { e: e.record.id });
		const plan = await world.su.collection('plans').getFirstListItem(filter);
		const tasks = await world.su.collection('plan_tasks').getFullList({ filter, sort: 'order' });
		const data = planFormData(plan, tasks, OPEN);
		data.tasks = data.tasks.filter((t) => t.id !== kept.id);
		const form = await superValidate(data, zod4(planSchema));
		const saved = await savePlan(e.sec, form, { enrollmentId: e.record.id, plan, tasks, planEditable: false, document: null });
		expect(saved).toBe(false);
		expect(form.errors._errors?.join(' ')).toContain('Không thể xóa bước công việc');
		expect(await exists('plan_tasks', kept.id)).toBe(true);
	});
});

describe('before the pilot, the plan is still a draft', () => {
	it('in planning, a task of a past month may be deleted', async () => {
		const p = await enrolmentAt(world, { state: 'planning' }, { programme: await thisYearsProgramme(world) });
		await filePlan(p);
		const plan = await world.su.collection('plans').getFirstListItem(world.su.filter('enrollment = {:e}', { e: p.record.id }));
		const t = await createTask(p.sec, {
			enrollment: p.record.id,
			plan: plan.id,
			title: 'Bước công việc bỏ đi',
			due: `${PAST}-25 00:00:00.000Z`,
			month: PAST,
			status: 'todo',
			order: 5
		});
		expect((await attempt(() => p.sec.collection('plan_tasks').delete(t.id))).status).toBe(200);
	});
});
