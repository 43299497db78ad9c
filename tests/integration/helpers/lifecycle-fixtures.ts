// Fixtures for the lifecycle integration tests: an isolated party tree per test file, built as
// superuser with a random suffix, so no test depends on the demo data or on another file.
//
//   four-level:  P4 (province) → D (district) → G (grassroots) → cells
//                                             → G  → S (đảng bộ bộ phận) → cells
//                                             → G2 (sibling grassroots) → cells
//                                → chi bộ cơ sở (cells directly under D, isGrassroots)
//   three-level: P3 (province) → G3 (grassroots) → cells           (no district level)
//   another province PX, with its officer.
//
// People: officers of every committee (two for G, for the concurrency test), an inspector and a
// second inspector who is never assigned, a viewer of P4, a secretary of a bystander cell under G,
// and a fresh secretary for every cell a test creates (signed in by superuser impersonation, each
// client with its own address, so the rate limiter sees them as different people).
//
// Every enrolment gets its own programme by default: quotas (per programme, type and district)
// and the excellent cap (per programme and grassroots organisation) then never leak between tests.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { expect } from 'vitest';
import {
	lifecyclePaths,
	type PathStep,
	type StepRequirements
} from '../../../src/lib/domain/lifecycle-paths';
import type { Gate } from '../../../src/lib/domain/approval-chain';
import type { LifecycleState } from '../../../src/lib/domain/lifecycle-types';
import { asSuperuser, attempt, createTask, impersonate, type Outcome } from './clients';
import { currentYear } from '../../../src/lib/domain/clock';

// ─── The tree ────────────────────────────────────────────────────────────────────────────────

export type UnitKey = 'p4' | 'd' | 'g' | 'g2' | 's' | 'p3' | 'g3' | 'px';

/** Where a test cell hangs in the tree. */
export type Placement = 'four' | 'sibling' | 'subcommittee' | 'coso' | 'three';

const PLACEMENT_PARENT: Record<Placement, UnitKey> = {
	four: 'g',
	sibling: 'g2',
	subcommittee: 's',
	coso: 'd',
	three: 'g3'
};

/**
 * The approval chains each placement resolves to under the DEFAULT programme chains
 * (selection: grassroots → district; plan, supervision, classification: direct superior;
 * recognition: grassroots → district → province), written out by hand from the tree, not
 * computed by the domain code: levels a cell does not have are skipped.
 */
export const CHAINS: Record<Placement, Record<Gate, UnitKey[]>> = {
	four: {
		selection: ['g', 'd'],
		plan: ['g'],
		supervision: ['g'],
		classification: ['g'],
		recognition: ['g', 'd', 'p4']
	},
	sibling: {
		selection: ['g2', 'd'],
		plan: ['g2'],
		supervision: ['g2'],
		classification: ['g2'],
		recognition: ['g2', 'd', 'p4']
	},
	subcommittee: {
		selection: ['g', 'd'],
		plan: ['s'],
		supervision: ['s'],
		classification: ['s'],
		recognition: ['g', 'd', 'p4']
	},
	// A chi bộ cơ sở has no grassroots committee above it: its direct superior is the district.
	coso: {
		selection: ['d'],
		plan: ['d'],
		supervision: ['d'],
		classification: ['d'],
		recognition: ['d', 'p4']
	},
	// No district level: selection is the grassroots committee alone, recognition skips a level.
	three: {
		selection: ['g3'],
		plan: ['g3'],
		supervision: ['g3'],
		classification: ['g3'],
		recognition: ['g3', 'p3']
	}
};

/**
 * The cells that share the excellent cap with a placement's cell: those of its grassroots
 * committee, or for a chi bộ cơ sở (itself a grassroots organisation) the other cells directly
 * under the same district committee.
 */
const CAP_PEERS: Record<Placement, { within: UnitKey } | { childrenOf: UnitKey }> = {
	four: { within: 'g' },
	sibling: { within: 'g2' },
	subcommittee: { within: 'g' },
	coso: { childrenOf: 'd' },
	three: { within: 'g3' }
};
/** The committee whose pilot quota counts the cell (the district, or the province without one). */
const QUOTA_SCOPE: Record<Placement, UnitKey> = { four: 'd', sibling: 'd', subcommittee: 'd', coso: 'd', three: 'p3' };
/** The province that owns the programmes a placement's cells enrol in. */
const ROOT: Record<Placement, UnitKey> = { four: 'p4', sibling: 'p4', subcommittee: 'p4', coso: 'p4', three: 'p3' };

