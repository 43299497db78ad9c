// Programmes against the real server: who may copy and edit them, the copy to a new year (one
// transaction, criteria included, a draft, no second programme for the same owner and year),
// the framework saved as a whole and refused unless every cell type sums to 100, the rules a
// programme write must respect, and that editing the framework of a running programme never
// rewrites self-assessments already filed.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asGuest, attempt } from './helpers/clients';
import { buildWorld, enrolmentAt, must, newProgramme, TEST_CRITERION, type Enrolment, type World } from './helpers/lifecycle-fixtures';
import { currentMonth, currentYear } from '../../src/lib/domain/clock';
import { actor, officerAt, send } from './helpers/lifecycle-fixtures';
import { CELL_TYPES } from '../../src/lib/domain/tree';

let world: World;
let source: RecordModel;
let officer: PocketBase; // an officer of the owning province (p4)

const groups = [{ id: 1, title: 'Thi đua hoàn thành tốt nhiệm vụ' }, { id: 2, title: 'Chất lượng sinh hoạt tốt' }];
const row = (code: string, maxScore: number, extra: Record<string, unknown> = {}) => ({ code, title: `Tiêu chí ${code}`, group: 1, maxScore, cellTypes: [], guidance: '', ...extra });
/** 80 common points and 20 of each type's own: a valid framework. */
const validFramework = () => ({
	groups,
	criteria: [row('C1', 80), ...CELL_TYPES.map((t, i) => row(`R${i}`, 20, { cellTypes: [t], group: 2 }))]
});

const copy = (pb: PocketBase, id: string, body: object) => attempt(() => pb.send(`/api/programmes/${id}/copy`, { method: 'POST', body }));
const putFramework = (pb: PocketBase, id: string, body: object) => attempt(() => pb.send(`/api/programmes/${id}/framework`, { method: 'PUT', body }));
const criteriaOf = (id: string) => world.su.collection('criteria').getFullList({ filter: world.su.filter('programme = {:id}', { id }), sort: 'order,code' });

beforeAll(async () => {
	world = await buildWorld('programmes');
	source = await newProgramme(world, 'p4', { quota: { min: 1, max: 2 }, thresholds: { excellent: 92, good: 75, complete: 55 } });
	await world.su.collection('programmes').update(source.id, { year: 2030, description: 'Đề án thử nghiệm năm 2030' });
	officer = await world.as(world.people.officerP4);
}, 120_000);

describe('copy a programme to a new year', () => {
	it('copies rules, description and every criterion into a draft of the same owner', async () => {
		const out = await copy(officer, source.id, { year: 2031, name: 'Chi bộ kiểu mẫu 2031' });
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		const made = await world.su.collection('programmes').getOne(out.body.id);
		expect(made).toMatchObject({ name: 'Chi bộ kiểu mẫu 2031', year: 2031, owner: world.unitId('p4'), status: 'draft', description: 'Đề án thử nghiệm năm 2030' });
		expect(made.config.quota).toEqual({ min: 1, max: 2 });
		expect(made.config.thresholds).toEqual({ excellent: 92, good: 75, complete: 55 });
		const [a, b] = await Promise.all([criteriaOf(source.id), criteriaOf(made.id)]);
		expect(b.map((c) => [c.code, c.maxScore, c.group, c.title])).toEqual(a.map((c) => [c.code, c.maxScore, c.group, c.title]));
	});

	it('refuses a second programme of the same owner and year, in Vietnamese, and writes nothing', async () => {
		const before = await world.su.collection('programmes').getList(1, 1, { filter: world.su.filter('owner = {:o}', { o: world.unitId('p4') }) });
		const out = await copy(officer, source.id, { year: 2031, name: 'Bản sao thứ hai' });
		expect(out.status).toBe(400);
		expect(out.body.data.year.message).toBe('Cấp ủy này đã có chương trình năm 2031. Mỗi cấp ủy chỉ có một chương trình mỗi năm.');
		const after = await world.su.collection('programmes').getList(1, 1, { filter: world.su.filter('owner = {:o}', { o: world.unitId('p4') }) });
		expect(after.totalItems).toBe(before.totalItems);
	});

	it.each([
		['a guest', null, 401],
		['an officer of a committee below the owner', 'officerD', 403],
		['an officer of another province', 'officerPX', 404],
		['an inspector', 'inspector', 403]
	] as const)('%s (%s) → %i', async (_name, who, status) => {
		const pb = who ? await world.as(world.people[who]) : asGuest();
		expect((await copy(pb, source.id, { year: 2035, name: 'Không được tạo' })).status).toBe(status);
	});

	it('answers a bad body with the field and a Vietnamese message', async () => {
		const out = await copy(officer, source.id, { year: 1990, name: '' });
		expect(out.status).toBe(400);
		expect(Object.keys(out.body.data).sort()).toEqual(['name', 'year']);
		expect(out.body.data.year.message).toBe('Năm từ 2000 đến 2100.');
	});
});

