// Seeds the demo data of scripts/lib/demo-data.mjs into a running PocketBase.
//
// seedStructure(pb): the party tree, the demo accounts, the programmes with their criteria and
//   the cells' member lists, written as superuser (batch API), only what is missing.
// seedJourneys(pb, ctx): demo enrolments in varied lifecycle states, driven through the REAL
//   lifecycle API (POST /api/enrollments/{id}/events) and the records API as the demo users
//   themselves (superuser impersonation), so every rule and hook runs as in production.
//
// Both are idempotent: a second run finds everything and creates nothing.

import { randomBytes } from 'node:crypto';
import {
	ACCOUNTS,
	CRITERIA,
	DEMO_PASSWORD,
	MEMBERS,
	demoProgrammes,
	programmeCode,
	programmeConfig,
	UNITS,
	rng,
} from './demo-data.mjs';
import { daysBefore, demoCalendar, journeyMonths, monthKey, monthNumberOf } from './demo-calendar.mjs';
import { today as clockToday } from './clock.mjs';

const BATCH_MAX = 200; // settings.batch.maxRequests (migration 1764000014)

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A PocketBase-style record id: 15 chars of [a-z0-9]. */
function newId() {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = randomBytes(15);
	let id = '';
	for (const b of bytes) id += alphabet[b % alphabet.length];
	return id;
}

function chunk(list, size) {
	const out = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

/** Readable text of an SDK error, with the response body (field errors) when there is one. */
export function describeError(err) {
	if (err && typeof err === 'object' && 'response' in err) {
		const body = JSON.stringify(err.response ?? {});
		return `${err.status ?? '?'} ${err.url ?? ''} ${body}`;
	}
	return String(err?.stack || err);
}

/**
 * Runs a request, waiting and retrying while the server's rate limiter answers 429
 * (non-superuser creates are limited to 60 per 10 s per collection and client address).
 */
async function retry429(fn, what = '') {
	for (let attempt = 0; ; attempt++) {
		try {
			return await fn();
		} catch (err) {
			if (err?.status === 429 && attempt < 30) {
				await sleep(1000);
				continue;
			}
			const e = new Error(`${what ? what + ': ' : ''}${describeError(err)}`);
			e.cause = err;
			throw e;
		}
	}
}

/** All records of a collection whose `field` is one of `values` (chunked filters). */
async function findByValues(pb, collection, field, values, extra = {}) {
	const out = [];
	for (const part of chunk([...new Set(values)], 25)) {
		const filter = part.map((_, i) => `${field} = {:v${i}}`).join(' || ');
		const params = Object.fromEntries(part.map((v, i) => [`v${i}`, v]));
		out.push(...(await pb.collection(collection).getFullList({ batch: 500, ...extra, filter: pb.filter(filter, params) })));
	}
	return out;
}

/** Sends create requests with the batch API, BATCH_MAX at a time (one transaction each). */
async function batchCreate(pb, collection, bodies, what) {
	for (const part of chunk(bodies, BATCH_MAX)) {
		const batch = pb.createBatch();
		for (const body of part) batch.collection(collection).create(body);
		try {
			await batch.send();
		} catch (err) {
			throw new Error(`Tạo ${what} (batch ${collection}) thất bại: ${describeError(err)}`);
		}
	}
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool(items, limit, fn) {
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) {
			const i = next++;
			await fn(items[i], i);
		}
	});
	await Promise.all(workers);
}

// ─── Structure ──────────────────────────────────────────────────────────────────────────────

/**
 * Creates what is missing of the demo structure. `pb` is authenticated as superuser.
 * Returns { units: Map(code→record), users: Map(email→record), programmes: Map(code→record),
 *           created: { units, users, programmes, criteria, members } }.
 */