export function chainLengths(placement: Placement): Record<Gate, number> {
	const c = CHAINS[placement];
	return {
		selection: c.selection.length,
		plan: c.plan.length,
		supervision: c.supervision.length,
		classification: c.classification.length,
		recognition: c.recognition.length
	};
}

/** Which gate a state waits on (null: the cell's turn or closed), as docs/domain.md §4 describes it. */
export const GATE_OF: Partial<Record<LifecycleState, Gate>> = {
	selection: 'selection',
	plan_review: 'plan',
	pilot: 'supervision',
	review: 'supervision',
	classification: 'classification',
	recognition: 'recognition'
};
/** The states where it is the cell's move (awaiting = the cell); closed states await nobody. */
export const CELL_TURN: LifecycleState[] = ['draft', 'planning', 'evaluation'];

export type PersonKey =
	| 'officerP4'
	| 'officerD'
	| 'officerG'
	| 'officerG2nd'
	| 'officerSibling'
	| 'officerS'
	| 'officerP3'
	| 'officerG3'
	| 'officerPX'
	| 'inspector'
	| 'inspectorOther'
	| 'inspectorD'
	| 'inspectorG3'
	| 'viewer'
	| 'otherSecretary';

export interface World {
	suffix: string;
	su: PocketBase;
	units: Record<UnitKey, RecordModel> & { otherCell: RecordModel };
	people: Record<PersonKey, RecordModel>;
	/** The first officer of each committee, by unit id. */
	officerOf: Map<string, RecordModel>;
	/** A signed-in client for a user, cached: one address per person. */
	as(user: RecordModel): Promise<PocketBase>;
	unitId(key: UnitKey): string;
}

/** Runs a request that must succeed; a failure says what was attempted and what the server said. */
export async function must<T>(what: string, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (err) {
		const e = err as { status?: number; response?: unknown };
		throw new Error(`${what}: ${e.status ?? '?'} ${JSON.stringify(e.response ?? String(err))}`);
	}
}

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createUnit(
	su: PocketBase,
	suffix: string,
	body: { name: string; kind: string; parent?: string; cellType?: string; isGrassroots?: boolean }
): Promise<RecordModel> {
	return su.collection('units').create({
		code: `LC-${suffix}-${uniq()}`,
		memberCount: body.kind === 'cell' ? 15 : 0,
		parent: '',
		...body
	});
}

async function createUser(su: PocketBase, suffix: string, name: string, role: string, unit: string): Promise<RecordModel> {
	const password = `Lc-${suffix}-pass-2026`;
	return su.collection('users').create({
		email: `lc-${suffix}-${uniq()}@test.kieumau.vn`,
		password,
		passwordConfirm: password,
		verified: true,
		emailVisibility: false,
		name,
		role,
		unit
	});
}

