// The lifecycle's business rules as the real server enforces them: concurrent decisions, pilot
// quotas, the excellent cap, the programme's thresholds, chains that skip missing levels, guards
// that read the filed data, RETURN keeping the file, and the audit trail and lifecycle fields
// being out of reach of the records API.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, attempt, impersonate } from './helpers/clients';
import {
	assignInspector,
	auditCounts,
	buildWorld,
	driveTo,
	enrolmentAt,
	events,
	filePlan,
	fileReviewNotes,
	fileSelfAssessments,
	FIXTURE_YEAR,
	newCell,
	newProgramme,
	reviewNoteBody,
	send,
	startEnrolment,
	type Enrolment,
	type World
} from './helpers/lifecycle-fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld('rules');
});

const officer = (key: 'officerG' | 'officerG2nd' | 'officerD' | 'officerP4' | 'officerSibling' | 'officerS' | 'officerG3' | 'officerP3') =>
	world.as(world.people[key]);

async function count(collection: string, filter: string, params: Record<string, unknown>): Promise<number> {
	const su = await asSuperuser();
	return (await su.collection(collection).getList(1, 1, { filter: su.filter(filter, params) })).totalItems;
}

async function current(e: Enrolment): Promise<RecordModel> {
	return (await asSuperuser()).collection('enrollments').getOne(e.record.id);
}

describe('two officers of one committee decide at the same moment', () => {
	for (const round of [1, 2, 3]) {
		it(`exactly one decision is taken (round ${round})`, async () => {
			const e = await enrolmentAt(world, { state: 'selection', step: 0 });
			// Fresh clients: two people, two machines.
			const [a, b] = await Promise.all([impersonate(world.people.officerG.id), impersonate(world.people.officerG2nd.id)]);
			const before = await auditCounts(world.su, e.record.id);
			const body = { type: 'APPROVE', comment: 'Đồng ý', expectedState: 'selection', expectedVersion: e.record.version as number };
			const outcomes = await Promise.all([send(a, e.record.id, body), send(b, e.record.id, body)]);
			const statuses = outcomes.map((o) => o.status).sort();
			expect(statuses[0]).toBe(200);
			expect([403, 409]).toContain(statuses[1]);
			expect(await auditCounts(world.su, e.record.id)).toEqual({
				approvals: before.approvals + 1,
				transitions: before.transitions + 1
			});
			expect(await count('approvals', 'enrollment = {:e} && gate = "selection" && step = 0', { e: e.record.id })).toBe(1);
			const rec = await current(e);
			expect([rec.state, rec.step, rec.version]).toEqual(['selection', 1, (e.record.version as number) + 1]);
		});
	}

	it('a stale expectedState or expectedVersion gets 409 and changes nothing', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const g = await officer('officerG');
		const before = await auditCounts(world.su, e.record.id);
		const staleState = await send(g, e.record.id, { type: 'APPROVE', expectedState: 'draft' });
		expect(staleState.status).toBe(409);
		expect(staleState.body.message).toMatch(/người khác/);
		const staleVersion = await send(g, e.record.id, { type: 'APPROVE', expectedState: 'selection', expectedVersion: 0 });
		expect(staleVersion.status).toBe(409);
		expect(await auditCounts(world.su, e.record.id)).toEqual(before);
		expect((await current(e)).version).toBe(e.record.version);
	});
});

