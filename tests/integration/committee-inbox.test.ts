// The committee's inbox, bulk approval, the quota shown for a selection decision, supervision
// and the realtime relay, against the real server with the officers' own clients.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulkApprove } from '../../src/lib/server/committee/bulk';
import { filterOptions, inboxItems } from '../../src/lib/server/committee/inbox';
import { listenToEnrollments, type EnrollmentChange } from '../../src/lib/server/committee/realtime';
import { candidatesFor, outsiderProblem, saveSupervision } from '../../src/lib/server/committee/supervision';
import { asGuest, attempt, impersonate } from './helpers/clients';
import { auditCounts, buildWorld, enrolmentAt, newProgramme, send, startEnrolment, driveTo, type World } from './helpers/lifecycle-fixtures';

let world: World;
let officerG: PocketBase;
let officerD: PocketBase;

beforeAll(async () => {
	world = await buildWorld('inbox');
	officerG = await world.as(world.people.officerG);
	officerD = await world.as(world.people.officerD);
}, 60_000);

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /api/committee/awaiting, the route the inbox reads', () => {
	const call = (pb: PocketBase, query: Record<string, string> = {}) =>
		attempt(() => pb.send('/api/committee/awaiting', { method: 'GET', query }));

	it('answers only officers, and only for their own committee', async () => {
		const waiting = await enrolmentAt(world, { state: 'selection', step: 0 });
		expect((await call(asGuest())).status).toBe(401);
		for (const key of ['viewer', 'inspector'] as const) {
			expect((await call(await world.as(world.people[key]))).status).toBe(403);
		}
		expect((await call(await world.as(world.people.otherSecretary))).status).toBe(403);
		const own = await call(officerG);
		expect(own.status).toBe(200);
		expect(ids(own.body.items)).toContain(waiting.record.id);
		expect(own.body.items.find((r: { id: string }) => r.id === waiting.record.id).expand.cell.name).toBeTruthy();
		// The district above and a sibling committee do not see a decision that is not theirs yet.
		expect(ids((await call(officerD)).body.items)).not.toContain(waiting.record.id);
		expect(ids((await call(await world.as(world.people.officerSibling))).body.items)).not.toContain(waiting.record.id);
	});

	it('refuses a kind of decision or a file id that is not one', async () => {
		expect((await call(officerG, { states: 'pilot' })).status).toBe(400);
		expect((await call(officerG, { ids: "x' OR 1=1" })).status).toBe(400);
	});
});

describe('the inbox', () => {
	it('lists what waits for this committee in its subtree, oldest first, and nothing waiting elsewhere', async () => {
		const first = await enrolmentAt(world, { state: 'selection', step: 0 });
		const second = await enrolmentAt(world, { state: 'selection', step: 0 });
		const atDistrict = await enrolmentAt(world, { state: 'selection', step: 1 });
		const pilot = await enrolmentAt(world, { state: 'pilot' });
		const mine = ids(await inboxItems(officerG));
		expect(mine.indexOf(first.record.id)).toBeGreaterThanOrEqual(0);
		expect(mine.indexOf(first.record.id)).toBeLessThan(mine.indexOf(second.record.id));
		expect(mine).not.toContain(atDistrict.record.id);
		expect(mine).not.toContain(pilot.record.id); // supervised, not a decision waiting
		expect(ids(await inboxItems(officerD))).toContain(atDistrict.record.id);
		// Another grassroots committee of the same district sees none of it.
		const sibling = await world.as(world.people.officerSibling);
		expect(ids(await inboxItems(sibling))).toEqual([]);
	});

	it('filters by kind, programme, unit and cell type', async () => {
		const e = await enrolmentAt(world, { state: 'plan_review' }, { cellType: 'enterprise' });
		const g = world.unitId('g');
		const base = { kind: '' as const, programme: '', unit: '', cellType: '' as const };
		expect(ids(await inboxItems(officerG, { ...base, kind: 'plan_review' }))).toContain(e.record.id);
		expect(ids(await inboxItems(officerG, { ...base, kind: 'selection' }))).not.toContain(e.record.id);
		expect(ids(await inboxItems(officerG, { ...base, programme: e.programme.id }))).toEqual([e.record.id]);
		expect(ids(await inboxItems(officerG, { ...base, cellType: 'enterprise' }))).toContain(e.record.id);
		expect(ids(await inboxItems(officerG, { ...base, unit: world.unitId('g2') }))).toEqual([]);
		// Narrowed to the chosen files (what a bulk approval checks), and only while they wait here.
		expect(ids(await inboxItems(officerG, base, 10, [e.record.id]))).toEqual([e.record.id]);
		expect(ids(await inboxItems(officerD, base, 10, [e.record.id]))).toEqual([]);
	});
});