/** Builds the trees and the people of one test file. `label` goes into every name. */
export async function buildWorld(label: string): Promise<World> {
	const su = await asSuperuser();
	const suffix = `${label}-${Math.random().toString(36).slice(2, 8)}`;
	const mk = (body: Parameters<typeof createUnit>[2]) => createUnit(su, suffix, body);
	const p4 = await mk({ name: `Tỉnh ủy Thử Nghiệm ${suffix}`, kind: 'province' });
	const p3 = await mk({ name: `Tỉnh ủy Ba Cấp ${suffix}`, kind: 'province' });
	const px = await mk({ name: `Tỉnh ủy Lân Cận ${suffix}`, kind: 'province' });
	const d = await mk({ name: `Huyện ủy Thử Nghiệm ${suffix}`, kind: 'district', parent: p4.id });
	const [g, g2, g3] = await Promise.all([
		mk({ name: `Đảng ủy xã Thử Nghiệm ${suffix}`, kind: 'grassroots', parent: d.id }),
		mk({ name: `Đảng ủy xã Bên Cạnh ${suffix}`, kind: 'grassroots', parent: d.id }),
		mk({ name: `Đảng ủy phường Ba Cấp ${suffix}`, kind: 'grassroots', parent: p3.id })
	]);
	const [s, otherCell] = await Promise.all([
		mk({ name: `Đảng bộ bộ phận khu Bắc ${suffix}`, kind: 'subcommittee', parent: g!.id }),
		mk({ name: `Chi bộ thôn Láng Giềng ${suffix}`, kind: 'cell', parent: g!.id, cellType: 'residential' })
	]);
	const units = { p4, d, g: g!, g2: g2!, s: s!, p3, g3: g3!, px, otherCell: otherCell! };

	const specs: Array<[PersonKey, string, string, string]> = [
		['officerP4', 'Nguyễn Văn Tỉnh', 'officer', p4.id],
		['officerD', 'Trần Thị Huyện', 'officer', d.id],
		['officerG', 'Lê Văn Xã', 'officer', units.g.id],
		['officerG2nd', 'Phạm Thị Ủy Viên', 'officer', units.g.id],
		['officerSibling', 'Hoàng Văn Bên', 'officer', units.g2.id],
		['officerS', 'Vũ Thị Bộ Phận', 'officer', units.s.id],
		['officerP3', 'Đỗ Văn Ba', 'officer', p3.id],
		['officerG3', 'Bùi Thị Phường', 'officer', units.g3.id],
		['officerPX', 'Đặng Văn Khác', 'officer', px.id],
		['inspector', 'Ngô Văn Kiểm', 'inspector', units.g.id],
		['inspectorOther', 'Dương Thị Tra', 'inspector', units.g.id],
		['inspectorD', 'Lương Văn Giám', 'inspector', d.id],
		['inspectorG3', 'Kiều Thị Sát', 'inspector', units.g3.id],
		['viewer', 'Lý Văn Theo Dõi', 'viewer', p4.id],
		['otherSecretary', 'Mai Thị Bí Thư', 'secretary', units.otherCell.id]
	];
	const created = await Promise.all(specs.map(([, name, role, unit]) => createUser(su, suffix, name, role, unit)));
	const people = Object.fromEntries(specs.map(([key], i) => [key, created[i]!])) as Record<PersonKey, RecordModel>;
	const officerOf = new Map<string, RecordModel>();
	for (const [key] of specs) {
		const u = people[key];
		if (u.role === 'officer' && !officerOf.has(u.unit)) officerOf.set(u.unit, u);
	}
	const clients = new Map<string, Promise<PocketBase>>();
	return {
		suffix,
		su,
		units,
		people,
		officerOf,
		as(user) {
			let c = clients.get(user.id);
			if (!c) {
				c = impersonate(user.id);
				clients.set(user.id, c);
			}
			return c;
		},
		unitId: (key) => units[key].id
	};
}

// ─── Programmes, cells, enrolments ──────────────────────────────────────────────────────────

/** A partial programme config (programmes.config), parsed with QĐ 366 defaults by the server. */
export interface ConfigInput {
	chains?: Partial<Record<Gate, string[]>>;
	quota?: { min: number; max: number };
	minSelfAssessments?: number;
	thresholds?: { excellent: number; good: number; complete: number };
	excellentCapPct?: number;
	recognitionLevel?: string;
}

/** Few self-assessments keep the replays short; tests that need another number say so. */
export const TEST_MIN_SELF_ASSESSMENTS = 2;

/** The one criterion of every test programme (common to all cell types); self-assessments score it. */
export const TEST_CRITERION = 'T1';

/**
 * A programme owned by a province, active, with one common criterion (a self-assessment must
 * score every criterion of the cell's type, and an empty `scores` is refused as blank).
 */
/**
 * The year of the fixtures' programmes: a fixed, past year, so that their months and dates are
 * the same on any day (a test that needs this year's programme sets `year` from the clock).
 */
export const FIXTURE_YEAR = 2026;

/**
 * A programme of this year (the clock's): for tests that file dates around today, which both the
 * forms (two years back to next year) and the server (the programme's year ± 1) must accept.
 */
export async function thisYearsProgramme(world: World): Promise<RecordModel> {
	return world.su.collection('programmes').update((await newProgramme(world, 'p4')).id, { year: currentYear() });
}

export async function newProgramme(world: World, root: 'p4' | 'p3', config: ConfigInput = {}): Promise<RecordModel> {
	const programme = await world.su.collection('programmes').create({
		name: `Chi bộ kiểu mẫu (thử nghiệm ${world.suffix} ${uniq()})`,
		year: FIXTURE_YEAR,
		owner: world.unitId(root),
		status: 'active',
		description: 'Chương trình tạo cho kiểm thử tích hợp',
		config: { minSelfAssessments: TEST_MIN_SELF_ASSESSMENTS, ...config }
	});
	await world.su.collection('criteria').create({
		programme: programme.id,
		code: TEST_CRITERION,
		title: 'Lãnh đạo hoàn thành tốt nhiệm vụ chính trị',
		group: 1,
		maxScore: 100,
		order: 1
	});
	return programme;
}