describe('pilot quota: at most quota.max cells of one type per district', () => {
	it('refuses the district’s selection of a second residential cell (400, names the quota); another type passes; withdrawing frees the place', async () => {
		const programme = await newProgramme(world, 'p4', { quota: { min: 1, max: 1 } });
		// First residential cell of the district: selected.
		const first = await enrolmentAt(world, { state: 'planning' }, { programme, cellType: 'residential' });
		// Second residential cell, under the other grassroots committee of the same district.
		const second = await enrolmentAt(world, { state: 'selection', step: 1 }, { programme, cellType: 'residential', placement: 'sibling' });
		const d = await officer('officerD');
		const before = await auditCounts(world.su, second.record.id);
		const refused = await send(d, second.record.id, { type: 'APPROVE', comment: 'Đồng ý', expectedState: 'selection' });
		expect(refused.status).toBe(400);
		expect(refused.body.message).toBe('Đã đủ chỉ tiêu 1 chi bộ loại hình này trong đảng bộ cấp huyện');
		expect(await auditCounts(world.su, second.record.id)).toEqual(before);
		// The district's screen says so before anyone clicks.
		const view = await events(d, second.record.id);
		expect(view.body.events.map((x: { type: string }) => x.type)).not.toContain('APPROVE');
		expect(view.body.blocked).toEqual([
			{ type: 'APPROVE', label: 'Phê duyệt', messages: ['Đã đủ chỉ tiêu 1 chi bộ loại hình này trong đảng bộ cấp huyện'] }
		]);
		// A cell of another type is still selected.
		const other = await enrolmentAt(world, { state: 'planning' }, { programme, cellType: 'administrative' });
		expect(other.record.state).toBe('planning');
		// The first cell withdraws: its place is free again.
		expect((await send(first.sec, first.record.id, { type: 'WITHDRAW', comment: 'Chi bộ xin rút' })).status).toBe(200);
		const now = await send(d, second.record.id, { type: 'APPROVE', comment: 'Đồng ý', expectedState: 'selection' });
		expect(now.status).toBe(200);
		expect(now.body.state).toBe('planning');
	});
});

describe('excellent cap: excellent ≤ excellentCapPct% of good-or-better in one grassroots organisation', () => {
	it('refuses an excellent rating over the cap, allows a lower rating, and allows excellent in another organisation', async () => {
		const programme = await newProgramme(world, 'p4', { excellentCapPct: 20 });
		const classify = (e: Enrolment, score: number, rating: string) =>
			officer(e.placement === 'sibling' ? 'officerSibling' : 'officerG').then((c) =>
				send(c, e.record.id, { type: 'CLASSIFY', comment: 'Nhận xét của cấp ủy', score, rating })
			);
		const [x, y, z] = await Promise.all([
			enrolmentAt(world, { state: 'classification' }, { programme, cellType: 'residential' }),
			enrolmentAt(world, { state: 'classification' }, { programme, cellType: 'administrative' }),
			enrolmentAt(world, { state: 'classification' }, { programme, cellType: 'residential', placement: 'sibling' })
		]);
		// The first excellent of the organisation is always possible.
		const first = await classify(x, 95, 'excellent');
		expect(first.status).toBe(200);
		expect([first.body.state, first.body.rating]).toEqual(['recognition', 'excellent']);
		// A second one would make 2 excellent out of 2 good-or-better: 100% > 20%.
		const before = await auditCounts(world.su, y.record.id);
		const over = await classify(y, 96, 'excellent');
		expect(over.status).toBe(400);
		expect(over.body.message).toBe(
			'Số chi bộ hoàn thành xuất sắc nhiệm vụ không được vượt quá 20% số chi bộ hoàn thành tốt nhiệm vụ trở lên trong đảng bộ cơ sở (đã có 1 xuất sắc trên 1 tốt trở lên)'
		);
		expect(await auditCounts(world.su, y.record.id)).toEqual(before);
		expect((await current(y)).rating).toBe('');
		// Rated good instead, it passes (and is not proposed for recognition).
		const good = await classify(y, 96, 'good');
		expect(good.status).toBe(200);
		expect([good.body.state, good.body.rating]).toEqual(['not_recognized', 'good']);
		// The cap counts per grassroots organisation: the sibling committee's cell may be excellent.
		const elsewhere = await classify(z, 95, 'excellent');
		expect(elsewhere.status).toBe(200);
		expect(elsewhere.body.state).toBe('recognition');
	});
});