describe('next year’s programme, copied while this year’s still runs', () => {
	it('leaves the running programme active, and its cells go on filing and being decided', async () => {
		// This year's programme (the product's clock), with a cell in its pilot.
		const running = await world.su.collection('programmes').update((await newProgramme(world, 'p3')).id, { year: currentYear() });
		const e = await enrolmentAt(world, { state: 'pilot' }, { placement: 'three', programme: running });
		const p3officer = await world.as(world.people.officerP3);

		const out = await copy(p3officer, running.id, { year: currentYear() + 1, name: `Chi bộ kiểu mẫu ${currentYear() + 1}` });
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		expect(await world.su.collection('programmes').getOne(out.body.id)).toMatchObject({ year: currentYear() + 1, status: 'draft' });
		expect((await world.su.collection('programmes').getOne(running.id)).status).toBe('active');

		// The running one: this month's self-assessment is filed, and the committee opens the review.
		const filed = await e.sec.collection('self_assessments').create({ enrollment: e.record.id, month: currentMonth(), scores: { [TEST_CRITERION]: 88 } });
		expect(filed.total).toBe(88);
		const committee = await actor(e, officerAt(e, 'supervision', 0));
		const opened = await send(committee, e.record.id, { type: 'OPEN_REVIEW', expectedState: 'pilot' });
		expect(opened.status, JSON.stringify(opened.body)).toBe(200);
		expect(opened.body.state).toBe('review');
	});
});

describe('saving the criteria framework', () => {
	let draft: RecordModel;
	beforeAll(async () => {
		draft = (await copy(officer, source.id, { year: 2032, name: 'Chi bộ kiểu mẫu 2032' })).body;
	});

	it('saves a framework summing to 100 for every type, as a whole', async () => {
		const out = await putFramework(officer, draft.id, validFramework());
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		const rows = await criteriaOf(draft.id);
		expect(rows.map((c) => c.code)).toEqual(['C1', 'R0', 'R1', 'R2', 'R3', 'R4']);
		expect(rows.map((c) => c.order)).toEqual([101, 201, 202, 203, 204, 205]);
		expect((await world.su.collection('programmes').getOne(draft.id)).config.groups).toEqual(groups);
	});

	it('updates rows by id, swaps codes, removes the missing ones', async () => {
		const rows = await criteriaOf(draft.id);
		const body = validFramework();
		body.criteria = rows.map((c) => ({ id: c.id, code: c.code, title: c.title, group: c.group, maxScore: c.maxScore, cellTypes: c.cellTypes, guidance: '' })) as never;
		(body.criteria as any)[1].code = 'R1';
		(body.criteria as any)[2].code = 'R0';
		const out = await putFramework(officer, draft.id, body);
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		const after = await criteriaOf(draft.id);
		expect(after.find((c) => c.id === rows[1]!.id)!.code).toBe('R1');
		expect(after).toHaveLength(6);
	});

	it.each([
		['a type that no longer sums to 100', (f: any) => { f.criteria[1].maxScore = 22; }, 'criteria', 'Chi bộ khu dân cư: tổng 102 điểm, thừa 2 điểm so với 100 điểm.'],
		['a code used twice', (f: any) => { f.criteria[2].code = 'R0'; }, 'criteria.2.code', 'Mã R0 đã dùng cho tiêu chí khác.'],
		['a criterion in an unknown group', (f: any) => { f.criteria[0].group = 5; }, 'criteria.0.group', 'Nhóm tiêu chí không có trong chương trình.'],
		['a maximum over 100', (f: any) => { f.criteria[0].maxScore = 180; }, 'criteria.0.maxScore', 'Điểm tối đa từ 0,5 đến 100.']
	])('refuses %s (400, beside the field) and changes nothing', async (_name, spoil, field, msg) => {
		const before = (await criteriaOf(draft.id)).map((c) => [c.code, c.maxScore]);
		const body = validFramework();
		spoil(body);
		const out = await putFramework(officer, draft.id, body);
		expect(out.status).toBe(400);
		expect(out.body.data[field].message).toContain(msg);
		expect((await criteriaOf(draft.id)).map((c) => [c.code, c.maxScore])).toEqual(before);
	});

	it('is refused to officers of other committees and to single-record writes', async () => {
		// A draft is seen only by its own committee: to the district below it, it does not exist.
		expect((await putFramework(await world.as(world.people.officerD), draft.id, validFramework())).status).toBe(404);
		expect((await putFramework(await world.as(world.people.officerPX), draft.id, validFramework())).status).toBe(404);
		const one = (await criteriaOf(draft.id))[0]!;
		expect((await attempt(() => officer.collection('criteria').update(one.id, { maxScore: 70 }))).status).toBe(403);
		expect((await attempt(() => officer.collection('criteria').delete(one.id))).status).toBe(403);
		expect((await attempt(() => officer.collection('criteria').create({ programme: draft.id, code: 'X', title: 'X', group: 1, maxScore: 1 }))).status).toBe(403);
	});
});