export interface NewCell {
	cell: RecordModel;
	secretary: RecordModel;
}

/** A cell under `parent` with its own secretary. */
export async function newCell(
	world: World,
	parent: UnitKey,
	opts: { cellType?: string; isGrassroots?: boolean; name?: string } = {}
): Promise<NewCell> {
	const cell = await createUnit(world.su, world.suffix, {
		name: opts.name ?? `Chi bộ thôn ${uniq()}`,
		kind: 'cell',
		parent: world.unitId(parent),
		cellType: opts.cellType ?? 'residential',
		isGrassroots: opts.isGrassroots ?? false
	});
	const secretary = await createUser(world.su, world.suffix, `Bí thư ${cell.name}`, 'secretary', cell.id);
	return { cell, secretary };
}

/** The cell's secretary registers the cell in the programme (records API create). */
export async function enroll(secretary: PocketBase, cellId: string, programmeId: string): Promise<RecordModel> {
	return secretary.collection('enrollments').create({
		cell: cellId,
		programme: programmeId,
		goals: 'Xây dựng chi bộ đạt chuẩn kiểu mẫu; 100% đảng viên hoàn thành nhiệm vụ trở lên',
		contactName: 'Bí thư chi bộ'
	});
}

/** A request body for the events API: what any client may send, not only well-formed events. */
export interface EventBody {
	type: string;
	comment?: string;
	expectedState?: string;
	expectedVersion?: number;
	score?: number;
	rating?: string;
	decision?: { number: string; date: string; signer: string };
}

/**
 * An answer of the events API: the enrolment record (POST 200), the events view (GET 200), or
 * an error body {status, message, messages?}. Loosely typed, as the project's `attempt` is.
 */
export type Answer = Outcome<any>;

/** POST /api/enrollments/{id}/events → { status, body }, whatever the answer. */
export function send(client: PocketBase, enrollmentId: string, body: EventBody): Promise<Answer> {
	return attempt(() => client.send(`/api/enrollments/${enrollmentId}/events`, { method: 'POST', body }));
}

/** GET /api/enrollments/{id}/events → { status, body }. */
export function events(client: PocketBase, enrollmentId: string): Promise<Answer> {
	return attempt(() => client.send(`/api/enrollments/${enrollmentId}/events`, {}));
}

/** One enrolment under test, with what replays need to know about its place in the tree. */
export interface Enrolment {
	world: World;
	placement: Placement;
	programme: RecordModel;
	minSelfAssessments: number;
	cell: RecordModel;
	secretary: RecordModel;
	/** The secretary's client. */
	sec: PocketBase;
	/** The enrolment record as the last answer left it. */
	record: RecordModel;
	/** Resolved chains (unit ids) per gate, as written out in CHAINS. */
	chains: Record<Gate, string[]>;
	/** Clients of this enrolment's actors: fresh addresses per enrolment (see `actor`). */
	clients: Map<string, Promise<PocketBase>>;
}

export interface StartOptions {
	placement?: Placement;
	programme?: RecordModel;
	config?: ConfigInput;
	cellType?: string;
}

/** A new cell (with its secretary) enrolled in a programme (a new one unless given). */
export async function startEnrolment(world: World, opts: StartOptions = {}): Promise<Enrolment> {
	const placement = opts.placement ?? 'four';
	const programme = opts.programme ?? (await newProgramme(world, ROOT[placement] as 'p4' | 'p3', opts.config));
	const { cell, secretary } = await newCell(world, PLACEMENT_PARENT[placement], {
		cellType: opts.cellType,
		isGrassroots: placement === 'coso'
	});
	const sec = await impersonate(secretary.id);
	const record = await enroll(sec, cell.id, programme.id);
	const chains = {} as Record<Gate, string[]>;
	for (const gate of Object.keys(CHAINS[placement]) as Gate[]) {
		chains[gate] = CHAINS[placement][gate].map((k) => world.unitId(k));
	}
	const cfg = (programme.config ?? {}) as ConfigInput;
	return {
		world,
		placement,
		programme,
		minSelfAssessments: cfg.minSelfAssessments ?? 6,
		cell,
		secretary,
		sec,
		record,
		chains,
		clients: new Map([[secretary.id, Promise.resolve(sec)]])
	};
}