describe('excellent cap for chi bộ cơ sở', () => {
	// A chi bộ cơ sở is itself a grassroots organisation: its peers for the cap are the other chi bộ
	// cơ sở under the same district committee, not the cells of the grassroots committees next to
	// it (which are capped within their own committee and never count a chi bộ cơ sở).
	it('counts the other chi bộ cơ sở of the district, not the cells under its grassroots committees', async () => {
		const programme = await newProgramme(world, 'p4', { excellentCapPct: 20 });
		const [underG, coso1, coso2] = await Promise.all([
			enrolmentAt(world, { state: 'classification' }, { programme, cellType: 'administrative' }),
			enrolmentAt(world, { state: 'classification' }, { programme, placement: 'coso', cellType: 'public_service' }),
			enrolmentAt(world, { state: 'classification' }, { programme, placement: 'coso', cellType: 'enterprise' })
		]);
		const classify = async (e: Enrolment, key: 'officerG' | 'officerD') =>
			send(await officer(key), e.record.id, { type: 'CLASSIFY', comment: 'Nhận xét', score: 95, rating: 'excellent' });
		expect((await classify(underG, 'officerG')).status).toBe(200);
		// The first chi bộ cơ sở rated excellent: the cell under the grassroots committee is no peer.
		const first = await classify(coso1, 'officerD');
		expect(first.status, JSON.stringify(first.body)).toBe(200);
		// The second would make 2 excellent of 2 good-or-better among the chi bộ cơ sở: over 20%.
		const second = await classify(coso2, 'officerD');
		expect(second.status).toBe(400);
		expect(second.body.message).toMatch(/đã có 1 xuất sắc trên 1 tốt trở lên/);
	});
});

describe('classification thresholds come from the programme', () => {
	it('refuses a rating above what the score allows under thresholds 95/80/60, accepts one that fits', async () => {
		const thresholds = { excellent: 95, good: 80, complete: 60 };
		const e = await enrolmentAt(world, { state: 'classification' }, { config: { thresholds } });
		const g = await officer('officerG');
		expect((await events(g, e.record.id)).body.thresholds).toEqual(thresholds);
		const cases: Array<[number, string, string]> = [
			[92, 'excellent', 'Với 92 điểm, mức cao nhất được xếp là “Hoàn thành tốt nhiệm vụ”'],
			[79, 'good', 'Với 79 điểm, mức cao nhất được xếp là “Hoàn thành nhiệm vụ”'],
			[59.5, 'complete', 'Với 59.5 điểm, mức cao nhất được xếp là “Không hoàn thành nhiệm vụ”']
		];
		for (const [score, rating, message] of cases) {
			const out = await send(g, e.record.id, { type: 'CLASSIFY', comment: 'Nhận xét', score, rating });
			expect(out.status, `${score} ${rating}`).toBe(400);
			expect(out.body.message).toBe(message);
		}
		expect((await current(e)).version).toBe(e.record.version);
		const ok = await send(g, e.record.id, { type: 'CLASSIFY', comment: 'Nhận xét', score: 96, rating: 'excellent' });
		expect(ok.status).toBe(200);
		expect([ok.body.state, ok.body.score, ok.body.rating]).toEqual(['recognition', 96, 'excellent']);
	});
});