export async function seedStructure(pb, { log = () => {}, plan = demoPlan(clockToday()) } = {}) {
	const PROGRAMMES = plan.programmes;
	pb.autoCancellation(false);
	const created = { units: 0, users: 0, programmes: 0, criteria: 0, members: 0 };

	// Units: ids are chosen here so that parents and children go in the same batch; the units
	// hook computes path/depth from the parent inside the batch transaction.
	const unitCodes = UNITS.map((u) => u.code);
	let unitRecords = await findByValues(pb, 'units', 'code', unitCodes);
	const unitId = new Map(unitRecords.map((r) => [r.code, r.id]));
	const missingUnits = UNITS.filter((u) => !unitId.has(u.code));
	for (const u of missingUnits) unitId.set(u.code, newId());
	if (missingUnits.length) {
		await batchCreate(
			pb,
			'units',
			missingUnits.map((u) => ({
				id: unitId.get(u.code),
				code: u.code,
				name: u.name,
				kind: u.kind,
				parent: u.parent ? unitId.get(u.parent) : '',
				cellType: u.cellType ?? '',
				isGrassroots: u.isGrassroots === true,
				memberCount: u.memberCount ?? 0,
			})),
			'đơn vị'
		);
		created.units = missingUnits.length;
		unitRecords = await findByValues(pb, 'units', 'code', unitCodes);
	}
	const units = new Map(unitRecords.map((r) => [r.code, r]));
	log(`Đơn vị: ${units.size} (${created.units} mới)`);

	// Users: plain parallel creates (password hashing is slow; a big batch could hit its timeout).
	let userRecords = await findByValues(pb, 'users', 'email', ACCOUNTS.map((a) => a.email));
	const haveUser = new Set(userRecords.map((r) => r.email.toLowerCase()));
	const missingUsers = ACCOUNTS.filter((a) => !haveUser.has(a.email.toLowerCase()));
	await pool(missingUsers, 8, async (a) => {
		await retry429(
			() =>
				pb.collection('users').create({
					email: a.email,
					password: DEMO_PASSWORD,
					passwordConfirm: DEMO_PASSWORD,
					verified: true,
					emailVisibility: false,
					name: a.name,
					role: a.role,
					unit: units.get(a.unitCode).id,
				}),
			`Tạo tài khoản ${a.email}`
		);
	});
	if (missingUsers.length) {
		created.users = missingUsers.length;
		userRecords = await findByValues(pb, 'users', 'email', ACCOUNTS.map((a) => a.email));
	}
	const users = new Map(userRecords.map((r) => [r.email.toLowerCase(), r]));
	log(`Tài khoản: ${users.size} (${created.users} mới)`);

	// Programmes (matched on owner, year, name) and their criteria (matched on programme, code).
	const ownerIds = PROGRAMMES.map((p) => units.get(p.ownerCode).id);
	let programmeRecords = await findByValues(pb, 'programmes', 'owner', ownerIds);
	const findProgramme = (p, list) =>
		list.find((r) => r.owner === units.get(p.ownerCode).id && r.year === p.year && r.name === p.name);
	const programmeId = new Map();
	const toCreate = [];
	for (const p of PROGRAMMES) {
		const found = findProgramme(p, programmeRecords);
		if (found) programmeId.set(p.code, found.id);
		else {
			const id = newId();
			programmeId.set(p.code, id);
			toCreate.push({
				id,
				name: p.name,
				year: p.year,
				owner: units.get(p.ownerCode).id,
				description: p.description,
				status: p.status,
				config: { ...programmeConfig(), ...(p.deadlines && { deadlines: { ...programmeConfig().deadlines, ...p.deadlines } }) },
			});
		}
	}
	const existingCriteria = await findByValues(pb, 'criteria', 'programme', [...programmeId.values()].filter(
		(id) => !toCreate.some((p) => p.id === id)
	), { fields: 'id,programme,code' });
	const haveCriterion = new Set(existingCriteria.map((c) => `${c.programme}|${c.code}`));
	const criteriaBodies = [];
	for (const p of PROGRAMMES) {
		const pid = programmeId.get(p.code);
		for (const c of CRITERIA) {
			if (haveCriterion.has(`${pid}|${c.code}`)) continue;
			criteriaBodies.push({
				programme: pid,
				code: c.code,
				title: c.title,
				group: c.group,
				maxScore: c.maxScore,
				cellTypes: c.cellTypes,
				guidance: c.guidance,
				order: c.order,
			});
		}
	}
	if (toCreate.length) await batchCreate(pb, 'programmes', toCreate, 'chương trình');
	if (criteriaBodies.length) await batchCreate(pb, 'criteria', criteriaBodies, 'tiêu chí');
	created.programmes = toCreate.length;
	created.criteria = criteriaBodies.length;
	if (toCreate.length) programmeRecords = await findByValues(pb, 'programmes', 'owner', ownerIds);
	const programmes = new Map(PROGRAMMES.map((p) => [p.code, findProgramme(p, programmeRecords)]));
	log(`Chương trình: ${programmes.size} (${created.programmes} mới), tiêu chí: ${created.criteria} mới`);

	// Members of the journey cells (matched on cell, code).
	const memberCellIds = Object.keys(MEMBERS).map((code) => units.get(code).id);
	const existingMembers = await findByValues(pb, 'members', 'cell', memberCellIds, { fields: 'id,cell,code' });
	const haveMember = new Set(existingMembers.map((m) => `${m.cell}|${m.code}`));
	const memberBodies = [];
	for (const [cellCode, list] of Object.entries(MEMBERS)) {
		const cell = units.get(cellCode).id;
		for (const m of list) {
			if (haveMember.has(`${cell}|${m.code}`)) continue;
			memberBodies.push({ cell, code: m.code, name: m.name, position: m.position, birthYear: m.birthYear, active: m.active });
		}
	}
	if (memberBodies.length) await batchCreate(pb, 'members', memberBodies, 'đảng viên');
	created.members = memberBodies.length;
	log(`Đảng viên: ${existingMembers.length + memberBodies.length} (${created.members} mới)`);

	return { units, users, programmes, created };
}

// ─── The demo picture ───────────────────────────────────────────────────────────────────────