/**
 * A client for `user` acting on this enrolment. Each enrolment gets its own clients (and so its
 * own addresses): many replays by the same officer stay within the per-address rate limits.
 */
export function actor(e: Enrolment, user: RecordModel): Promise<PocketBase> {
	let c = e.clients.get(user.id);
	if (!c) {
		c = impersonate(user.id);
		e.clients.set(user.id, c);
	}
	return c;
}

/** The officer of the committee at chain(gate)[step]. */
export function officerAt(e: Enrolment, gate: Gate, step: number): RecordModel {
	const unit = e.chains[gate][step];
	const officer = unit ? e.world.officerOf.get(unit) : undefined;
	if (!officer) throw new Error(`No officer for ${gate}[${step}] of ${e.placement}`);
	return officer;
}

/** What the stored `awaiting` must be in `state` at `step`: the committee, the cell, or nobody. */
export function expectedAwaiting(e: Enrolment, state: LifecycleState, step: number): string {
	const gate = GATE_OF[state];
	if (gate) return e.chains[gate][step] ?? '(beyond the chain)';
	if (CELL_TURN.includes(state)) return e.cell.id;
	return '';
}

// ─── Facts a step relies on ─────────────────────────────────────────────────────────────────

async function countOf(e: Enrolment, collection: string, filter = ''): Promise<number> {
	const su = e.world.su;
	const base = su.filter('enrollment = {:id}', { id: e.record.id });
	const list = await su.collection(collection).getList(1, 1, { filter: filter ? `${base} && (${filter})` : base });
	return list.totalItems;
}

/** The secretary files the thematic resolution and the plan with one task (state: planning). */
export async function filePlan(e: Enrolment, { tasks = 1 }: { tasks?: number } = {}): Promise<RecordModel> {
	// Dates of the programme's own year: the server refuses dates outside its window of years.
	const y = e.programme.year as number;
	const existing = await e.world.su
		.collection('plans')
		.getList(1, 1, { filter: e.world.su.filter('enrollment = {:id}', { id: e.record.id }) });
	const plan: RecordModel =
		existing.items[0] ??
		(await e.sec.collection('plans').create({
			enrollment: e.record.id,
			resolutionNo: '05-NQ/CB',
			resolutionDate: `${y}-01-15 00:00:00.000Z`,
			resolutionSigner: e.secretary.name,
			summary: 'Nghị quyết chuyên đề về xây dựng chi bộ kiểu mẫu'
		}));
	for (let i = await countOf(e, 'plan_tasks'); i < tasks; i++) {
		await createTask(e.sec, {
			enrollment: e.record.id,
			plan: plan.id,
			title: `Bước công việc ${i + 1}: quán triệt nghị quyết, phân công chi ủy viên`,
			due: `${y}-0${(i % 9) + 1}-28 00:00:00.000Z`,
			month: `${y}-0${(i % 9) + 1}`,
			status: 'todo',
			order: i
		});
	}
	return plan;
}

/** The secretary self-assesses until there are `n` monthly self-assessments (pilot/review/evaluation). */
export async function fileSelfAssessments(e: Enrolment, n: number): Promise<void> {
	for (let have = await countOf(e, 'self_assessments'); have < n; have++) {
		const month = `2025-${String(have + 1).padStart(2, '0')}`;
		await must(`self-assessment ${month}`, () =>
			e.sec.collection('self_assessments').create({ enrollment: e.record.id, month, scores: { [TEST_CRITERION]: 85 } })
		);
	}
}

/**
 * The inspector the fixtures assign to an enrolment: one of the cell's own committees, since the
 * server refuses inspectors from elsewhere (the grassroots one where the cell has it above).
 */
export function inspectorFor(e: Enrolment): RecordModel {
	const key: PersonKey = e.placement === 'three' ? 'inspectorG3' : e.placement === 'four' || e.placement === 'subcommittee' ? 'inspector' : 'inspectorD';
	return e.world.people[key];
}

/** An officer of the supervising committee assigns the inspector (records API update). */
export async function assignInspector(e: Enrolment, inspector: RecordModel = inspectorFor(e)): Promise<void> {
	const officer = officerAt(e, 'supervision', 0);
	const client = await actor(e, officer);
	const updated = await client.collection('enrollments').update(e.record.id, { 'inspectors+': inspector.id });
	e.record = { ...e.record, inspectors: updated.inspectors };
}

