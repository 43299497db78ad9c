// Who may send which lifecycle event, proven against the real server: every event type × every
// role × representative states, each expected status written out below by hand from the rules in
// words (docs/domain.md §4 and §5), never computed by the domain code:
//
//   guest                                   → 401
//   cannot see the enrolment                → 404  (another cell's secretary, an inspector not
//                                                   assigned to it, an officer of a sibling
//                                                   committee or of another province)
//   sees it, but it is not their move       → 403  (SUBMIT/WITHDRAW: only the cell's own secretary,
//                                                   SUBMIT only on the cell's turn; every other event:
//                                                   only an officer of the committee the gate awaits)
//   their move, but the event is impossible
//   here or a guard fails                   → 400
//   allowed                                 → 200
//   a closed file (withdrawn …)             → 400 for everyone who sees it: nothing can happen
//
// Payloads are valid (comments, a score that matches the rating), so that the status reflects the
// rule under test; missing comments are tested separately. A request expected to succeed is sent
// to a fresh enrolment driven to that state, so the shared enrolment of each state is never
// moved, and at the end of each state the shared enrolment must be exactly as it was: a refused
// request writes nothing (no approval, no transition, same version).
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asGuest, asSuperuser, impersonate } from './helpers/clients';
import {
	assignInspector,
	auditCounts,
	buildWorld,
	driveTo,
	enrolmentAt,
	events,
	fileReviewNotes,
	send,
	startEnrolment,
	type Enrolment,
	type EventBody,
	type Target,
	type World
} from './helpers/lifecycle-fixtures';

const EVENTS = [
	'SUBMIT',
	'APPROVE',
	'RETURN',
	'REJECT',
	'WITHDRAW',
	'OPEN_REVIEW',
	'CONCLUDE_REVIEW',
	'START_EVALUATION',
	'CLASSIFY'
] as const;
type EventType = (typeof EVENTS)[number];

const ROLES = [
	'secretary',
	'otherSecretary',
	'inspectorAssigned',
	'inspectorUnassigned',
	'officerGrassroots',
	'officerDistrict',
	'officerProvince',
	'officerSibling',
	'officerOtherProvince',
	'viewer',
	'guest'
] as const;
type Role = (typeof ROLES)[number];

/** Statuses in EVENTS order. */
type Row = [number, number, number, number, number, number, number, number, number];

interface StateCase {
	target: Target;
	/** Extra facts of this state (a review note filed, so that CONCLUDE_REVIEW can pass). */
	withReviewNote?: boolean;
	rows: Record<Role, Row>;
}

// Rows that are the same in every open state: these people cannot see the enrolment, or see it
// and never have a move (an inspector, a viewer, a guest).
const NOT_VISIBLE: Row = [404, 404, 404, 404, 404, 404, 404, 404, 404];
const ALL_403: Row = [403, 403, 403, 403, 403, 403, 403, 403, 403];
const ALL_401: Row = [401, 401, 401, 401, 401, 401, 401, 401, 401];
const ALL_400: Row = [400, 400, 400, 400, 400, 400, 400, 400, 400];