describe('the recognition decision', () => {
	it('the last committee must give the decision’s number, date and signer; they are stored', async () => {
		const e = await enrolmentAt(world, { state: 'recognition', step: 2 });
		const p4 = await officer('officerP4');
		const message = 'Phải nhập số, ngày (YYYY-MM-DD) và người ký quyết định công nhận';
		for (const decision of [
			undefined,
			{ number: '', date: `${FIXTURE_YEAR}-12-20`, signer: 'Nguyễn Văn Tỉnh' },
			{ number: '125-QĐ/TU', date: `${FIXTURE_YEAR}-02-30`, signer: 'Nguyễn Văn Tỉnh' },
			{ number: '125-QĐ/TU', date: `20/12/${FIXTURE_YEAR}`, signer: 'Nguyễn Văn Tỉnh' },
			{ number: '125-QĐ/TU', date: `${FIXTURE_YEAR}-12-20`, signer: ' ' }
		]) {
			const out = await send(p4, e.record.id, { type: 'APPROVE', comment: 'Công nhận', ...(decision ? { decision } : {}) });
			expect(out.status, JSON.stringify(decision)).toBe(400);
			expect(out.body.message).toBe(message);
		}
		const ok = await send(p4, e.record.id, {
			type: 'APPROVE',
			comment: 'Công nhận chi bộ kiểu mẫu',
			decision: { number: '125-QĐ/TU', date: `${FIXTURE_YEAR}-12-20`, signer: 'Nguyễn Văn Tỉnh' }
		});
		expect(ok.status).toBe(200);
		expect([ok.body.state, ok.body.awaiting, ok.body.decisionNo, ok.body.decisionDate, ok.body.decisionSigner]).toEqual([
			'recognized',
			'',
			'125-QĐ/TU',
			'2026-12-20 00:00:00.000Z',
			'Nguyễn Văn Tỉnh'
		]);
	});
});

describe('approval chains skip the levels a cell does not have', () => {
	const chainOf = async (e: Enrolment) => {
		const view = await events(world.su, e.record.id);
		return { chain: view.body.chain.map((u: { id: string }) => u.id), awaiting: view.body.awaiting?.id ?? null };
	};

	it('a chi bộ cơ sở is selected by the district alone', async () => {
		const e = await enrolmentAt(world, { state: 'selection' }, { placement: 'coso' });
		expect(e.cell.isGrassroots).toBe(true);
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('d')], awaiting: world.unitId('d') });
		// The grassroots committee of the tree next to it has no say.
		expect((await send(await officer('officerG'), e.record.id, { type: 'APPROVE' })).status).toBe(404);
		const out = await send(await officer('officerD'), e.record.id, { type: 'APPROVE', comment: 'Đồng ý' });
		expect(out.status).toBe(200);
		expect(out.body.state).toBe('planning');
	});

	it('a chi bộ cơ sở is recognised by the district, then the province', async () => {
		const e = await enrolmentAt(world, { state: 'recognition' }, { placement: 'coso' });
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('d'), world.unitId('p4')], awaiting: world.unitId('d') });
		await driveTo(e, { state: 'recognized' });
		expect(e.record.state).toBe('recognized');
	});

	it('on the 3-level tree the selection is the grassroots committee’s and recognition skips the district', async () => {
		const e = await startEnrolment(world, { placement: 'three' });
		await driveTo(e, { state: 'selection' });
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('g3')], awaiting: world.unitId('g3') });
		await driveTo(e, { state: 'recognition' });
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('g3'), world.unitId('p3')], awaiting: world.unitId('g3') });
		await driveTo(e, { state: 'recognition', step: 1 });
		expect((await chainOf(e)).awaiting).toBe(world.unitId('p3'));
	});

	it('a cell under a đảng bộ bộ phận has its plan approved by that subcommittee, its selection by grassroots and district', async () => {
		const e = await startEnrolment(world, { placement: 'subcommittee' });
		await driveTo(e, { state: 'selection' });
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('g'), world.unitId('d')], awaiting: world.unitId('g') });
		await driveTo(e, { state: 'plan_review' });
		expect(await chainOf(e)).toEqual({ chain: [world.unitId('s')], awaiting: world.unitId('s') });
		// The grassroots committee above sees the file but this decision is the subcommittee's.
		expect((await send(await officer('officerG'), e.record.id, { type: 'APPROVE' })).status).toBe(403);
	});
});

