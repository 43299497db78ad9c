// The API rules, proven against the real server in the style of PocketBase's own API scenarios:
// each case names who asks, what they ask, the status they must get and what the answer holds.
// The demo data (scripts/lib/demo-data.mjs) provides the tree, the people and the records.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asGuest, asSuperuser, asUser, attempt } from './helpers/clients';
import { today } from '../../src/lib/domain/clock';
import { enrollmentOf, unit, user } from './helpers/demo';

type Who = 'guest' | 'superuser' | string;

interface Refs {
	bn: RecordModel; // Chi bộ khu Biểu Nghi (Quảng Ninh), in the pilot, review concluded
	vth: RecordModel; // Chi bộ tổ dân phố Vĩnh Thịnh (Hà Nam), under review
	blh: RecordModel; // Chi bộ khu Bình Lục Hạ (Quảng Ninh, another grassroots), in selection
	qh01: RecordModel; // a Quỳnh Phụ cell (Thái Bình)
	units: Record<string, RecordModel>;
	users: Record<string, RecordModel>;
	bnTransition: RecordModel;
	bnAssessment: RecordModel;
	qhAssessment: RecordModel | null;
	/** Biểu Nghi's plan and one of its meetings, each with a document uploaded by the test. */
	bnPlan: RecordModel;
	bnMeeting: RecordModel;
}

interface Scenario {
	name: string;
	as: Who;
	request: (pb: PocketBase, r: Refs) => Promise<unknown>;
	status: number;
	/** Checks on the body of a successful answer. */
	expect?: (body: any, r: Refs) => void;
}

const list = (collection: string, filter = '') => (pb: PocketBase) =>
	pb.collection(collection).getList(1, 500, filter ? { filter } : {});

const items = (body: any): RecordModel[] => body.items;
const empty = (body: any) => expect(items(body)).toHaveLength(0);
const pathsWithin = (code: string) => (body: any, r: Refs) => {
	expect(items(body).length).toBeGreaterThan(0);
	for (const it of items(body)) expect(it.path).toContain(`/${r.units[code]!.id}/`);
};
const enrollmentsWithin = (code: string) => (body: any, r: Refs) => {
	expect(items(body).length).toBeGreaterThan(0);
	for (const it of items(body)) expect(it.expand?.enrollment?.path ?? it.path).toContain(`/${r.units[code]!.id}/`);
};
const onlyEnrollment = (key: 'bn' | 'vth') => (body: any, r: Refs) => {
	expect(items(body).length).toBeGreaterThan(0);
	for (const it of items(body)) expect(it.enrollment ?? it.id).toBe(r[key].id);
};
const noteBody = (r: Refs, enrollment: RecordModel, inspector: string) => ({
	enrollment: enrollment.id,
	inspector: r.users[inspector]!.id,
	// Today: within the window of years of the demo enrollment's programme, whatever the date.
	visitedOn: `${today()} 00:00:00.000Z`,
	strengths: 'Sinh hoạt đúng quy trình',
	findings: { '1': 'Hoàn thành tốt nhiệm vụ chính trị' }
});

/**
 * GET a stored file straight from PocketBase (the file fields are protected): with the asker's own
 * file token when signed in. A refusal is thrown as PocketBase's error so `attempt` reports its status.
 */
const getFile = (key: 'bnPlan' | 'bnMeeting', field: string) => async (pb: PocketBase, r: Refs) => {
	const record = r[key];
	const token = pb.authStore.isValid ? await pb.files.getToken() : '';
	const res = await fetch(pb.files.getURL(record, record[field], token ? { token } : {}));
	const body = await res.text();
	if (!res.ok) throw new ClientResponseError({ url: res.url, status: res.status, response: { body } });
	return { type: res.headers.get('content-type'), body };
};
const isPdf = (b: any) => { expect(b.type).toBe('application/pdf'); expect(b.body.startsWith('%PDF')).toBe(true); };

const GUEST_COLLECTIONS = ['units', 'users', 'programmes', 'criteria', 'members', 'enrollments', 'approvals', 'transitions', 'plans', 'plan_tasks', 'meetings', 'self_assessments', 'review_notes'];