describe('programme writes through the records API', () => {
	it('a created programme starts as a draft, and not twice in one year', async () => {
		const base = { name: 'Chi bộ kiểu mẫu 2040', owner: world.unitId('p4'), config: {} };
		expect((await attempt(() => officer.collection('programmes').create({ ...base, year: 2040, status: 'active' }))).status).toBeGreaterThanOrEqual(400);
		const ok = await attempt(() => officer.collection('programmes').create({ ...base, year: 2040 }));
		expect(ok.status, JSON.stringify(ok.body)).toBe(200);
		expect(ok.body.status).toBe('draft');
		const twice = await attempt(() => officer.collection('programmes').create({ ...base, year: 2040 }));
		expect(twice.status).toBe(400);
		expect(twice.body.data.year.message).toContain('đã có chương trình năm 2040');
		const other = await attempt(async () => (await world.as(world.people.officerD)).collection('programmes').create({ ...base, year: 2041 }));
		expect(other.status).toBeGreaterThanOrEqual(400);
	});

	it('refuses a bad config with 400 naming the config', async () => {
		const out = await attempt(() => officer.collection('programmes').update(source.id, { config: { thresholds: { excellent: 50, good: 70, complete: 60 } } }));
		expect(out.status).toBe(400);
		expect(out.body.data.config.message).toContain('Ngưỡng điểm phải giảm dần');
	});

	it('only the owner’s officers edit; an officer above or below cannot', async () => {
		expect((await attempt(async () => (await world.as(world.people.officerD)).collection('programmes').update(source.id, { name: 'Đổi tên' }))).status).toBe(404);
	});

	it('moves draft → active → closed only, and activates only a framework summing to 100', async () => {
		const p = await world.su.collection('programmes').create({ name: 'Khung chưa đủ', year: 2042, owner: world.unitId('p4'), status: 'draft', config: {} });
		await world.su.collection('criteria').create({ programme: p.id, code: 'A', title: 'Chỉ 90 điểm', group: 1, maxScore: 90, order: 1 });
		expect((await attempt(() => officer.collection('programmes').update(p.id, { status: 'closed' }))).status).toBe(400);
		const refused = await attempt(() => officer.collection('programmes').update(p.id, { status: 'active' }));
		expect(refused.status).toBe(400);
		expect(refused.body.data.status.message).toContain('Chi bộ khu dân cư: tổng 90 điểm, thiếu 10 điểm so với 100 điểm.');
		expect((await putFramework(officer, p.id, { groups, criteria: [row('A', 100)] })).status).toBe(200);
		expect((await attempt(() => officer.collection('programmes').update(p.id, { status: 'active' }))).status).toBe(200);
		expect((await attempt(() => officer.collection('programmes').update(p.id, { year: 2043 }))).body.data.year.message).toBe('Chỉ sửa được năm khi chương trình còn là dự thảo.');
		expect((await attempt(() => officer.collection('programmes').update(p.id, { status: 'draft' }))).status).toBe(400);
		expect((await attempt(() => officer.collection('programmes').update(p.id, { status: 'closed' }))).status).toBe(200);
		expect((await attempt(() => officer.collection('programmes').update(p.id, { name: 'Sửa sau khi kết thúc' }))).status).toBe(400);
		expect((await putFramework(officer, p.id, { groups, criteria: [row('A', 100)] })).status).toBe(400);
	});
});