describe('guards read the filed data', () => {
	it('SUBMIT of a registration needs its goals; a draft without them may still be saved', async () => {
		const e = await startEnrolment(world);
		const cleared = await attempt(() => e.sec.collection('enrollments').update(e.record.id, { goals: '  ' }));
		expect(cleared.status).toBe(200);
		const empty = await send(e.sec, e.record.id, { type: 'SUBMIT' });
		expect(empty.status).toBe(400);
		expect(empty.body.messages).toEqual(['Chưa điền mục tiêu, phấn đấu của chi bộ trong bản đăng ký']);
		await e.sec.collection('enrollments').update(e.record.id, { goals: 'Xây dựng chi bộ đạt chuẩn kiểu mẫu' });
		const ok = await send(e.sec, e.record.id, { type: 'SUBMIT' });
		expect([ok.status, ok.body.state]).toEqual([200, 'selection']);
	});

	it('SUBMIT in planning needs the resolution and a plan with at least one task', async () => {
		const e = await enrolmentAt(world, { state: 'planning' });
		const noPlan = await send(e.sec, e.record.id, { type: 'SUBMIT' });
		expect(noPlan.status).toBe(400);
		expect(noPlan.body.message).toBe('Chưa nộp nghị quyết và kế hoạch');
		expect(noPlan.body.messages).toEqual(['Chưa nộp nghị quyết và kế hoạch']);
		await filePlan(e, { tasks: 0 });
		expect((await send(e.sec, e.record.id, { type: 'SUBMIT' })).status).toBe(400);
		await filePlan(e, { tasks: 1 });
		const ok = await send(e.sec, e.record.id, { type: 'SUBMIT' });
		expect(ok.status).toBe(200);
		expect(ok.body.state).toBe('plan_review');
	});

	it('CONCLUDE_REVIEW needs a review note; a note is refused while the cell is not under review', async () => {
		const e = await enrolmentAt(world, { state: 'pilot' });
		await assignInspector(e);
		const inspector = await world.as(world.people.inspector);
		const early = await attempt(() => inspector.collection('review_notes').create(reviewNoteBody(e, world.people.inspector)));
		expect(early.status).toBe(400);
		await driveTo(e, { state: 'review' });
		const g = await officer('officerG');
		const noNotes = await send(g, e.record.id, { type: 'CONCLUDE_REVIEW' });
		expect(noNotes.status).toBe(400);
		expect(noNotes.body.message).toBe('Chưa có biên bản kiểm tra nào cho đánh giá bước đầu');
		const note = await attempt(() => inspector.collection('review_notes').create(reviewNoteBody(e, world.people.inspector)));
		expect(note.status).toBe(200);
		const ok = await send(g, e.record.id, { type: 'CONCLUDE_REVIEW', comment: 'Kết luận sơ kết' });
		expect(ok.status).toBe(200);
		expect([ok.body.state, ok.body.reviewConcluded]).toEqual(['pilot', true]);
		// Back in the pilot, no more notes, and the review cannot be opened twice.
		expect((await attempt(() => inspector.collection('review_notes').create(reviewNoteBody(e, world.people.inspector)))).status).toBe(400);
		const reopen = await send(g, e.record.id, { type: 'OPEN_REVIEW' });
		expect(reopen.status).toBe(400);
		expect(reopen.body.message).toBe('Đánh giá bước đầu (sơ kết) đã được kết luận');
	});

	it('START_EVALUATION needs the review concluded and minSelfAssessments monthly self-assessments', async () => {
		const e = await enrolmentAt(world, { state: 'pilot' }, { config: { minSelfAssessments: 3 } });
		const g = await officer('officerG');
		await fileSelfAssessments(e, 3);
		const beforeReview = await send(g, e.record.id, { type: 'START_EVALUATION' });
		expect(beforeReview.status).toBe(400);
		expect(beforeReview.body.message).toBe('Chưa kết luận đánh giá bước đầu (sơ kết)');

		const f = await enrolmentAt(world, { state: 'review' }, { config: { minSelfAssessments: 3 } });
		await fileReviewNotes(f, 1);
		expect((await send(g, f.record.id, { type: 'CONCLUDE_REVIEW' })).status).toBe(200);
		await fileSelfAssessments(f, 1);
		const few = await send(g, f.record.id, { type: 'START_EVALUATION' });
		expect(few.status).toBe(400);
		expect(few.body.message).toBe('Cần ít nhất 3 bản tự đánh giá hằng tháng (hiện có 1)');
		await fileSelfAssessments(f, 3);
		const ok = await send(g, f.record.id, { type: 'START_EVALUATION' });
		expect(ok.status).toBe(200);
		expect(ok.body.state).toBe('evaluation');
	});
});