// One row per enrolment; `to` is where it stops:
//   draft                   registered, not sent
//   selection               sent; `approvals` committees of the selection chain have approved
//   returned | rejected     sent, `approvals` approvals, then returned to draft / rejected
//   planning | plan_review  selected; plan filed (and sent, for plan_review)
//   pilot                   plan approved; meetings and up to `months` self-assessments, up to the
//                           last month whose deadline has passed (`late`: not yet last month's)
//   review                  pilot + inspector assigned + mid-term review opened
//   reviewed                review + inspector's note + review concluded (back in pilot)
// The year-end steps, after `reviewed` (from November in this year's programme, before that in
// last year's: see demo-calendar.mjs):
//   evaluation              the committee started the evaluation; the cell has not sent it yet
//   classification          the cell sent its evaluation; the committee has not classified it
//   recognition             classified `rating` (score `score`); `approvals` recognitions given
//   recognized              through the whole recognition chain, decision `decision`
//   not_recognized          classified below the programme's recognition level
// Within one committee an excellent rating comes first: the ≤ 20 % cap counts the ratings given.
// `quality` ≈ the self-assessment total / 100. Quota: at most 3 pilot cells per type per district.
const JOURNEY_ROWS = [
	// Thái Bình — Huyện ủy Quỳnh Phụ: all 17 cells.
	// Đồng Hới is late with last month's too: its secretary always has a month to file.
	{ province: 'TB', cell: 'TB-QP-QH-01', to: 'pilot', months: 10, quality: 0.9, late: true },
	{ province: 'TB', cell: 'TB-QP-AV-01', to: 'pilot', months: 9, quality: 0.86 },
	{ province: 'TB', cell: 'TB-QP-QC-01', to: 'pilot', months: 8, quality: 0.82 },
	{ province: 'TB', cell: 'TB-QP-QH-03', to: 'pilot', months: 7, quality: 0.8 },
	{ province: 'TB', cell: 'TB-QP-QH-04', to: 'pilot', months: 10, quality: 0.88 },
	{ province: 'TB', cell: 'TB-QP-YT', to: 'pilot', months: 8, quality: 0.84 },
	{ province: 'TB', cell: 'TB-QP-QS', to: 'reviewed', months: 9, quality: 0.91, inspector: 'kiemtra.quynhphu@kieumau.vn' },
	{ province: 'TB', cell: 'TB-QP-QC-03', to: 'pilot', months: 6, quality: 0.76 },
	{ province: 'TB', cell: 'TB-QP-QH-02', to: 'selection', approvals: 0 },
	{ province: 'TB', cell: 'TB-QP-AV-02', to: 'selection', approvals: 0 },
	{ province: 'TB', cell: 'TB-QP-AV-03', to: 'selection', approvals: 1 },
	{ province: 'TB', cell: 'TB-QP-QH-05', to: 'selection', approvals: 1 },
	{ province: 'TB', cell: 'TB-QP-QC-02', to: 'draft' },
	{ province: 'TB', cell: 'TB-QP-AV-04', to: 'draft' },
	{ province: 'TB', cell: 'TB-QP-TH', to: 'draft' },
	{
		province: 'TB', cell: 'TB-QP-CK', to: 'returned', approvals: 0,
		comment: 'Đề nghị chi bộ bổ sung chỉ tiêu cụ thể về sản xuất, kinh doanh và kết nạp đảng viên là công nhân trực tiếp sản xuất; nêu rõ lộ trình thực hiện từng quý rồi gửi lại.',
	},
	{
		province: 'TB', cell: 'TB-QP-QC-04', to: 'rejected', approvals: 0,
		comment: (y) => `Năm ${y - 1} chi bộ chỉ xếp loại hoàn thành nhiệm vụ, còn đảng viên bị xử lý kỷ luật khiển trách. Đề nghị chi bộ tập trung củng cố, khắc phục hạn chế và đăng ký lại vào năm sau.`,
	},
	// Thái Bình — Huyện ủy Thái Thụy: the year-end evaluation under way.
	...[
		{ cell: 'TB-TT-DD-01', to: 'recognized', months: 10, quality: 0.93, rating: 'excellent', score: 93, decisionNo: '118-QĐ/TU' },
		{ cell: 'TB-TT-DD-02', to: 'not_recognized', months: 10, quality: 0.85, rating: 'good', score: 85 },
		{ cell: 'TB-TT-DD-03', to: 'evaluation', months: 9, quality: 0.82 },
		{ cell: 'TB-TT-TX-01', to: 'recognition', months: 10, quality: 0.92, rating: 'excellent', score: 92, approvals: 1 },
		{ cell: 'TB-TT-TX-02', to: 'not_recognized', months: 10, quality: 0.8, rating: 'good', score: 81 },
		{ cell: 'TB-TT-TX-03', to: 'classification', months: 10, quality: 0.84 },
		{ cell: 'TB-TT-QS', to: 'recognized', months: 10, quality: 0.94, rating: 'excellent', score: 94, decisionNo: '119-QĐ/TU' },
	].map((j) => ({ province: 'TB', inspector: 'kiemtra.thaithuy@kieumau.vn', ...j })),
	// Quảng Ninh — Chi bộ 4 tốt. Biểu Nghi has not filed last month's yet (a reminder, or an
	// overdue notice, waits for its secretary on every day). Đồn Sơn has its six months and more
	// on every day, so its year-end evaluation can start (last year's, early in the year).
	{ province: 'QN', cell: 'QN-QY-DM-BN', to: 'reviewed', months: 10, quality: 0.89, late: true, inspector: 'kiemtra.dongmai@kieumau.vn' },
	{ province: 'QN', cell: 'QN-QY-DM-DS', to: 'reviewed', months: 10, quality: 0.9, ready: true, inspector: 'kiemtra.dongmai@kieumau.vn' },
	{ province: 'QN', cell: 'QN-DT-HP-BLH', to: 'selection', approvals: 0 },
	{ province: 'QN', cell: 'QN-HT-01', to: 'pilot', months: 7, quality: 0.83 },
	// Hà Nam — under review, an inspector can file a note in the demo.
	{ province: 'HN', cell: 'HN-LN-VT-VTH', to: 'review', months: 9, quality: 0.87, inspector: 'kiemtra.vinhtru@kieumau.vn' },
];

const PILOT_STEPS = ['pilot', 'review', 'reviewed'];
const YEAR_END = ['evaluation', 'classification', 'recognition', 'recognized', 'not_recognized'];
const SIGNER = 'Nguyễn Quang Hưng';

/**
 * The demo on `today`: the programmes to create and every journey with its programme, year and
 * months (see demo-calendar.mjs). The same date always gives the same picture.
 */
export function demoPlan(today) {
	const cal = demoCalendar(today);
	const journeys = [];
	for (const row of JOURNEY_ROWS) {
		const kind = PILOT_STEPS.includes(row.to) ? 'pilot' : YEAR_END.includes(row.to) ? 'yearEnd' : null;
		const span = kind ? journeyMonths(cal, { kind, months: row.months, late: row.late, ready: row.ready }) : { year: cal.year };
		const j = { ...row, ...span, comment: typeof row.comment === 'function' ? row.comment(span.year) : row.comment };
		if (row.decisionNo) j.decision = { number: row.decisionNo, date: decisionDate(cal, span.year), signer: SIGNER };
		journeys.push(j);
		// From November this year's evaluation runs, and last year's is over: the same cells'
		// finished journeys there (an excellent cell recognized, the others rated good).
		if (kind === 'yearEnd' && cal.yearEnd === cal.year) {
			const finished = journeyMonths(cal, { kind: 'finished', months: 12 });
			const excellent = row.rating === 'excellent' || row.to === 'recognition';
			const number = `${row.decisionNo ? Number.parseInt(row.decisionNo, 10) - 70 : 50}-QĐ/TU`;
			journeys.push({
				...row,
				...finished,
				to: excellent ? 'recognized' : 'not_recognized',
				rating: excellent ? 'excellent' : 'good',
				score: excellent ? 91 : 84,
				decision: excellent ? { number, date: decisionDate(cal, finished.year), signer: SIGNER } : undefined,
			});
		}
	}
	for (const j of journeys) j.programme = programmeCode(j.province, j.year);
	const previous = [...new Set(journeys.filter((j) => j.year === cal.previous).map((j) => j.province))];
	return { cal, journeys, programmes: demoProgrammes(cal.year, previous) };
}

/** A recognition decision of `year`: three days ago this year, mid-December for a past year. */
function decisionDate(cal, year) {
	return year === cal.year ? daysBefore(cal.today, 3) : `${year}-12-18`;
}