describe('bulk approval', () => {
	it('approves each file in its own decision with the one comment, and reports the one that moved meanwhile', async () => {
		const programme = await newProgramme(world, 'p4');
		const [a, b, c] = await Promise.all([0, 1, 2].map(() => startEnrolment(world, { programme, cellType: 'residential' }).then((e) => driveTo(e, { state: 'selection', step: 0 }))));
		const inbox = await inboxItems(officerG);
		const before = await Promise.all([a, b, c].map((e) => auditCounts(world.su, e!.record.id)));
		// c was seen at an older version: someone acted on it since (the officer's page is stale).
		const versions = { [a!.record.id]: a!.record.version, [b!.record.id]: b!.record.version, [c!.record.id]: c!.record.version - 1 };
		const out = await bulkApprove(officerG, inbox, [a!.record.id, b!.record.id, c!.record.id], versions, 'Đồng ý lựa chọn các chi bộ tham gia thí điểm.');
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.results.map((r) => r.ok)).toEqual([true, true, false]);
		expect(out.results[0]!.message).toBe('Đã phê duyệt. Hồ sơ chuyển sang: Chờ lựa chọn.');
		expect(out.results[2]!.message).toBe('Không phê duyệt được: Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.');
		const after = await Promise.all([a, b, c].map((e) => auditCounts(world.su, e!.record.id)));
		expect(after.map((x, i) => x.approvals - before[i]!.approvals)).toEqual([1, 1, 0]);
		expect(after.map((x, i) => x.transitions - before[i]!.transitions)).toEqual([1, 1, 0]);
		const approval = await world.su.collection('approvals').getFirstListItem(world.su.filter('enrollment = {:id}', { id: a!.record.id }), { sort: '-created' });
		expect(approval).toMatchObject({ decision: 'approve', gate: 'selection', comment: 'Đồng ý lựa chọn các chi bộ tham gia thí điểm.', unit: world.unitId('g') });
		// Now at the district's step: in its inbox, no longer in the grassroots'.
		expect(ids(await inboxItems(officerD))).toEqual(expect.arrayContaining([a!.record.id, b!.record.id]));
		expect(ids(await inboxItems(officerG))).not.toContain(a!.record.id);
	});

	it('refuses to mix gates, and writes nothing', async () => {
		const s = await enrolmentAt(world, { state: 'selection', step: 0 });
		const p = await enrolmentAt(world, { state: 'plan_review' });
		const inbox = await inboxItems(officerG);
		const before = await auditCounts(world.su, s.record.id);
		const out = await bulkApprove(officerG, inbox, [s.record.id, p.record.id], {}, '');
		expect(out).toEqual({ ok: false, message: 'Chỉ phê duyệt cùng lúc các hồ sơ ở cùng một bước.' });
		expect(await auditCounts(world.su, s.record.id)).toEqual(before);
	});

	it('still lets the server refuse what this officer may not decide', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 1 });
		// A forged inbox entry: the district's turn, sent by the grassroots officer.
		const forged = [{ id: e.record.id, state: 'selection' as const, step: 1, version: e.record.version, cellId: '', cellName: 'X', cellType: '', parentName: '', programmeId: '', programmeName: '', stateChangedAt: '', bulkable: true }];
		const out = await bulkApprove(officerG, forged, [e.record.id], {}, '');
		expect(out.ok && out.results[0]).toMatchObject({ ok: false });
		expect(out.ok && out.results[0]!.message).toContain('Huyện ủy');
	});
});

describe('recognition in the inbox', () => {
	it('offers bulk approval before the last step, and asks for the decision itself at the last one', async () => {
		const e = await enrolmentAt(world, { state: 'recognition', step: 0 });
		expect((await inboxItems(officerG)).find((i) => i.id === e.record.id)).toMatchObject({ bulkable: true });
		await driveTo(e, { state: 'recognition', step: 2 });
		const province = await world.as(world.people.officerP4);
		expect((await inboxItems(province)).find((i) => i.id === e.record.id)).toMatchObject({ bulkable: false, step: 2 });
	});
});