describe('RETURN keeps what was filed', () => {
	it('after a RETURN from plan review the plan and its tasks are still there, and the cell sends again', async () => {
		const e = await enrolmentAt(world, { state: 'plan_review' });
		const filter = { e: e.record.id };
		const plansBefore = await (await asSuperuser()).collection('plans').getFullList({ filter: world.su.filter('enrollment = {:e}', filter) });
		const tasksBefore = await (await asSuperuser()).collection('plan_tasks').getFullList({ filter: world.su.filter('enrollment = {:e}', filter) });
		expect(plansBefore).toHaveLength(1);
		expect(tasksBefore.length).toBeGreaterThan(0);
		const comment = 'Đề nghị bổ sung lộ trình theo quý và phân công cụ thể từng chi ủy viên';
		const returned = await send(await officer('officerG'), e.record.id, { type: 'RETURN', comment });
		expect(returned.status).toBe(200);
		expect(returned.body.state).toBe('planning');
		const plansAfter = await (await asSuperuser()).collection('plans').getFullList({ filter: world.su.filter('enrollment = {:e}', filter) });
		const tasksAfter = await (await asSuperuser()).collection('plan_tasks').getFullList({ filter: world.su.filter('enrollment = {:e}', filter) });
		expect(plansAfter.map((p) => [p.id, p.resolutionNo, p.updated])).toEqual(plansBefore.map((p) => [p.id, p.resolutionNo, p.updated]));
		expect(tasksAfter.map((t) => [t.id, t.title])).toEqual(tasksBefore.map((t) => [t.id, t.title]));
		// The return and its comment are on record.
		expect(await count('approvals', 'enrollment = {:e} && decision = "return" && comment = {:c} && gate = "plan"', { e: e.record.id, c: comment })).toBe(1);
		// The secretary sends the same plan again.
		const again = await send(e.sec, e.record.id, { type: 'SUBMIT', comment: 'Đã bổ sung theo ý kiến của đảng ủy' });
		expect(again.status).toBe(200);
		expect(again.body.state).toBe('plan_review');
	});
});