// ─── Journeys ───────────────────────────────────────────────────────────────────────────────

/**
 * Sends one lifecycle event as `client` and returns the updated enrollment.
 * The contract (pb_hooks/lifecycle.pb.js): POST /api/enrollments/{id}/events with
 * { type, comment?, expectedState?, score?, rating?, decision? } → 200 with the enrollment.
 * Any other answer throws, with the response body.
 */
export async function act(client, enrollmentId, type, extra = {}) {
	return retry429(
		() => client.send(`/api/enrollments/${enrollmentId}/events`, { method: 'POST', body: { type, ...extra } }),
		`Sự kiện ${type} trên hồ sơ ${enrollmentId} (bởi ${client.authStore.record?.email ?? '?'})`
	);
}

/**
 * Demo enrolments in varied lifecycle states, driven through the lifecycle API and the records
 * API as the demo users themselves. `ctx` is what seedStructure returned. Skips every cell that
 * already has an enrolment in that programme (or that year).
 */
export async function seedJourneys(pb, ctx, { log = () => {}, plan = demoPlan(clockToday()) } = {}) {
	const JOURNEYS = plan.journeys;
	pb.autoCancellation(false);
	const created = { enrollments: 0, skipped: 0, events: 0, plans: 0, tasks: 0, meetings: 0, selfAssessments: 0, reviewNotes: 0 };
	const { units, users, programmes } = ctx;
	const unitsById = new Map([...units.values()].map((u) => [u.id, u]));
	const need = (map, key, what) => {
		const v = map.get(key);
		if (!v) throw new Error(`Thiếu ${what} ${key} (chạy seedStructure trước)`);
		return v;
	};

	// Officers by committee: whoever sits in the committee the enrolment is awaiting decides.
	const officerOf = new Map();
	for (const a of ACCOUNTS) {
		if (a.role !== 'officer') continue;
		const u = need(users, a.email, 'tài khoản');
		if (!officerOf.has(u.unit)) officerOf.set(u.unit, u);
	}
	const secretaryOf = new Map();
	for (const a of ACCOUNTS) if (a.role === 'secretary') secretaryOf.set(a.unitCode, need(users, a.email, 'tài khoản'));

	// One impersonated client per demo user (superuser impersonation: no password, no auth rate
	// limit), each from its own address as real people are, so per-person rate limits apply per person.
	const clients = new Map();
	async function clientFor(user) {
		if (!clients.has(user.id)) {
			const c = await retry429(() => pb.collection('users').impersonate(user.id, 3600), `Mạo danh ${user.email}`);
			c.autoCancellation(false);
			const address = `2001:db8:5eed::${(clients.size + 1).toString(16)}`;
			c.beforeSend = (url, options) => {
				options.headers = { ...(options.headers ?? {}), 'X-Forwarded-For': address };
				return { url, options };
			};
			clients.set(user.id, c);
		}
		return clients.get(user.id);
	}
	function deciderFor(enrollment) {
		const officer = officerOf.get(enrollment.awaiting);
		if (!officer) {
			const unit = unitsById.get(enrollment.awaiting);
			throw new Error(`Không có tài khoản cán bộ của ${unit?.name ?? enrollment.awaiting} để quyết định hồ sơ ${enrollment.id} (${enrollment.state})`);
		}
		return officer;
	}

	// What already exists: one enrolment per (cell, programme) and per (cell, year).
	const journeyCells = JOURNEYS.map((j) => need(units, j.cell, 'đơn vị').id);
	const existing = await findByValues(pb, 'enrollments', 'cell', journeyCells, { fields: 'id,cell,programme,year,state' });

	// Criteria and members, once per programme / cell.
	const programmeIds = [...new Set(JOURNEYS.map((j) => need(programmes, j.programme, 'chương trình').id))];
	const allCriteria = await findByValues(pb, 'criteria', 'programme', programmeIds);
	const allMembers = await findByValues(pb, 'members', 'cell', journeyCells, { sort: 'code' });

	for (const j of JOURNEYS) {
		const cell = need(units, j.cell, 'đơn vị');
		const programme = need(programmes, j.programme, 'chương trình');
		if (existing.some((e) => e.cell === cell.id && (e.programme === programme.id || e.year === programme.year))) {
			created.skipped++;
			continue;
		}
		const secretary = secretaryOf.get(j.cell);
		if (!secretary) throw new Error(`Chi bộ ${j.cell} chưa có tài khoản bí thư`);
		const sec = await clientFor(secretary);
		const members = allMembers.filter((m) => m.cell === cell.id);
		const criteria = allCriteria
			.filter((c) => c.programme === programme.id && (!c.cellTypes?.length || c.cellTypes.includes(cell.cellType)))
			.sort((a, b) => a.order - b.order);
		const rand = rng(`journey:${j.programme}:${j.cell}`);
		const texts = cellTexts(cell, j.year, rand);

		let e = await retry429(
			() =>
				sec.collection('enrollments').create({
					cell: cell.id,
					programme: programme.id,
					goals: texts.goals,
					commitments: texts.commitments,
					contactName: secretary.name,
					contactPhone: texts.phone,
					emphasis: texts.emphasis,
				}),
			`Đăng ký ${j.cell}`
		);
		created.enrollments++;
		const step = async (client, type, extra = {}) => {
			e = await act(client, e.id, type, { expectedState: e.state, ...extra });
			created.events++;
			return e;
		};
		const committee = async (type, extra) => step(await clientFor(deciderFor(e)), type, extra);

		if (j.to !== 'draft') {
			await step(sec, 'SUBMIT');
			if (['selection', 'returned', 'rejected'].includes(j.to)) {
				for (let i = 0; i < (j.approvals ?? 0); i++) await committee('APPROVE');
				if (j.to === 'returned') await committee('RETURN', { comment: j.comment });
				if (j.to === 'rejected') await committee('REJECT', { comment: j.comment });
			} else {
				// Through the whole selection chain (grassroots, then district within its quota).
				for (let guard = 0; e.state === 'selection'; guard++) {
					if (guard > 5) throw new Error(`Hồ sơ ${j.cell} không ra khỏi bước lựa chọn`);
					await committee('APPROVE', { comment: 'Đồng ý lựa chọn chi bộ tham gia thí điểm.' });
				}
				// The pilot's months (demo-calendar.mjs): a selected cell still planning starts next month.
				const span = j.first === undefined ? { year: j.year, first: plan.cal.current + 1, last: plan.cal.current } : j;
				const filed = await fileplan(sec, e, cell, secretary, members, texts, span, rand);
				created.plans++;
				created.tasks += filed.tasks;
				if (j.to !== 'planning') {
					await step(sec, 'SUBMIT');
					if (j.to !== 'plan_review') {
						for (let guard = 0; e.state === 'plan_review'; guard++) {
							if (guard > 5) throw new Error(`Kế hoạch của ${j.cell} không được duyệt xong`);
							await committee('APPROVE', { comment: 'Kế hoạch phù hợp, đồng ý cho chi bộ triển khai thí điểm.' });
						}
						// Meetings and self-assessments go in parallel: the server's create rate limit
						// is counted per collection, so neither waits for the other.
						const planned = planMeetings(e, cell, members, texts, span, rand);
						const [meetings, assessed] = await Promise.all([
							createAll(sec, 'meetings', planned, `Buổi sinh hoạt của ${cell.code}`),
							selfAssess(sec, e, criteria, planned, span, j.quality ?? 0.8, rand),
						]);
						created.meetings += meetings.length;
						created.selfAssessments += assessed;
						if (j.to !== 'pilot') {
							// The committee assigns an inspector, and its own officer as the member in charge.
							const officer = deciderFor(e);
							const inspector = need(users, j.inspector, 'tài khoản kiểm tra');
							await retry429(
								async () =>
									(await clientFor(officer)).collection('enrollments').update(e.id, { inspectors: [inspector.id], supervisor: officer.id }),
								`Phân công kiểm tra ${j.cell}`
							);
							await committee('OPEN_REVIEW', { comment: 'Tổ chức sơ kết, đánh giá bước đầu việc thực hiện thí điểm.' });
							if (j.to !== 'review') {
								await fileReviewNote(await clientFor(inspector), e, inspector, cell, meetings, j);
								created.reviewNotes++;
								await committee('CONCLUDE_REVIEW', {
									comment: 'Kết luận sơ kết: chi bộ thực hiện nghiêm túc kế hoạch; tiếp tục thí điểm, khắc phục các hạn chế đã nêu.',
								});
							}
							if (YEAR_END.includes(j.to)) await yearEnd(j, sec, committee, step);
						}
					}
				}
			}
		}
		log(`${cell.name} (${j.programme}): ${e.state}${e.reviewConcluded ? ', đã sơ kết' : ''}`);
	}

	// Last year's programme is closed once every journey in it has ended.
	const FINAL = ['recognized', 'not_recognized', 'rejected', 'withdrawn'];
	for (const p of plan.programmes) {
		if (p.year !== plan.cal.previous) continue;
		const inIt = JOURNEYS.filter((j) => j.programme === p.code);
		const record = need(programmes, p.code, 'chương trình');
		if (record.status === 'active' && inIt.every((j) => FINAL.includes(j.to))) {
			await pb.collection('programmes').update(record.id, { status: 'closed' });
		}
	}

	// Today's reminders, as the daily job (pb_hooks/reminders.pb.js) would send them, so the demo
	// starts with notifications (Biểu Nghi's self-assessment of last month: due soon, or overdue).
	await retry429(() => pb.send('/api/reminders/run', { method: 'POST', body: {} }), 'Chạy nhắc hạn');

	// The picture as it stands (new and skipped alike).
	const now = await findByValues(pb, 'enrollments', 'cell', journeyCells, { fields: 'id,state,reviewConcluded' });
	const states = {};
	for (const r of now) states[r.state] = (states[r.state] ?? 0) + 1;
	return { created, states };
}