const CASES: Record<string, StateCase> = {
	// The cell's turn: its secretary may send or withdraw; no committee decides anything yet.
	draft: {
		target: { state: 'draft' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [200,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Selection, first committee (the grassroots committee): it approves, returns or rejects;
	// review and classification events do not exist here (400); the district waits its turn.
	'selection@0': {
		target: { state: 'selection', step: 0 },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   200,    200,   200,   403,     400,   400,    400,    400],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Selection, second committee (the district picks within its quota): now the grassroots
	// committee has decided and may not decide again.
	'selection@1': {
		target: { state: 'selection', step: 1 },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerDistrict:      [403,   200,    200,   200,   403,     400,   400,    400,    400],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Planning, no plan filed yet: the cell's turn, but SUBMIT's guard fails (400).
	planning: {
		target: { state: 'planning' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [400,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// The plan, decided by the direct committee alone (grassroots): approve, return or reject; the
	// district sees the file but the plan is not its decision.
	plan_review: {
		target: { state: 'plan_review' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   200,    200,   200,   403,     400,   400,    400,    400],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Pilot, supervised by the direct committee (grassroots): it may open the mid-term review;
	// the year-end evaluation cannot start before the review is concluded (400).
	pilot: {
		target: { state: 'pilot' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   400,    400,   400,   403,     200,   400,    400,    400],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Mid-term review with an inspector's note filed: the grassroots committee concludes it.
	review: {
		target: { state: 'review' },
		withReviewNote: true,
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   400,    400,   400,   403,     400,   200,    400,    400],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// The year-end evaluation: the cell's turn to send its summary (its months are filed, so SUBMIT
	// passes); no committee has a move until it does.
	evaluation: {
		target: { state: 'evaluation' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [200,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Classification by the direct committee: it classifies or returns; there is no REJECT here.
	classification: {
		target: { state: 'classification' },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   400,    200,   400,   403,     400,   400,    400,    200],
			officerDistrict:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// Recognition, second committee of three (the district): the grassroots committee has proposed.
	'recognition@1': {
		target: { state: 'recognition', step: 1 },
		rows: {
			//                    SUBMIT APPROVE RETURN REJECT WITHDRAW OPEN_R CONCL_R START_E CLASSIFY
			secretary:            [403,   403,    403,   403,   200,     403,   403,    403,    403],
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_403,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerDistrict:      [403,   200,    200,   200,   403,     400,   400,    400,    400],
			officerProvince:      [403,   403,    403,   403,   403,     403,   403,    403,    403],
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_403,
			guest:                ALL_401
		}
	},
	// A closed file: nothing can happen any more, whoever asks (WITHDRAW from a final state: 400).
	withdrawn: {
		target: { state: 'withdrawn' },
		rows: {
			secretary:            ALL_400,
			otherSecretary:       NOT_VISIBLE,
			inspectorAssigned:    ALL_400,
			inspectorUnassigned:  NOT_VISIBLE,
			officerGrassroots:    ALL_400,
			officerDistrict:      ALL_400,
			officerProvince:      ALL_400,
			officerSibling:       NOT_VISIBLE,
			officerOtherProvince: NOT_VISIBLE,
			viewer:               ALL_400,
			guest:                ALL_401
		}
	}
};

/** A valid payload for each event, so that only the rule under test can refuse it. */
const BODIES: Record<EventType, EventBody> = {
	SUBMIT: { type: 'SUBMIT', comment: 'Chi bộ gửi hồ sơ' },
	APPROVE: {
		type: 'APPROVE',
		comment: 'Đồng ý',
		decision: { number: '125-QĐ/ĐU', date: '2026-12-20', signer: 'Nguyễn Văn Hùng' }
	},
	RETURN: { type: 'RETURN', comment: 'Đề nghị bổ sung, hoàn thiện hồ sơ' },
	REJECT: { type: 'REJECT', comment: 'Chưa đáp ứng yêu cầu của đề án' },
	WITHDRAW: { type: 'WITHDRAW', comment: 'Chi bộ xin rút khỏi chương trình' },
	OPEN_REVIEW: { type: 'OPEN_REVIEW', comment: 'Tổ chức sơ kết' },
	CONCLUDE_REVIEW: { type: 'CONCLUDE_REVIEW', comment: 'Kết luận sơ kết' },
	START_EVALUATION: { type: 'START_EVALUATION', comment: 'Bắt đầu đánh giá cuối năm' },
	CLASSIFY: { type: 'CLASSIFY', comment: 'Đạt phần lớn tiêu chí', score: 80, rating: 'good' }
};

let world: World;
const guest = asGuest();

beforeAll(async () => {
	world = await buildWorld('authz');
});

async function prepared(target: Target, withReviewNote: boolean): Promise<Enrolment> {
	const e = await enrolmentAt(world, target);
	if (withReviewNote) await fileReviewNotes(e, 1);
	else await assignInspector(e);
	return e;
}

async function clientOf(role: Role, e: Enrolment): Promise<PocketBase> {
	const p = world.people;
	switch (role) {
		case 'secretary':
			return e.sec;
		case 'otherSecretary':
			return world.as(p.otherSecretary);
		case 'inspectorAssigned':
			return world.as(p.inspector);
		case 'inspectorUnassigned':
			return world.as(p.inspectorOther);
		case 'officerGrassroots':
			return world.as(p.officerG);
		case 'officerDistrict':
			return world.as(p.officerD);
		case 'officerProvince':
			return world.as(p.officerP4);
		case 'officerSibling':
			return world.as(p.officerSibling);
		case 'officerOtherProvince':
			return world.as(p.officerPX);
		case 'viewer':
			return world.as(p.viewer);
		case 'guest':
			return guest;
	}
}

const total = Object.keys(CASES).length * ROLES.length * EVENTS.length;

describe('authorization matrix of the events API', () => {
	it(`has at least 150 cases (${total})`, () => expect(total).toBeGreaterThanOrEqual(150));

	for (const [name, c] of Object.entries(CASES)) {
		describe(name, () => {
			let shared: Enrolment;
			let before: { record: Record<string, unknown>; audit: { approvals: number; transitions: number } };

			beforeAll(async () => {
				shared = await prepared(c.target, c.withReviewNote === true);
				const su = await asSuperuser();
				const rec = await su.collection('enrollments').getOne(shared.record.id);
				before = {
					record: { state: rec.state, step: rec.step, version: rec.version, awaiting: rec.awaiting, updated: rec.updated },
					audit: await auditCounts(su, rec.id)
				};
				// The 'assigned inspector' row is only meaningful if they are assigned to this file.
				expect(rec.inspectors).toContain(world.people.inspector.id);
			});

			for (const role of ROLES) {
				EVENTS.forEach((type, i) => {
					const status = c.rows[role][i]!;
					it(`${role} ${type} → ${status}`, async () => {
						// An accepted event moves the file: send it to a fresh one in the same state.
						const e = status === 200 ? await prepared(c.target, c.withReviewNote === true) : shared;
						const out = await send(await clientOf(role, e), e.record.id, BODIES[type]);
						expect(out.status, JSON.stringify(out.body)).toBe(status);
						if (status !== 200 && status !== 404 && status !== 401) {
							expect(typeof (out.body as { message?: unknown }).message).toBe('string');
							expect((out.body as { message: string }).message.length).toBeGreaterThan(0);
						}
					});
				});
			}

			it('every refused request wrote nothing', async () => {
				const su = await asSuperuser();
				const rec = await su.collection('enrollments').getOne(shared.record.id);
				expect({ state: rec.state, step: rec.step, version: rec.version, awaiting: rec.awaiting, updated: rec.updated }).toEqual(before.record);
				expect(await auditCounts(su, rec.id)).toEqual(before.audit);
			});
		});
	}
});

describe('rules the matrix does not show by itself', () => {
	it('the district may not approve before the grassroots committee has (403, names who decides)', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const audit = await auditCounts(world.su, e.record.id);
		const out = await send(await world.as(world.people.officerD), e.record.id, { type: 'APPROVE', comment: 'Đồng ý' });
		expect(out.status).toBe(403);
		expect(out.body.message).toBe(`Bước này do ${world.units.g.name} quyết định`);
		expect(await auditCounts(world.su, e.record.id)).toEqual(audit);
		// Once the grassroots committee has approved, the same request passes.
		expect((await send(await world.as(world.people.officerG), e.record.id, { type: 'APPROVE' })).status).toBe(200);
		const again = await send(await world.as(world.people.officerD), e.record.id, { type: 'APPROVE', comment: 'Đồng ý' });
		expect(again.status).toBe(200);
		expect(again.body.state).toBe('planning');
	});

	for (const type of ['RETURN', 'REJECT'] as const) {
		it(`${type} without a comment, or with only spaces, is refused (400) and writes nothing`, async () => {
			const e = await enrolmentAt(world, { state: 'selection', step: 0 });
			const officer = await world.as(world.people.officerG);
			const audit = await auditCounts(world.su, e.record.id);
			for (const body of [{ type }, { type, comment: '' }, { type, comment: '   ' }]) {
				const out = await send(officer, e.record.id, body);
				expect(out.status, JSON.stringify(body)).toBe(400);
				expect(out.body.message).toBe(type === 'REJECT' ? 'Phải nêu lý do khi từ chối' : 'Phải nhập ý kiến khi trả lại');
			}
			expect(await auditCounts(world.su, e.record.id)).toEqual(audit);
			const view = await events(world.su, e.record.id);
			expect([view.body.state, view.body.version]).toEqual(['selection', e.record.version]);
		});
	}

	it('WITHDRAW from a final state is refused (400): rejected, withdrawn', async () => {
		const rejected = await enrolmentAt(world, { state: 'rejected' });
		const withdrawn = await enrolmentAt(world, { state: 'withdrawn' });
		for (const e of [rejected, withdrawn]) {
			const audit = await auditCounts(world.su, e.record.id);
			const out = await send(e.sec, e.record.id, { type: 'WITHDRAW', comment: 'Rút lần nữa' });
			expect(out.status).toBe(400);
			expect(out.body.message).toMatch(/^Hồ sơ đã kết thúc/);
			expect(await auditCounts(world.su, e.record.id)).toEqual(audit);
		}
	});

	it('nobody approves their own submission, even when they now sit in the deciding committee (403)', async () => {
		// A cell secretary who submits, then is moved (by a superuser: users cannot change their own
		// role or unit) to the grassroots committee that decides the selection, as happens when a
		// secretary is elected to the committee above.
		const e = await startEnrolment(world);
		const submitted = await send(e.sec, e.record.id, { type: 'SUBMIT' });
		expect(submitted.status).toBe(200);
		expect(submitted.body.submittedBy).toBe(e.secretary.id);
		await world.su.collection('users').update(e.secretary.id, { role: 'officer', unit: world.unitId('g') });
		const promoted = await impersonate(e.secretary.id);
		const audit = await auditCounts(world.su, e.record.id);
		const out = await send(promoted, e.record.id, { type: 'APPROVE', comment: 'Tự duyệt' });
		expect(out.status).toBe(403);
		expect(out.body.message).toBe('Không được tự phê duyệt hồ sơ do mình gửi');
		expect(await auditCounts(world.su, e.record.id)).toEqual(audit);
		// Their colleague in the same committee decides.
		const colleague = await send(await world.as(world.people.officerG2nd), e.record.id, { type: 'APPROVE', comment: 'Đồng ý' });
		expect(colleague.status).toBe(200);
		expect(colleague.body.step).toBe(1);
	});

	it('a superuser is not a party actor: 403 on events, and nothing is written', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const audit = await auditCounts(world.su, e.record.id);
		const out = await send(world.su, e.record.id, { type: 'APPROVE', comment: 'Đồng ý' });
		expect(out.status).toBe(403);
		expect(await auditCounts(world.su, e.record.id)).toEqual(audit);
	});

	it('GET events lists exactly what the matrix allows for the deciding committee and the cell', async () => {
		const e = await enrolmentAt(world, { state: 'selection', step: 0 });
		const asG = await events(await world.as(world.people.officerG), e.record.id);
		expect(asG.status).toBe(200);
		expect(asG.body.events.map((x: { type: string }) => x.type).sort()).toEqual(['APPROVE', 'REJECT', 'RETURN']);
		const asSec = await events(e.sec, e.record.id);
		expect(asSec.body.events.map((x: { type: string }) => x.type)).toEqual(['WITHDRAW']);
		const asD = await events(await world.as(world.people.officerD), e.record.id);
		expect(asD.body.events).toEqual([]);
		expect((await events(await world.as(world.people.officerSibling), e.record.id)).status).toBe(404);
		expect((await events(guest, e.record.id)).status).toBe(401);
		await driveTo(e, { state: 'selection', step: 1 });
		const asD1 = await events(await world.as(world.people.officerD), e.record.id);
		expect(asD1.body.events.map((x: { type: string }) => x.type).sort()).toEqual(['APPROVE', 'REJECT', 'RETURN']);
	});
});