/** Builds the body of a review note filed by `inspector` for this enrolment. */
export function reviewNoteBody(e: Enrolment, inspector: RecordModel) {
	return {
		enrollment: e.record.id,
		inspector: inspector.id,
		visitedOn: `${e.programme.year}-06-20 00:00:00.000Z`,
		findings: { '1': 'Hoàn thành tốt nhiệm vụ chính trị 6 tháng đầu năm' },
		strengths: 'Sinh hoạt đều đặn, đúng quy trình',
		recommendations: 'Cập nhật minh chứng tự đánh giá hằng tháng'
	};
}

/** The assigned inspector files review notes until there are `n` (state: review). */
export async function fileReviewNotes(e: Enrolment, n: number): Promise<void> {
	const inspector = inspectorFor(e);
	const assigned = Array.isArray(e.record.inspectors) && (e.record.inspectors as string[]).includes(inspector.id);
	if (!assigned) await assignInspector(e, inspector);
	const client = await actor(e, inspector);
	for (let have = await countOf(e, 'review_notes'); have < n; have++) {
		await client.collection('review_notes').create(reviewNoteBody(e, inspector));
	}
}

const SELECTED = ['planning', 'plan_review', 'pilot', 'review', 'evaluation', 'classification', 'recognition', 'recognized', 'not_recognized'];

/**
 * Makes the facts a path step relies on true, creating the data as the real people would:
 * the plan and a task (secretary), monthly self-assessments (secretary), a review note (an
 * inspector the committee assigned). The quota and the excellent cap are not data to create but
 * room to have: they are checked (every enrolment has its own programme unless a test says so).
 */
export async function fileFactsFor(requires: StepRequirements, e: Enrolment): Promise<void> {
	if (requires.planFiled) await filePlan(e);
	if (requires.selfAssessments) await fileSelfAssessments(e, requires.selfAssessments);
	if (requires.reviewNotes) await fileReviewNotes(e, requires.reviewNotes);
	const su = e.world.su;
	if (requires.quotaAvailable) {
		const scope = e.world.unitId(QUOTA_SCOPE[e.placement]);
		const used = await su.collection('enrollments').getList(1, 1, {
			filter: su.filter(
				`programme = {:p} && cellType = {:t} && path ~ {:scope} && id != {:id} && (${SELECTED.map((s) => `state = "${s}"`).join(' || ')})`,
				{ p: e.programme.id, t: e.cell.cellType, scope: `/${scope}/`, id: e.record.id }
			)
		});
		const max = ((e.programme.config ?? {}) as ConfigInput).quota?.max ?? 3;
		expect(used.totalItems, 'the pilot quota has room').toBeLessThan(max);
	}
	if (requires.excellentCapRoom) {
		const peers = CAP_PEERS[e.placement];
		const scope =
			'within' in peers
				? su.filter('path ~ {:org}', { org: `/${e.world.unitId(peers.within)}/` })
				: su.filter('cell.parent = {:parent}', { parent: e.world.unitId(peers.childrenOf) });
		const rated = await su.collection('enrollments').getList(1, 1, {
			filter: `${scope} && ${su.filter('programme = {:p} && id != {:id} && (rating = "excellent" || rating = "good")', {
				p: e.programme.id,
				id: e.record.id
			})}`
		});
		expect(rated.totalItems, 'no other cell of the organisation is rated yet').toBe(0);
	}
}

// ─── Replaying paths ────────────────────────────────────────────────────────────────────────

/** The client that sends a path step: the cell's secretary or the officer at chain[stepBefore]. */
export async function stepActor(e: Enrolment, step: PathStep): Promise<PocketBase> {
	if (step.actor === 'secretary') return e.sec;
	if (!step.gate) throw new Error(`Officer step outside a gate: ${step.event.type} in ${step.from}`);
	return actor(e, officerAt(e, step.gate, step.stepBefore));
}

/**
 * Replays one step against the server and checks the answer: 200, state = step.to,
 * step = step.stepAfter, awaiting = the committee at chain[step] (the cell on its turn, nobody
 * when closed), version + 1; then the server's own view (GET, as superuser) agrees, chain included.
 */