/** From the concluded review to where the journey stops, as the committees and the cell act. */
async function yearEnd(j, sec, committee, step) {
	await committee('START_EVALUATION', { comment: `Tổ chức đánh giá, xếp loại chi bộ cuối năm ${j.year}.` });
	if (j.to === 'evaluation') return;
	await step(sec, 'SUBMIT', { comment: 'Chi bộ gửi báo cáo tự đánh giá cả năm và kết quả tự chấm điểm các tháng.' });
	if (j.to === 'classification') return;
	const excellent = j.rating === 'excellent';
	let e = await committee('CLASSIFY', {
		score: j.score,
		rating: j.rating,
		comment: excellent
			? 'Chi bộ hoàn thành xuất sắc các chỉ tiêu; sinh hoạt nền nếp, có cách làm hay được nhân rộng. Đề nghị công nhận chi bộ kiểu mẫu.'
			: 'Chi bộ hoàn thành tốt nhiệm vụ nhưng chưa đạt mức xuất sắc theo tiêu chí kiểu mẫu; tiếp tục phấn đấu năm sau.',
	});
	const approvals = j.to === 'recognized' ? Infinity : (j.approvals ?? 0);
	for (let given = 0; e.state === 'recognition' && given < approvals; given++) {
		try {
			e = await committee('APPROVE', { comment: 'Đồng ý đề nghị công nhận chi bộ kiểu mẫu.' });
		} catch (err) {
			// The last level gives the decision itself (number, date, signer): asked for with a 400.
			if (j.to !== 'recognized' || err?.cause?.status !== 400) throw err;
			e = await committee('APPROVE', { comment: `Công nhận chi bộ kiểu mẫu năm ${j.year}.`, decision: j.decision });
		}
	}
}

// ─── Journey content: what the cell writes ──────────────────────────────────────────────────