describe('the audit trail is append-only for everyone but a superuser', () => {
	let e: Enrolment;
	let approval: RecordModel;
	let transition: RecordModel;

	beforeAll(async () => {
		e = await enrolmentAt(world, { state: 'plan_review' });
		await assignInspector(e);
		const su = await asSuperuser();
		const filter = su.filter('enrollment = {:e}', { e: e.record.id });
		approval = await su.collection('approvals').getFirstListItem(filter, { sort: 'created' });
		transition = await su.collection('transitions').getFirstListItem(filter, { sort: 'created' });
	});

	const who = ['secretary', 'officerG', 'officerD', 'officerP4', 'inspector'] as const;
	for (const person of who) {
		for (const collection of ['approvals', 'transitions'] as const) {
			it(`${person} can neither edit nor delete ${collection} (403), and the row is unchanged`, async () => {
				const client = person === 'secretary' ? e.sec : await world.as(world.people[person]);
				const row = collection === 'approvals' ? approval : transition;
				// The row is readable by them (they are in scope), which makes the refusal meaningful.
				expect((await attempt(() => client.collection(collection).getOne(row.id))).status).toBe(200);
				const edit = await attempt(() => client.collection(collection).update(row.id, { comment: 'sửa lại cho đẹp' }));
				expect(edit.status).toBe(403);
				const del = await attempt(() => client.collection(collection).delete(row.id));
				expect(del.status).toBe(403);
				const create = await attempt(() =>
					client.collection(collection).create({ ...row, id: undefined, comment: 'thêm vào' })
				);
				expect(create.status).toBe(403);
				const now = await (await asSuperuser()).collection(collection).getOne(row.id);
				expect(now).toEqual(row);
			});
		}
	}

	it('a draft with a history (sent, then returned) cannot be deleted by its secretary; its audit stays', async () => {
		const returned = await enrolmentAt(world, { state: 'selection' });
		expect((await send(await officer('officerG'), returned.record.id, { type: 'RETURN', comment: 'Đề nghị bổ sung' })).status).toBe(200);
		const audit = await auditCounts(world.su, returned.record.id);
		expect(audit).toEqual({ approvals: 1, transitions: 2 });
		const del = await attempt(() => returned.sec.collection('enrollments').delete(returned.record.id));
		expect(del.status).toBe(400);
		expect(await auditCounts(world.su, returned.record.id)).toEqual(audit);
		expect((await current(returned)).state).toBe('draft');
		// A draft never sent has no history and may be deleted.
		const fresh = await startEnrolment(world);
		expect((await attempt(() => fresh.sec.collection('enrollments').delete(fresh.record.id))).status).toBe(200);
	});

	it('a superuser may correct and delete audit rows', async () => {
		const su = await asSuperuser();
		const edited = await attempt(() => su.collection('transitions').update(transition.id, { comment: 'Đính chính của quản trị viên' }));
		expect(edited.status).toBe(200);
		expect(edited.body.comment).toBe('Đính chính của quản trị viên');
		const editedApproval = await attempt(() => su.collection('approvals').update(approval.id, { comment: 'Đính chính' }));
		expect(editedApproval.status).toBe(200);
		expect((await attempt(() => su.collection('approvals').delete(approval.id))).status).toBe(200);
		expect((await attempt(() => su.collection('transitions').delete(transition.id))).status).toBe(200);
		expect((await attempt(() => su.collection('transitions').getOne(transition.id))).status).toBe(404);
	});
});