describe('bounded work: the inbox reads no more than it shows', () => {
	it('each item holds names, never a programme’s config, and an answer holds at most 200 items', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const out = await attempt(() => officerG.send('/api/committee/awaiting', { method: 'GET', query: { limit: '1000' } }));
		expect(out.status).toBe(200);
		expect(out.body.items.length).toBeLessThanOrEqual(200);
		const item = out.body.items.find((r: { id: string }) => r.id === e.record.id);
		expect(item.expand.programme).toEqual({ id: e.programme.id, name: e.programme.name, year: e.programme.year });
		expect(item.expand.cell).toMatchObject({ id: e.cell.id, name: e.cell.name, expand: { parent: { id: world.unitId('g') } } });
		expect(JSON.stringify(out.body)).not.toContain('"config"');
		// No record's other fields either (the registration text, the audit fields).
		expect(item).not.toHaveProperty('goals');
		expect(item).not.toHaveProperty('collectionId');
	});

	it('the unit filter offers the committees of the next two levels only, not the whole subtree', async () => {
		const province = await world.as(world.people.officerP4);
		const { units } = await filterOptions(province, { id: world.unitId('p4'), path: world.units.p4.path });
		const offered = units.map((u) => u.id);
		expect(offered).toEqual(expect.arrayContaining([world.unitId('d'), world.unitId('g'), world.unitId('g2')]));
		// The đảng bộ bộ phận three levels down is not listed (it is reached through its commune).
		expect(offered).not.toContain(world.unitId('s'));
		expect(offered).not.toContain(world.unitId('p4'));
	});
});

describe('the quota shown for a selection decision', () => {
	it('counts the cells selected under the whole district, also for a grassroots officer who cannot see them', async () => {
		const programme = await newProgramme(world, 'p4', { quota: { min: 1, max: 2 } });
		// One cell of a sibling grassroots committee is already in the pilot quota.
		await startEnrolment(world, { programme, placement: 'sibling' }).then((e) => driveTo(e, { state: 'planning' }));
		const e = await startEnrolment(world, { programme }).then((x) => driveTo(x, { state: 'selection', step: 0 }));
		const quota = await officerG.send(`/api/enrollments/${e.record.id}/quota`, {});
		expect(quota).toEqual({ cellType: 'residential', used: 1, max: 2, remaining: 1, scope: { id: world.unitId('d'), name: world.units.d.name } });
		const outsider = await world.as(world.people.officerPX);
		expect((await attempt(() => outsider.send(`/api/enrollments/${e.record.id}/quota`, {}))).status).toBe(404);
	});
});

describe('supervision', () => {
	it('offers the inspectors and officers of the cell\'s committees, and saves them', async () => {
		const e = await enrolmentAt(world, { state: 'pilot' });
		const candidates = await candidatesFor(officerG, e.record);
		const names = candidates.map((c) => c.id);
		expect(names).toEqual(expect.arrayContaining([world.people.inspector.id, world.people.inspectorOther.id, world.people.officerG.id]));
		expect(names).not.toContain(world.people.officerSibling.id);
		expect(outsiderProblem(candidates, world.people.officerSibling.id, [])).toBe('Người phụ trách phải là cán bộ của cấp ủy quản lý chi bộ này.');
		expect(outsiderProblem(candidates, '', [world.people.officerG.id])).toBe('Người kiểm tra phải là cán bộ kiểm tra của cấp ủy quản lý chi bộ này.');
		await saveSupervision(officerG, e.record.id, world.people.officerG.id, [world.people.inspector.id]);
		const saved = await world.su.collection('enrollments').getOne(e.record.id);
		expect(saved).toMatchObject({ supervisor: world.people.officerG.id, inspectors: [world.people.inspector.id] });
		// The assignment is what lets the inspector see the cell.
		const inspector = await impersonate(world.people.inspector.id);
		expect((await attempt(() => inspector.collection('enrollments').getOne(e.record.id))).status).toBe(200);
		await saveSupervision(officerG, e.record.id, '', []);
		expect((await attempt(() => inspector.collection('enrollments').getOne(e.record.id))).status).toBe(404);
	});

	it('is refused to an officer outside the cell\'s subtree', async () => {
		const e = await enrolmentAt(world, { state: 'pilot' });
		const sibling = await world.as(world.people.officerSibling);
		const out = await attempt(() => saveSupervision(sibling, e.record.id, '', [world.people.inspector.id]));
		expect(out.status).toBe(404);
	});
});

describe('the realtime relay', () => {
	it('tells the next committee, with its own token, that a file now waits for it; an outsider hears nothing', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const listen = async (pb: PocketBase) => {
			const heard: EnrollmentChange[] = [];
			const stop = await listenToEnrollments(pb, (c) => heard.push(c));
			return { heard, stop };
		};
		const district = await listen(await impersonate(world.people.officerD.id));
		const outsider = await listen(await impersonate(world.people.officerPX.id));
		const out = await send(officerG, e.record.id, { type: 'APPROVE', comment: 'Đồng ý', expectedState: 'selection', expectedVersion: e.record.version });
		expect(out.status).toBe(200);
		await expect.poll(() => district.heard.find((c) => c.id === e.record.id), { timeout: 5000 }).toMatchObject({ action: 'update', state: 'selection', awaiting: world.unitId('d') });
		await new Promise((r) => setTimeout(r, 300));
		expect(outsider.heard.filter((c) => c.id === e.record.id)).toEqual([]);
		await Promise.all([district.stop(), outsider.stop()]);
	});
});