const pad = (n) => String(n).padStart(2, '0');
const pbDate = (y, m, d) => `${y}-${pad(m)}-${pad(d)} 00:00:00.000Z`;
const viDate = (y, m, d) => `${pad(d)}/${pad(m)}/${y}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pickOne = (rand, list) => list[Math.floor(rand() * list.length)];

const TYPE_TEXT = {
	residential: {
		goals: (n, y) =>
			`Xây dựng ${n} đạt chuẩn kiểu mẫu năm ${y}: 100% đảng viên hoàn thành nhiệm vụ trở lên; tỷ lệ đảng viên dự sinh hoạt trên 95%; 92% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; giữ vững an ninh trật tự, không có tệ nạn xã hội; kết nạp từ 1 đến 2 đảng viên mới.`,
		emphasis: ['1.R1', '2.1', '4.R1'],
		tasks: [
			'Vận động Nhân dân hiến đất, góp công mở rộng đường ngõ xóm',
			'Ra quân tổng vệ sinh môi trường, trồng cây xanh dọc các tuyến đường',
		],
		focus: [
			'chăm sóc lúa, phòng trừ sâu bệnh cho cây trồng',
			'vận động các hộ nộp Quỹ phòng, chống thiên tai',
			'ra quân vệ sinh môi trường, khơi thông cống rãnh',
			'rà soát phương án phòng, chống bão lụt, bảo vệ đê điều',
			'tuyên truyền phòng, chống ma túy trong thanh thiếu niên',
			'chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
			'vận động con em đi học đầy đủ, khuyến học, khuyến tài',
			'giữ gìn an ninh trật tự, phòng chống cháy nổ',
		],
	},
	administrative: {
		goals: (n, y) =>
			`Xây dựng ${n} đạt chuẩn kiểu mẫu năm ${y}: 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; 100% văn bản điều hành được ký số; không có cán bộ, công chức vi phạm kỷ luật; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên.`,
		emphasis: ['1.A1', '2.1', '3.A1'],
		tasks: [
			'Số hóa hồ sơ, thực hiện dịch vụ công trực tuyến toàn trình',
			'Rà soát, công khai quy trình giải quyết thủ tục hành chính tại bộ phận một cửa',
		],
		focus: [
			'giải quyết hồ sơ thủ tục hành chính đúng hạn',
			'đẩy mạnh dịch vụ công trực tuyến, thanh toán không dùng tiền mặt',
			'kiểm tra việc thực hiện văn hóa công sở',
			'rà soát tiến độ thu ngân sách trên địa bàn',
			'tiếp công dân, giải quyết dứt điểm đơn thư',
			'chuẩn bị đánh giá, xếp loại cán bộ, công chức cuối năm',
		],
	},
	public_service: {
		goals: (n, y) =>
			`Xây dựng ${n} đạt chuẩn kiểu mẫu năm ${y}: hoàn thành 100% chỉ tiêu chuyên môn được giao; mức độ hài lòng của người dân đạt trên 90%; công khai, minh bạch tài chính; 100% viên chức là đảng viên hoàn thành tốt nhiệm vụ trở lên.`,
		emphasis: ['1.P1', '2.2', '4.P1'],
		tasks: [
			'Rà soát chỉ tiêu chuyên môn, tổ chức cho viên chức đăng ký thi đua',
			'Lấy ý kiến đánh giá sự hài lòng của người dân về chất lượng phục vụ',
		],
		focus: [
			'nâng cao chất lượng chuyên môn, chất lượng phục vụ người dân',
			'kiểm tra nội bộ việc thực hiện quy chế chuyên môn',
			'công khai tài chính, tài sản theo quy định',
			'bồi dưỡng chuyên môn, ứng dụng công nghệ thông tin cho viên chức',
			'phòng, chống dịch bệnh mùa hè',
			'sơ kết phong trào thi đua, biểu dương cá nhân tiêu biểu',
		],
	},
	armed_forces: {
		goals: (n, y) =>
			`Xây dựng ${n} đạt chuẩn kiểu mẫu năm ${y}: đơn vị hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu, kết quả huấn luyện đạt khá, giỏi trên 70%; tuyệt đối an toàn về người và vũ khí, trang bị; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên.`,
		emphasis: ['1.F1', '2.1', '3.F1'],
		tasks: [
			'Tổ chức huấn luyện, diễn tập phòng, chống thiên tai – tìm kiếm cứu nạn',
			'Kiểm tra chế độ trực sẵn sàng chiến đấu, quản lý vũ khí, trang bị',
		],
		focus: [
			'duy trì huấn luyện theo kế hoạch, bảo đảm an toàn tuyệt đối',
			'chuẩn bị diễn tập phòng, chống thiên tai – tìm kiếm cứu nạn',
			'làm tốt công tác tuyển chọn và gọi công dân nhập ngũ',
			'kiểm tra chế độ trực sẵn sàng chiến đấu',
			'bảo đảm an toàn kho tàng, vũ khí, trang bị',
			'giúp Nhân dân khắc phục hậu quả mưa bão',
		],
	},
	enterprise: {
		goals: (n, y) =>
			`Xây dựng ${n} đạt chuẩn kiểu mẫu năm ${y}: doanh thu tăng 8% so với năm ${y - 1}; thu nhập bình quân người lao động đạt 9 triệu đồng/tháng; không để xảy ra tai nạn lao động nghiêm trọng; kết nạp 2 đảng viên là công nhân trực tiếp sản xuất.`,
		emphasis: ['1.E1', '1.E2', '4.E1'],
		tasks: [
			'Phát động thi đua lao động sản xuất, tăng năng suất, tiết kiệm chi phí',
			'Huấn luyện an toàn, vệ sinh lao động cho công nhân',
		],
		focus: [
			'hoàn thành kế hoạch sản xuất, kinh doanh của quý',
			'bảo đảm an toàn, vệ sinh lao động',
			'chăm lo đời sống, việc làm cho người lao động',
			'phát động thi đua tăng năng suất lao động',
			'thực hành tiết kiệm, giảm chi phí sản xuất',
			'phối hợp với công đoàn tổ chức đối thoại với người lao động',
		],
	},
};

const THEMATIC_TOPICS = [
	'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy dân chủ ở cơ sở',
	'Phòng, chống tham nhũng, lãng phí, tiêu cực; nâng cao vai trò nêu gương của đảng viên',
	'Khôi phục sản xuất, ổn định đời sống Nhân dân sau mưa bão',
	'Chuyển đổi số trong sinh hoạt chi bộ: sử dụng Sổ tay đảng viên điện tử',
	'Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 01-CT/TW',
];

function cellTexts(cell, year, rand) {
	const t = TYPE_TEXT[cell.cellType];
	const lower = cell.name.replace(/^Chi bộ/, 'chi bộ');
	return {
		type: t,
		goals: t.goals(lower, year),
		commitments:
			'Chi ủy và toàn thể đảng viên cam kết thực hiện nghiêm nghị quyết chuyên đề; duy trì sinh hoạt định kỳ vào đầu tháng và sinh hoạt chuyên đề mỗi quý ít nhất một lần; hằng tháng tự đánh giá theo khung tiêu chí, báo cáo cấp ủy cấp trên đúng hạn; mỗi đảng viên nhận ít nhất một việc cụ thể trong kế hoạch.',
		emphasis: t.emphasis,
		phone: `09${Math.floor(rand() * 10)} ${String(Math.floor(rand() * 1000)).padStart(3, '0')} ${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
	};
}