describe('editing a running programme never rewrites past self-assessments', () => {
	let e: Enrolment;
	let january: RecordModel;
	let february: RecordModel;

	beforeAll(async () => {
		e = await enrolmentAt(world, { state: 'pilot' });
		january = await must('file January', () => e.sec.collection('self_assessments').create({ enrollment: e.record.id, month: '2026-01', scores: { [TEST_CRITERION]: 80 } }));
	}, 120_000);

	it('stores the total, rating and criteria maxima it was scored with', () => {
		expect(january).toMatchObject({ total: 80, rating: 'good', maxima: { [TEST_CRITERION]: 100 } });
	});

	it('after re-scoring the framework and raising the thresholds, January is unchanged and February uses the new ones', async () => {
		const [t1] = await criteriaOf(e.programme.id);
		const edited = await putFramework(officer, e.programme.id, {
			groups,
			criteria: [{ ...row(TEST_CRITERION, 60), id: t1!.id, title: t1!.title }, row('T2', 40)]
		});
		expect(edited.status, JSON.stringify(edited.body)).toBe(200);
		const programme = await world.su.collection('programmes').getOne(e.programme.id);
		const raised = await attempt(() => officer.collection('programmes').update(e.programme.id, { config: { ...programme.config, thresholds: { excellent: 95, good: 85, complete: 60 } } }));
		expect(raised.status, JSON.stringify(raised.body)).toBe(200);

		// The committee locks January: an update that leaves the scores alone keeps them as filed.
		await world.su.collection('self_assessments').update(january.id, { locked: true });
		expect(await world.su.collection('self_assessments').getOne(january.id)).toMatchObject({ total: 80, rating: 'good', maxima: { [TEST_CRITERION]: 100 }, scores: { [TEST_CRITERION]: 80 } });

		// The old framework's 80 points on T1 no longer fit; the new month scores T1 and T2.
		const stale = await attempt(() => e.sec.collection('self_assessments').create({ enrollment: e.record.id, month: '2026-02', scores: { [TEST_CRITERION]: 80 } }));
		expect(stale.status).toBe(400);
		expect(Object.keys(stale.body.data).sort()).toEqual([`scores.${TEST_CRITERION}`, 'scores.T2']);
		february = await e.sec.collection('self_assessments').create({ enrollment: e.record.id, month: '2026-02', scores: { [TEST_CRITERION]: 50, T2: 30 } });
		expect(february).toMatchObject({ total: 80, rating: 'complete', maxima: { [TEST_CRITERION]: 60, T2: 40 } });
	});

	it('a forged total on an unlocked month is ignored', async () => {
		const forged = await e.sec.collection('self_assessments').update(february.id, { total: 100, rating: 'excellent', maxima: { T2: 100 } });
		expect(forged).toMatchObject({ total: 80, rating: 'complete', maxima: { [TEST_CRITERION]: 60, T2: 40 } });
	});

	it('deleting a criterion with filed scores leaves every filed month as it was', async () => {
		const [t1] = await criteriaOf(e.programme.id);
		const out = await putFramework(officer, e.programme.id, { groups, criteria: [{ ...row(TEST_CRITERION, 100), id: t1!.id }] });
		expect(out.status, JSON.stringify(out.body)).toBe(200);
		expect((await criteriaOf(e.programme.id)).map((c) => c.code)).toEqual([TEST_CRITERION]);
		await world.su.collection('self_assessments').update(february.id, { locked: true });
		const [jan, feb] = await Promise.all([world.su.collection('self_assessments').getOne(january.id), world.su.collection('self_assessments').getOne(february.id)]);
		expect(jan).toMatchObject({ total: 80, rating: 'good', maxima: { [TEST_CRITERION]: 100 } });
		expect(feb).toMatchObject({ total: 80, rating: 'complete', scores: { [TEST_CRITERION]: 50, T2: 30 }, maxima: { [TEST_CRITERION]: 60, T2: 40 } });
	});
});