const scenarios: Scenario[] = [
	// ── A guest reads nothing and may do nothing.
	...GUEST_COLLECTIONS.map((c): Scenario => ({ name: `guest lists ${c}: nothing`, as: 'guest', request: list(c), status: 200, expect: empty })),
	{ name: 'guest views an enrollment: 404', as: 'guest', request: (pb, r) => pb.collection('enrollments').getOne(r.bn.id), status: 404 },
	{ name: 'guest asks for lifecycle events: 401', as: 'guest', request: (pb, r) => pb.send(`/api/enrollments/${r.bn.id}/events`, {}), status: 401 },
	{ name: 'guest sends a lifecycle event: 401', as: 'guest', request: (pb, r) => pb.send(`/api/enrollments/${r.bn.id}/events`, { method: 'POST', body: { type: 'WITHDRAW' } }), status: 401 },
	{ name: 'guest creates an enrollment: refused', as: 'guest', request: (pb, r) => pb.collection('enrollments').create({ cell: r.bn.cell, programme: r.bn.programme }), status: 400 },
	{ name: 'guest registers an account: refused', as: 'guest', request: (pb) => pb.collection('users').create({ email: 'x@x.vn', password: '12345678', passwordConfirm: '12345678', name: 'X', role: 'officer' }), status: 403 },

	// ── A secretary sees their own cell only.
	{ name: 'secretary lists enrollments: own cell only', as: 'bithu.bieunghi@kieumau.vn', request: list('enrollments'), status: 200, expect: onlyEnrollment('bn') },
	{ name: 'secretary views another cell’s enrollment: 404', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.blh.id), status: 404 },
	{ name: 'secretary views a cell of another province: 404', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.qh01.id), status: 404 },
	{ name: 'secretary lists self-assessments: own only', as: 'bithu.bieunghi@kieumau.vn', request: list('self_assessments'), status: 200, expect: onlyEnrollment('bn') },
	{ name: 'secretary reads another cell’s self-assessment: 404', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('self_assessments').getOne(r.qhAssessment!.id), status: 404 },
	{ name: 'secretary lists the audit trail: own only', as: 'bithu.bieunghi@kieumau.vn', request: list('transitions'), status: 200, expect: onlyEnrollment('bn') },
	{ name: 'secretary lists review notes: own only', as: 'bithu.bieunghi@kieumau.vn', request: list('review_notes'), status: 200, expect: onlyEnrollment('bn') },
	{ name: 'secretary lists meetings: own only', as: 'bithu.bieunghi@kieumau.vn', request: list('meetings'), status: 200, expect: onlyEnrollment('bn') },
	{
		name: 'secretary lists members: own cell only', as: 'bithu.bieunghi@kieumau.vn', request: list('members'), status: 200,
		expect: (b, r) => { expect(items(b).length).toBeGreaterThan(0); for (const m of items(b)) expect(m.cell).toBe(r.bn.cell); }
	},
	{
		name: 'secretary lists users: only themself', as: 'bithu.bieunghi@kieumau.vn', request: list('users'), status: 200,
		expect: (b, r) => { expect(items(b).map((u) => u.id)).toEqual([r.users['bithu.bieunghi@kieumau.vn']!.id]); }
	},
	{
		name: 'secretary lists units: own cell and its ancestors only', as: 'bithu.bieunghi@kieumau.vn', request: list('units'), status: 200,
		expect: (b, r) => {
			const ids = items(b).map((u) => u.id).sort();
			const expected = ['QN', 'QN-QY', 'QN-QY-DM', 'QN-QY-DM-BN'].map((c) => r.units[c]!.id).sort();
			expect(ids).toEqual(expected);
		}
	},
	{
		name: 'secretary lists programmes: only their province’s', as: 'bithu.bieunghi@kieumau.vn', request: list('programmes'), status: 200,
		expect: (b, r) => { expect(items(b).length).toBeGreaterThan(0); for (const p of items(b)) expect(p.owner).toBe(r.units['QN']!.id); }
	},
	{ name: 'secretary writes state directly: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { state: 'recognized' }), status: 403 },
	{ name: 'secretary writes the score directly: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { score: 100, rating: 'excellent' }), status: 403 },
	{ name: 'secretary edits registration after the draft: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { goals: 'Sửa mục tiêu' }), status: 403 },
	{ name: 'secretary edits another cell’s enrollment: 404', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.blh.id, { goals: 'x' }), status: 404 },
	{ name: 'secretary files a meeting for another cell: refused', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('meetings').create({ enrollment: r.vth.id, date: '2026-11-05 00:00:00.000Z', kind: 'regular', topic: 'x', present: 5, total: 6 }), status: 400 },
	{ name: 'secretary self-assesses for another cell: refused', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('self_assessments').create({ enrollment: r.vth.id, month: '2026-11', scores: {} }), status: 400 },
	{ name: 'secretary writes an approval: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('approvals').create({ enrollment: r.bn.id, gate: 'selection', unit: r.bn.cell, decision: 'approve', actor: r.users['bithu.bieunghi@kieumau.vn']!.id }), status: 403 },
	{ name: 'secretary deletes an audit row: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('transitions').delete(r.bnTransition.id), status: 403 },
	{ name: 'secretary edits an audit row: 403', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('transitions').update(r.bnTransition.id, { comment: 'sửa' }), status: 403 },
	{ name: 'secretary promotes themself to officer: refused', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('users').update(r.users['bithu.bieunghi@kieumau.vn']!.id, { role: 'officer' }), status: 404 },
	{ name: 'secretary moves themself to another unit: refused', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('users').update(r.users['bithu.bieunghi@kieumau.vn']!.id, { unit: r.units['QN']!.id }), status: 404 },
	{ name: 'secretary files a review note: refused', as: 'bithu.bieunghi@kieumau.vn', request: (pb, r) => pb.collection('review_notes').create(noteBody(r, r.bn, 'bithu.bieunghi@kieumau.vn')), status: 400 },

	// ── Grassroots officer: their own subtree only.
	{ name: 'grassroots officer lists enrollments: own subtree', as: 'danguy.dongmai@kieumau.vn', request: list('enrollments'), status: 200, expect: pathsWithin('QN-QY-DM') },
	{ name: 'grassroots officer views a sibling committee’s cell: 404', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.blh.id), status: 404 },
	{ name: 'grassroots officer lists self-assessments: own subtree', as: 'danguy.dongmai@kieumau.vn', request: (pb) => pb.collection('self_assessments').getList(1, 500, { expand: 'enrollment' }), status: 200, expect: enrollmentsWithin('QN-QY-DM') },
	{
		name: 'grassroots officer lists units: subtree plus ancestors', as: 'danguy.dongmai@kieumau.vn', request: list('units'), status: 200,
		expect: (b, r) => {
			const ancestors = new Set(['QN', 'QN-QY'].map((c) => r.units[c]!.id));
			for (const u of items(b)) expect(ancestors.has(u.id) || u.path.includes(`/${r.units['QN-QY-DM']!.id}/`)).toBe(true);
			expect(items(b).some((u) => u.id === r.units['QN-DT-HP-BLH']!.id)).toBe(false);
		}
	},
	{
		name: 'grassroots officer lists users: own subtree only', as: 'danguy.dongmai@kieumau.vn', request: (pb) => pb.collection('users').getList(1, 500, { expand: 'unit' }), status: 200,
		expect: (b, r) => { expect(items(b).length).toBeGreaterThan(1); for (const u of items(b)) expect(u.expand!.unit.path).toContain(`/${r.units['QN-QY-DM']!.id}/`); }
	},
	{ name: 'grassroots officer assigns an inspector in their subtree', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { inspectors: [r.users['kiemtra.dongmai@kieumau.vn']!.id] }), status: 200 },
	{ name: 'grassroots officer names an inspector of another province: refused', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { inspectors: [r.users['kiemtra.vinhtru@kieumau.vn']!.id] }), status: 400,
		expect: (b) => expect(b.data.inspectors.message).toContain('cấp ủy quản lý chi bộ này') },
	{ name: 'grassroots officer names a cell secretary as member in charge: refused', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { supervisor: r.users['bithu.bieunghi@kieumau.vn']!.id }), status: 400 },
	{ name: 'grassroots officer writes state directly: 403', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { state: 'recognized' }), status: 403 },
	{ name: 'grassroots officer edits the cell’s registration: 403', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.bn.id, { goals: 'x' }), status: 403 },
	{ name: 'grassroots officer assigns in a sibling subtree: 404', as: 'danguy.dongmai@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.blh.id, { inspectors: [] }), status: 404 },
	{ name: 'grassroots officer deletes an approval: 403', as: 'danguy.dongmai@kieumau.vn', request: async (pb, r) => {
		const a = await pb.collection('approvals').getFirstListItem(pb.filter('enrollment = {:e}', { e: r.bn.id }));
		return pb.collection('approvals').delete(a.id);
	}, status: 403 },

	// ── Higher committees: their own province or district, nothing of another.
	{ name: 'province officer lists enrollments: own province only', as: 'tinhuy.quangninh@kieumau.vn', request: list('enrollments'), status: 200, expect: pathsWithin('QN') },
	{ name: 'province officer views another province’s cell: 404', as: 'tinhuy.quangninh@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.qh01.id), status: 404 },
	{ name: 'province officer lists transitions: own province only', as: 'tinhuy.quangninh@kieumau.vn', request: (pb) => pb.collection('transitions').getList(1, 500, { expand: 'enrollment' }), status: 200, expect: enrollmentsWithin('QN') },
	{ name: 'district officer lists enrollments: own district only', as: 'huyenuy.quynhphu@kieumau.vn', request: list('enrollments'), status: 200, expect: pathsWithin('TB-QP') },
	{ name: 'district officer views a cell of another district: 404', as: 'huyenuy.quynhphu@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.bn.id), status: 404 },
	{ name: 'district officer lists review notes: none outside', as: 'huyenuy.quynhphu@kieumau.vn', request: (pb) => pb.collection('review_notes').getList(1, 500, { expand: 'enrollment' }), status: 200,
		expect: (b, r) => { for (const n of items(b)) expect(n.expand!.enrollment.path).toContain(`/${r.units['TB-QP']!.id}/`); } },
	{ name: 'other district’s officer lists Quỳnh Phụ enrollments: nothing', as: 'huyenuy.thaithuy@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getList(1, 500, { filter: `path ~ "/${r.units['TB-QP']!.id}/"` }), status: 200, expect: empty },

	// ── Inspectors: only the cells assigned to them; notes only while under review.
	{ name: 'inspector lists enrollments: assigned ones only', as: 'kiemtra.vinhtru@kieumau.vn', request: list('enrollments'), status: 200, expect: onlyEnrollment('vth') },
	{ name: 'inspector views an unassigned cell: 404', as: 'kiemtra.vinhtru@kieumau.vn', request: (pb, r) => pb.collection('enrollments').getOne(r.bn.id), status: 404 },
	{ name: 'inspector files a note for an assigned cell under review', as: 'kiemtra.vinhtru@kieumau.vn', request: (pb, r) => pb.collection('review_notes').create(noteBody(r, r.vth, 'kiemtra.vinhtru@kieumau.vn')), status: 200 },
	{ name: 'inspector files a note for an unassigned cell: refused', as: 'kiemtra.vinhtru@kieumau.vn', request: (pb, r) => pb.collection('review_notes').create(noteBody(r, r.bn, 'kiemtra.vinhtru@kieumau.vn')), status: 400 },
	{ name: 'inspector files a note for a cell not under review: refused', as: 'kiemtra.dongmai@kieumau.vn', request: (pb, r) => pb.collection('review_notes').create(noteBody(r, r.bn, 'kiemtra.dongmai@kieumau.vn')), status: 400 },
	{ name: 'inspector files a note in someone else’s name: refused', as: 'kiemtra.vinhtru@kieumau.vn', request: (pb, r) => pb.collection('review_notes').create(noteBody(r, r.vth, 'kiemtra.dongmai@kieumau.vn')), status: 400 },
	{ name: 'inspector self-assesses for a cell: refused', as: 'kiemtra.vinhtru@kieumau.vn', request: (pb, r) => pb.collection('self_assessments').create({ enrollment: r.vth.id, month: '2026-11', scores: {} }), status: 400 },

	// ── A viewer reads their subtree and writes nothing.
	{ name: 'viewer lists enrollments: own province only', as: 'theodoi.thaibinh@kieumau.vn', request: list('enrollments'), status: 200, expect: pathsWithin('TB') },
	{ name: 'viewer assigns an inspector: 404', as: 'theodoi.thaibinh@kieumau.vn', request: (pb, r) => pb.collection('enrollments').update(r.qh01.id, { inspectors: [] }), status: 404 },

	// ── Uploaded files: only with the file token of someone who may view the record.
	{ name: 'guest fetches a resolution document: refused', as: 'guest', request: getFile('bnPlan', 'resolutionDoc'), status: 404 },
	{ name: 'guest fetches meeting minutes: refused', as: 'guest', request: getFile('bnMeeting', 'minutes'), status: 404 },
	{ name: 'secretary fetches their cell’s resolution with their file token', as: 'bithu.bieunghi@kieumau.vn', request: getFile('bnPlan', 'resolutionDoc'), status: 200, expect: isPdf },
	{ name: 'secretary fetches their cell’s minutes with their file token', as: 'bithu.bieunghi@kieumau.vn', request: getFile('bnMeeting', 'minutes'), status: 200, expect: isPdf },
	{ name: 'grassroots officer fetches a resolution of their subtree', as: 'danguy.dongmai@kieumau.vn', request: getFile('bnPlan', 'resolutionDoc'), status: 200, expect: isPdf },
	{ name: 'another province’s officer fetches the resolution with their file token: refused', as: 'tinhuy.thaibinh@kieumau.vn', request: getFile('bnPlan', 'resolutionDoc'), status: 404 },
	{ name: 'another province’s officer fetches the minutes with their file token: refused', as: 'tinhuy.thaibinh@kieumau.vn', request: getFile('bnMeeting', 'minutes'), status: 404 },
	{ name: 'a sibling committee’s officer fetches the resolution: refused', as: 'danguy.hongphong@kieumau.vn', request: getFile('bnPlan', 'resolutionDoc'), status: 404 },
	{ name: 'an unassigned inspector fetches the minutes: refused', as: 'kiemtra.vinhtru@kieumau.vn', request: getFile('bnMeeting', 'minutes'), status: 404 },

	// ── Superusers alone may correct the audit trail.
	{ name: 'superuser edits an audit row', as: 'superuser', request: (pb, r) => pb.collection('transitions').update(r.bnTransition.id, { comment: r.bnTransition.comment }), status: 200 }
];

describe('API rules', () => {
	let refs: Refs;
	const clients = new Map<Who, PocketBase>();

	beforeAll(async () => {
		const su = await asSuperuser();
		const codes = ['QN', 'QN-QY', 'QN-QY-DM', 'QN-QY-DM-BN', 'QN-DT-HP-BLH', 'TB', 'TB-QP', 'HN'];
		const emails = ['bithu.bieunghi@kieumau.vn', 'kiemtra.dongmai@kieumau.vn', 'kiemtra.vinhtru@kieumau.vn'];
		const [bn, vth, blh, qh01] = await Promise.all(['QN-QY-DM-BN', 'HN-LN-VT-VTH', 'QN-DT-HP-BLH', 'TB-QP-QH-01'].map(enrollmentOf));
		const qhAssessments = await su.collection('self_assessments').getList(1, 1, { filter: su.filter('enrollment.path ~ {:p}', { p: `/${(await unit('TB-QP')).id}/` }) });
		const pdf = (name: string) => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });
		const bnPlan = await su.collection('plans').getFirstListItem(su.filter('enrollment = {:e}', { e: bn!.id }));
		const bnMeeting = await su.collection('meetings').getFirstListItem(su.filter('enrollment = {:e}', { e: bn!.id }));
		refs = {
			bnPlan: await su.collection('plans').update(bnPlan.id, { resolutionDoc: pdf('nghi-quyet.pdf') }),
			bnMeeting: await su.collection('meetings').update(bnMeeting.id, { minutes: pdf('bien-ban.pdf') }),
			bn: bn!, vth: vth!, blh: blh!, qh01: qh01!,
			units: Object.fromEntries(await Promise.all(codes.map(async (c) => [c, await unit(c)] as const))),
			users: Object.fromEntries(await Promise.all(emails.map(async (e) => [e, await user(e)] as const))),
			bnTransition: await su.collection('transitions').getFirstListItem(su.filter('enrollment = {:e}', { e: bn!.id })),
			bnAssessment: await su.collection('self_assessments').getFirstListItem(su.filter('enrollment = {:e}', { e: bn!.id })),
			qhAssessment: qhAssessments.items[0] ?? null
		};
		expect(refs.qhAssessment, 'the demo data has self-assessments in Quỳnh Phụ').not.toBeNull();
		expect(bn!.state).toBe('pilot');
		expect(vth!.state).toBe('review');
	});

	async function client(who: Who): Promise<PocketBase> {
		let pb = clients.get(who);
		if (!pb) {
			pb = who === 'guest' ? asGuest() : who === 'superuser' ? await asSuperuser() : await asUser(who);
			clients.set(who, pb);
		}
		return pb;
	}

	it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));

	for (const s of scenarios) {
		it(s.name, async () => {
			const outcome = await attempt(async () => s.request(await client(s.as), refs));
			expect(outcome.status, JSON.stringify(outcome.body)).toBe(s.status);
			if (s.expect) s.expect(outcome.body, refs);
		});
	}
});