/** The thematic resolution, the plan and its work steps, filed by the secretary while planning. */
async function fileplan(sec, e, cell, secretary, members, texts, span, rand) {
	const y = span.year;
	// Months of the programme year: the pilot's first, and the last one done by now (0: none yet).
	const firstMonth = Math.max(1, span.first - y * 12 + 1);
	const lastDone = Math.min(12, span.last - y * 12 + 1);
	// Issued in the month before the pilot's first month (December of the year before for January).
	const [ry, rm] = firstMonth === 1 ? [y - 1, 12] : [y, firstMonth - 1];
	const rd = 10 + Math.floor(rand() * 12);
	const no = `${String(1 + Math.floor(rand() * 9)).padStart(2, '0')}-NQ/CB`;
	const plan = await retry429(
		() =>
			sec.collection('plans').create({
				enrollment: e.id,
				resolutionNo: no,
				resolutionDate: pbDate(ry, rm, rd),
				resolutionSigner: secretary.name,
				summary:
					`Nghị quyết chuyên đề số ${no} ngày ${viDate(ry, rm, rd)} về xây dựng ${cell.name.replace(/^Chi bộ/, 'chi bộ')} kiểu mẫu năm ${y}. ` +
					`Mục tiêu: ${texts.goals.replace(/^[^:]*:\s*/, '')} ` +
					'Kế hoạch thực hiện chia theo quý, phân công từng chi ủy viên phụ trách nhóm nhiệm vụ, mỗi đảng viên đăng ký ít nhất một việc làm cụ thể.',
			}),
		`Nghị quyết, kế hoạch của ${cell.code}`
	);
	const byPos = (pos) => members.filter((m) => m.position === pos);
	const sec0 = byPos('secretary')[0];
	const deputy = byPos('deputy')[0] ?? sec0;
	const committee = byPos('committee');
	const rank = members.filter((m) => m.position === 'member');
	const some = (list) => (list.length ? pickOne(rand, list) : deputy);
	const within = (m) => Math.min(12, Math.max(firstMonth, m));
	const mid = within(firstMonth + Math.floor((12 - firstMonth) / 2));
	const steps = [
		['Quán triệt nghị quyết chuyên đề, phân công chi ủy viên phụ trách từng nhóm nhiệm vụ', firstMonth, sec0],
		[texts.type.tasks[0], within(firstMonth + 1), deputy],
		['Tổ chức sinh hoạt chuyên đề hằng quý, mời đại diện cấp ủy cấp trên dự và góp ý', within(firstMonth + 2), some(committee)],
		[texts.type.tasks[1], mid, some(committee)],
		['Sơ kết, đánh giá bước đầu việc thực hiện nghị quyết chuyên đề', within(mid + 1), deputy],
		['Bồi dưỡng quần chúng ưu tú, hoàn thiện hồ sơ đề nghị kết nạp đảng viên', within(11), some(rank)],
		['Tổng hợp kết quả tự đánh giá, chuẩn bị hồ sơ đề nghị xếp loại, công nhận', 12, sec0],
	];
	// One batch, as the plan page saves them: the API takes plan tasks only inside a batch.
	await retry429(() => {
		const batch = sec.createBatch();
		for (const [i, [title, month, who]] of steps.entries()) {
			batch.collection('plan_tasks').create({
				enrollment: e.id,
				plan: plan.id,
				title,
				assignee: who?.id ?? '',
				due: pbDate(y, month, lastDay(y, month)),
				month: `${y}-${pad(month)}`,
				status: month <= lastDone ? 'done' : month === lastDone + 1 ? 'doing' : 'todo',
				order: i + 1,
			});
		}
		return batch.send();
	}, `Công việc kế hoạch của ${cell.code}`);
	return { plan, tasks: steps.length };
}

/** Creates the records one by one as `client` (in order), returning them. */
async function createAll(client, collection, bodies, what) {
	const out = [];
	for (const body of bodies) out.push(await retry429(() => client.collection(collection).create(body), what));
	return out;
}

/** Regular meetings every month of the pilot and a thematic one in the quarter's last month (bodies). */
function planMeetings(e, cell, members, texts, span, rand) {
	const out = [];
	const total = members.length || cell.memberCount || 10;
	const others = members.filter((m) => m.position !== 'secretary');
	const y = span.year;
	for (let m = span.first - y * 12 + 1; m <= span.last - y * 12 + 1; m++) {
		const kinds = ['regular'];
		if (m % 3 === 0) kinds.push('thematic');
		for (const kind of kinds) {
			// 0–2 absent (attendance 90–100%), most of them excused.
			const absent = Math.min(Math.floor(rand() * 3), Math.max(0, total - Math.ceil(total * 0.9)) + 1, others.length);
			const absentees = [...others].sort(() => rand() - 0.5).slice(0, absent);
			const excused = Math.max(0, absent - (rand() < 0.2 ? 1 : 0));
			const day = kind === 'regular' ? 3 + Math.floor(rand() * 3) : 18 + Math.floor(rand() * 5);
			const focus = texts.type.focus[(m + (kind === 'thematic' ? 3 : 0)) % texts.type.focus.length];
			const nextFocus = texts.type.focus[(m + 1) % texts.type.focus.length];
			const topic =
				kind === 'regular'
					? `Sinh hoạt chi bộ định kỳ tháng ${m}/${y}`
					: `Sinh hoạt chuyên đề: ${THEMATIC_TOPICS[(m / 3 - 1 + cell.code.length) % THEMATIC_TOPICS.length]}`;
			const done = 4 + Math.floor(rand() * 3);
			out.push({
				enrollment: e.id,
				date: pbDate(y, m, day),
				kind,
				topic,
				present: total - absent,
				total,
				excused,
				absentees: absentees.map((a) => a.id),
				resolutions:
					kind === 'regular'
						? `Đánh giá kết quả tháng ${m}: hoàn thành ${done}/${done + (rand() < 0.3 ? 1 : 0)} nội dung nghị quyết tháng. Thống nhất tập trung ${focus}; đảng viên phụ trách nhóm hộ, tổ công tác báo cáo kết quả tại kỳ sinh hoạt sau.`
						: `Các đảng viên phát biểu, liên hệ bản thân; chi bộ thống nhất ${2 + Math.floor(rand() * 3)} giải pháp cụ thể, giao chi ủy theo dõi thực hiện.`,
				nextProgramme: m < 12 ? `Tháng ${m + 1}/${y}: ${nextFocus}; tiếp tục thực hiện các bước công việc trong kế hoạch xây dựng chi bộ kiểu mẫu.` : '',
			});
		}
	}
	return out;
}