describe('lifecycle fields cannot be written through the records API', () => {
	const FORGED: Record<string, unknown> = {
		state: 'recognized',
		step: 2,
		version: 99,
		score: 100,
		rating: 'excellent',
		decisionNo: '999-QĐ/TU',
		reviewConcluded: true,
		submittedBy: '',
		decisionSigner: 'Ai đó',
		stateChangedAt: '2020-01-01 00:00:00.000Z'
	};
	let draft: Enrolment;
	let selected: Enrolment;
	const snapshot = (r: RecordModel): RecordModel => ({ ...r, expand: undefined });

	beforeAll(async () => {
		[draft, selected] = await Promise.all([
			startEnrolment(world),
			enrolmentAt(world, { state: 'selection', step: 1 })
		]);
		FORGED.awaiting = world.unitId('p4');
	});

	const fields = ['state', 'step', 'awaiting', 'version', 'score', 'rating', 'decisionNo', 'reviewConcluded', 'decisionSigner', 'stateChangedAt'];
	const people = ['secretary', 'officerG', 'officerD', 'officerP4'] as const;
	for (const person of people) {
		for (const field of fields) {
			it(`${person} writing ${field}: 403, record unchanged`, async () => {
				for (const e of [draft, selected]) {
					const client = person === 'secretary' ? e.sec : await world.as(world.people[person]);
					const before = snapshot(await current(e));
					const out = await attempt(() => client.collection('enrollments').update(e.record.id, { [field]: FORGED[field] }));
					expect(out.status, `${e.record.state}: ${JSON.stringify(out.body)}`).toBe(403);
					expect(snapshot(await current(e))).toEqual(before);
				}
			});
		}
	}

	// PocketBase field modifiers ("step+", "state:autogenerate" …) are resolved to the field name
	// before the hooks run; none of them may carry a lifecycle (or scope) field past the guard.
	const MODIFIED: Array<[string, unknown]> = [
		['state:autogenerate', 'recognized'],
		['decisionNo:autogenerate', '1-QĐ'],
		['path:autogenerate', '/'],
		['step+', 1],
		['version-', 1],
		['score+', 50],
		['rating+', 'excellent'],
		['awaiting+', 'x'],
		['submittedBy-', 'x']
	];
	for (const [key, value] of MODIFIED) {
		it(`the secretary sending "${key}": 403, record unchanged`, async () => {
			const v = key === 'awaiting+' ? world.unitId('p4') : key === 'submittedBy-' ? draft.secretary.id : value;
			const before = snapshot(await current(draft));
			const out = await attempt(() => draft.sec.collection('enrollments').update(draft.record.id, { [key]: v }));
			expect(out.status, JSON.stringify(out.body)).toBe(403);
			expect(snapshot(await current(draft))).toEqual(before);
		});
	}

	it('the batch API refuses lifecycle fields too', async () => {
		const before = snapshot(await current(draft));
		const batch = draft.sec.createBatch();
		batch.collection('enrollments').update(draft.record.id, { state: 'recognized', rating: 'excellent' });
		const out = await attempt(() => batch.send());
		expect(out.status).toBeGreaterThanOrEqual(400);
		expect(JSON.stringify(out.body)).toContain('403');
		expect(snapshot(await current(draft))).toEqual(before);
	});

	it('an enrolment cannot be created with lifecycle fields (403)', async () => {
		const programme = await newProgramme(world, 'p4');
		const { cell, secretary } = await newCell(world, 'g');
		const sec = await impersonate(secretary.id);
		for (const forged of [{ state: 'pilot' }, { step: 1 }, { awaiting: world.unitId('d') }, { rating: 'excellent', score: 99 }]) {
			const out = await attempt(() => sec.collection('enrollments').create({ cell: cell.id, programme: programme.id, ...forged }));
			expect(out.status, JSON.stringify(forged)).toBe(403);
		}
		expect(await count('enrollments', 'cell = {:c}', { c: cell.id })).toBe(0);
		// Without them, the registration is accepted and starts as a draft awaiting the cell.
		const ok = await attempt(() => sec.collection('enrollments').create({ cell: cell.id, programme: programme.id }));
		expect(ok.status).toBe(200);
		expect([ok.body.state, ok.body.step, ok.body.version, ok.body.awaiting]).toEqual(['draft', 0, 0, cell.id]);
	});

	it('a permitted field with a forged one is refused whole; the permitted field alone passes', async () => {
		const before = snapshot(await current(draft));
		const mixed = await attempt(() => draft.sec.collection('enrollments').update(draft.record.id, { goals: 'Mục tiêu mới', state: 'pilot' }));
		expect(mixed.status).toBe(403);
		expect(snapshot(await current(draft))).toEqual(before);
		const goals = await attempt(() => draft.sec.collection('enrollments').update(draft.record.id, { goals: 'Mục tiêu mới' }));
		expect(goals.status).toBe(200);
		const officerUpdate = await attempt(async () =>
			(await world.as(world.people.officerG)).collection('enrollments').update(selected.record.id, { supervisor: world.people.officerG.id })
		);
		expect(officerUpdate.status).toBe(200);
		const after = await current(draft);
		expect([after.state, after.version, after.goals]).toEqual(['draft', before.version, 'Mục tiêu mới']);
	});
});