export async function replayStep(e: Enrolment, step: PathStep): Promise<void> {
	const where = `${step.event.type} ${step.from}[${step.stepBefore}] → ${step.to}[${step.stepAfter}]`;
	expect(e.record.state, `before ${where}`).toBe(step.from);
	expect(e.record.step, `before ${where}`).toBe(step.stepBefore);
	await fileFactsFor(step.requires, e);
	const client = await stepActor(e, step);
	const version = e.record.version as number;
	const out = await send(client, e.record.id, {
		...step.event,
		expectedState: step.from,
		expectedVersion: version
	});
	expect(out.status, `${where}: ${JSON.stringify(out.body)}`).toBe(200);
	const rec = out.body as RecordModel;
	expect({ state: rec.state, step: rec.step, awaiting: rec.awaiting, version: rec.version }, where).toEqual({
		state: step.to,
		step: step.stepAfter,
		awaiting: expectedAwaiting(e, step.to, step.stepAfter),
		version: version + 1
	});
	if (step.event.type === 'APPROVE' && step.to === 'recognized' && step.event.decision) {
		expect([rec.decisionNo, rec.decisionSigner], `${where}: the decision is stored`).toEqual([
			step.event.decision.number,
			step.event.decision.signer
		]);
	}
	if (step.event.type === 'CLASSIFY') {
		expect([rec.score, rec.rating], `${where}: the classification is stored`).toEqual([step.event.score, step.event.rating]);
	}
	e.record = rec;
	const view = await events(e.world.su, rec.id);
	expect(view.status, where).toBe(200);
	const gate = GATE_OF[step.to];
	const chain = gate ? e.chains[gate] : [];
	const body = view.body as { state: string; step: number; version: number; awaiting: { id: string } | null; chain: Array<{ id: string }> };
	expect(
		{ state: body.state, step: body.step, version: body.version, awaiting: body.awaiting?.id ?? null, chain: body.chain.map((u) => u.id) },
		`GET after ${where}`
	).toEqual({
		state: step.to,
		step: step.stepAfter,
		version: version + 1,
		awaiting: gate ? (chain[step.stepAfter] ?? null) : null,
		chain
	});
}

export interface Target {
	state: LifecycleState;
	step?: number;
}

/**
 * The shortest way from draft to `target` among the paths that cover the chart for this
 * enrolment's chain lengths: the prefix of a generated path, not a hand-written recipe.
 */
export function pathTo(e: Enrolment, target: Target): PathStep[] {
	if (target.state === 'draft' && (target.step ?? 0) === 0) return [];
	const paths = lifecyclePaths({
		mode: 'cover',
		chainLengths: chainLengths(e.placement),
		minSelfAssessments: e.minSelfAssessments
	});
	let best: PathStep[] | null = null;
	for (const path of paths) {
		const i = path.steps.findIndex((s) => s.to === target.state && s.stepAfter === (target.step ?? 0));
		if (i >= 0 && (!best || i + 1 < best.length)) best = path.steps.slice(0, i + 1);
	}
	if (!best) throw new Error(`No generated path reaches ${target.state}[${target.step ?? 0}]`);
	return best;
}

/**
 * Drives the enrolment to `target` through the events API, as the real people. An enrolment
 * that has already moved continues from where it stands, if that lies on the way.
 */
export async function driveTo(e: Enrolment, target: Target): Promise<Enrolment> {
	const steps = pathTo(e, target);
	const at = e.record.state === 'draft' ? 0 : steps.findIndex((s) => s.from === e.record.state && s.stepBefore === e.record.step);
	if (at < 0) throw new Error(`${e.record.state}[${e.record.step}] is not on the way to ${target.state}[${target.step ?? 0}]`);
	for (const step of steps.slice(at)) await replayStep(e, step);
	return e;
}

/** A new enrolment (own cell, secretary and, by default, programme) driven to `target`. */
export async function enrolmentAt(world: World, target: Target, opts: StartOptions = {}): Promise<Enrolment> {
	return driveTo(await startEnrolment(world, opts), target);
}

/** The audit rows of an enrolment: approvals and transitions, counted as superuser. */
export async function auditCounts(su: PocketBase, enrollmentId: string): Promise<{ approvals: number; transitions: number }> {
	const filter = su.filter('enrollment = {:id}', { id: enrollmentId });
	const [a, t] = await Promise.all([
		su.collection('approvals').getList(1, 1, { filter }),
		su.collection('transitions').getList(1, 1, { filter })
	]);
	return { approvals: a.totalItems, transitions: t.totalItems };
}