const roundHalf = (x) => Math.round(x * 2) / 2;

/** The monthly self-assessments of the span's months: scores around `quality`, improving slowly. */
async function selfAssess(sec, e, criteria, meetings, span, quality, rand) {
	let n = 0;
	const y = span.year;
	const months = span.last - span.first + 1;
	for (let k = 0; k < months; k++) {
		const m = span.first - y * 12 + 1 + k;
		const level = quality - 0.04 + (0.06 * k) / Math.max(1, months - 1);
		const scores = {};
		for (const c of criteria) {
			// Discipline criteria are all-or-nothing and kept in full.
			const r = c.code === '3.2' ? 1 : Math.min(1, Math.max(0.4, level + (rand() - 0.5) * 0.22));
			scores[c.code] = Math.min(c.maxScore, roundHalf(c.maxScore * r));
		}
		const regular = meetings.find((x) => x.kind === 'regular' && x.date.startsWith(`${y}-${pad(m)}`));
		const thematic = meetings.find((x) => x.kind === 'thematic' && x.date.startsWith(`${y}-${pad(m)}`));
		const evidence = { '3.2': 'Trong tháng không có đảng viên vi phạm.' };
		if (regular) {
			const d = Number(regular.date.slice(8, 10));
			evidence['2.1'] = `Biên bản sinh hoạt định kỳ ngày ${viDate(y, m, d)}: ${regular.present}/${regular.total} đảng viên dự (${Math.round((regular.present / regular.total) * 1000) / 10}%).`;
		}
		if (thematic) evidence['2.2'] = `${thematic.topic.replace(/^Sinh hoạt chuyên đề: /, 'Sinh hoạt chuyên đề “') + '”'}, ngày ${viDate(y, m, Number(thematic.date.slice(8, 10)))}.`;
		const first = criteria.find((c) => c.cellTypes?.length);
		if (first) evidence[first.code] = `Báo cáo kết quả thực hiện nhiệm vụ tháng ${m}/${y} của chi bộ, có xác nhận của cấp ủy phụ trách.`;
		await retry429(
			() => sec.collection('self_assessments').create({ enrollment: e.id, month: `${y}-${pad(m)}`, scores, evidence }),
			`Tự đánh giá tháng ${m}`
		);
		n++;
	}
	return n;
}

/** The inspector's mid-term review note, taken at the cell's thematic meeting of mid-year. */
async function fileReviewNote(client, e, inspector, cell, meetings, j) {
	const visit =
		[...meetings].reverse().find((m) => m.kind === 'thematic' && m.date < `${j.year}-08`) ??
		meetings.find((m) => m.kind === 'thematic') ??
		meetings[0];
	const visitedOn = visit ? visit.date : meetings.length ? meetings[0].date : pbDate(j.year, 1, 15);
	const residential = cell.cellType === 'residential';
	return retry429(
		() =>
			client.collection('review_notes').create({
				enrollment: e.id,
				inspector: inspector.id,
				visitedOn,
				meeting: visit?.id ?? '',
				findings: {
					1: residential
						? 'Khu dân cư hoàn thành các chỉ tiêu kinh tế – xã hội 6 tháng; vận động Nhân dân hiến đất mở rộng 350 m đường nội khu.'
						: 'Đơn vị hoàn thành các chỉ tiêu nhiệm vụ 6 tháng đầu năm theo kế hoạch, một số chỉ tiêu vượt.',
					2: 'Sinh hoạt định kỳ đều đặn vào đầu tháng, tỷ lệ đảng viên dự trên 90%; mỗi quý có sinh hoạt chuyên đề, nội dung sát thực tế.',
					3: 'Nội bộ đoàn kết, không có đơn thư; không có đảng viên vi phạm kỷ luật.',
					4: 'Đảng viên gương mẫu nhận việc cụ thể; chi bộ đang bồi dưỡng 2 quần chúng ưu tú.',
				},
				strengths:
					'Chi ủy chủ động, phân công rõ người, rõ việc; nghị quyết tháng ngắn gọn, có kiểm điểm việc thực hiện nghị quyết tháng trước. Đảng viên cao tuổi tích cực tham gia ý kiến.',
				shortcomings:
					'Biên bản một số kỳ sinh hoạt ghi chép còn sơ sài; việc cập nhật minh chứng tự đánh giá hằng tháng chưa đầy đủ.',
				recommendations:
					'Chi ủy rút kinh nghiệm cách ghi biên bản; cập nhật minh chứng ngay sau mỗi kỳ sinh hoạt; tiếp tục bồi dưỡng quần chúng ưu tú để kết nạp trong quý IV.',
				isGoodPractice: residential,
				goodPractice: residential
					? 'Mỗi đảng viên phụ trách từ 5 đến 7 hộ gia đình, nắm tình hình và vận động hộ thực hiện các phong trào; cách làm được đảng ủy đề nghị nhân rộng.'
					: '',
				proposedRating: 'good',
				clientId: `seed-${j.programme}-${j.cell}-review-1`,
			}),
		`Biên bản kiểm tra ${cell.code}`
	);
}
