// The dashboard counters (unit_stats, maintained by pb_hooks/stats.pb.js) must equal a direct
// count of the raw records for every unit, after the demo seed drove enrollments through the
// lifecycle, and still after the tree changes under them (a move, a flip, a deletion).
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATS_COLUMNS, TREE_COLUMNS, TREE_YEAR, bucketDelta } from '../../src/lib/domain/unit-stats';
import { asSuperuser, asUser, attempt, impersonate } from './helpers/clients';
import { unit } from './helpers/demo';

// The random programme's year (any year: it belongs to a province the test creates).
const YEAR = 2026;
let su: PocketBase;

/** Counts straight from units and enrollments, in the test, without the hooks' code. */
async function directCounts(unit: RecordModel, cells: RecordModel[], enrollments: RecordModel[], year: number) {
	const within = (path: string) => path.startsWith(unit.path);
	const mine = cells.filter((c) => within(c.path));
	const counts: Record<string, number> = {
		cells: mine.length,
		cellsGrassroots: mine.filter((c) => c.isGrassroots).length
	};
	const grassroots = new Set(cells.filter((c) => c.isGrassroots).map((c) => c.id));
	for (const e of enrollments.filter((e) => e.year === year && within(e.path))) {
		const delta = bucketDelta(null, { state: e.state, cellType: e.cellType, rating: e.rating, isGrassroots: grassroots.has(e.cell) });
		for (const [k, v] of Object.entries(delta)) counts[k] = (counts[k] ?? 0) + v;
	}
	return counts;
}

async function storedCounts(unitId: string, year: number) {
	const rows = await su.collection('unit_stats').getFullList({ filter: su.filter('unit = {:u}', { u: unitId }) });
	const counts: Record<string, number> = {};
	for (const row of rows) {
		const cols = row.year === TREE_YEAR ? TREE_COLUMNS : row.year === year ? STATS_COLUMNS : [];
		for (const c of cols) if (row[c]) counts[c] = row[c];
	}
	return counts;
}

async function expectAllUnitsMatch() {
	const [units, enrollments] = await Promise.all([su.collection('units').getFullList(), su.collection('enrollments').getFullList()]);
	const cells = units.filter((u) => u.kind === 'cell');
	const mismatches: string[] = [];
	// Every programme year present (the demo has this year's and last year's).
	const years = [...new Set(enrollments.map((e) => e.year as number))];
	for (const year of years) {
		for (const unit of units) {
			const [want, got] = await Promise.all([directCounts(unit, cells, enrollments, year), storedCounts(unit.id, year)]);
			for (const k of Object.keys(want)) if (want[k] === 0) delete want[k];
			if (JSON.stringify(Object.entries(want).sort()) !== JSON.stringify(Object.entries(got).sort())) {
				mismatches.push(`${unit.code ?? unit.name} (${year}): want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
			}
		}
	}
	expect(mismatches).toEqual([]);
	// Each row carries its unit's parent, for the dashboard's one-query "unit and children".
	const parentOf = new Map(units.map((u) => [u.id, u.parent]));
	const rows = await su.collection('unit_stats').getFullList({ fields: 'unit,parent' });
	expect(rows.filter((r) => r.parent !== parentOf.get(r.unit))).toEqual([]);
	return { units, enrollments };
}

describe('dashboard counters equal the raw records', () => {
	beforeAll(async () => {
		su = await asSuperuser();
	});

	it('after the demo seed, for every unit of the tree', async () => {
		const { units, enrollments } = await expectAllUnitsMatch();
		expect(units.length).toBeGreaterThan(50);
		expect(enrollments.length).toBeGreaterThan(15);
		// Quỳnh Phụ's 17 cells are enrolled across this year's and (in January) last year's programme.
		const tb = units.find((u) => u.code === 'TB-QP')!;
		const years = [...new Set(enrollments.map((e) => e.year as number))];
		let enrolled = 0;
		for (const year of years) enrolled += (await storedCounts(tb.id, year)).enrolled ?? 0;
		expect(enrolled).toBe(17);
	});

	it('after a grassroots committee moves to another district, and a cell becomes a chi bộ cơ sở', async () => {
		const [unit, target, cell] = await Promise.all([
			su.collection('units').getFirstListItem('code = "TB-QP-AV"'),
			su.collection('units').getFirstListItem('code = "TB-TT"'),
			su.collection('units').getFirstListItem('code = "TB-QP-QH-02"')
		]);
		await su.collection('units').update(unit.id, { parent: target.id });
		await su.collection('units').update(cell.id, { isGrassroots: true });
		await expectAllUnitsMatch();
		await su.collection('units').update(cell.id, { isGrassroots: false });
		await su.collection('units').update(unit.id, { parent: unit.parent });
		await expectAllUnitsMatch();
	});

	it('after a draft enrollment is deleted and a new cell is added', async () => {
		const draft = await su.collection('enrollments').getFirstListItem('state = "draft"');
		await su.collection('enrollments').delete(draft.id);
		const parent = await su.collection('units').getFirstListItem('code = "TB-QP-QH"');
		await su.collection('units').create({ name: 'Chi bộ thôn Kiểm Đếm', kind: 'cell', parent: parent.id, cellType: 'residential' });
		await expectAllUnitsMatch();
	});
});

// The same property on generated data: a tree and enrollments drawn at random (a fixed seed, so a
// failure replays), then random changes: states and ratings moving, files deleted, a committee
// moving to another district, cells becoming or ceasing to be chi bộ cơ sở, a new cell.
describe('dashboard counters equal the raw records on generated data', () => {
	const STATES = ['draft', 'selection', 'planning', 'plan_review', 'pilot', 'review', 'evaluation', 'classification', 'recognition', 'recognized', 'not_recognized', 'rejected', 'withdrawn'];
	const RATINGS = ['', 'excellent', 'good', 'complete', 'incomplete'];
	const TYPES = ['residential', 'administrative', 'public_service', 'armed_forces', 'enterprise'];
	let seed = 20261122;
	const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

	beforeAll(async () => {
		su = await asSuperuser();
	});

	it('after random enrollments, random changes and random tree edits', async () => {
		const tag = Math.random().toString(36).slice(2, 7);
		const province = await su.collection('units').create({ name: `Tỉnh ủy Sinh Ngẫu ${tag}`, kind: 'province', code: `GEN-${tag}` });
		const districts = [];
		for (let d = 0; d < 3; d++) districts.push(await su.collection('units').create({ name: `Huyện ủy ${d} ${tag}`, kind: 'district', parent: province.id }));
		const grassroots = [];
		for (let g = 0; g < 6; g++) grassroots.push(await su.collection('units').create({ name: `Đảng ủy ${g} ${tag}`, kind: 'grassroots', parent: districts[g % 3]!.id }));
		const cells = [];
		for (let c = 0; c < 36; c++) {
			const underDistrict = rand() < 0.15;
			cells.push(
				await su.collection('units').create({
					name: `Chi bộ ${c} ${tag}`,
					kind: 'cell',
					parent: underDistrict ? pick(districts).id : pick(grassroots).id,
					cellType: pick(TYPES),
					isGrassroots: underDistrict
				})
			);
		}
		const programme = await su.collection('programmes').create({ name: `Chương trình sinh ngẫu ${tag}`, year: YEAR, owner: province.id, status: 'active' });
		const enrollments = [];
		for (const cell of cells) {
			if (rand() < 0.2) continue; // not every cell registers
			enrollments.push(await su.collection('enrollments').create({ cell: cell.id, programme: programme.id, state: pick(STATES), rating: pick(RATINGS) }));
		}
		await expectAllUnitsMatch();
		// Not a match of two empty sets: the province counts every file and every cell.
		expect(enrollments.every((e) => e.year === YEAR && e.path.startsWith(province.path))).toBe(true);
		expect(await storedCounts(province.id, YEAR)).toMatchObject({ enrolled: enrollments.length, cells: cells.length });

		for (let round = 0; round < 40; round++) {
			const e = pick(enrollments);
			await su.collection('enrollments').update(e.id, { state: pick(STATES), rating: pick(RATINGS) });
		}
		for (let i = 0; i < 4; i++) {
			const gone = enrollments.splice(Math.floor(rand() * enrollments.length), 1)[0]!;
			await su.collection('enrollments').delete(gone.id);
		}
		const moving = pick(grassroots);
		await su.collection('units').update(moving.id, { parent: districts.find((d) => d.id !== moving.parent)!.id });
		const flip = cells.find((c) => !c.isGrassroots)!;
		await su.collection('units').update(flip.id, { isGrassroots: true });
		await su.collection('units').create({ name: `Chi bộ mới ${tag}`, kind: 'cell', parent: pick(grassroots).id, cellType: pick(TYPES) });
		await expectAllUnitsMatch();
	});
});

// The counters are written in the same transaction as the enrollment: when the counter update
// fails, the registration (or the deletion) is not kept either, so the two never disagree. The
// failure is injected with a partial unique index on unit_stats that two rows of the test's
// units break as soon as their draft counter moves; it is removed afterwards.
describe('the counters and the write they count are one transaction', () => {
	const PASSWORD = 'Tx-stats-pass-2026';
	let province: RecordModel;
	let cell: RecordModel;
	let programme: RecordModel;
	let secretary: PocketBase;

	beforeAll(async () => {
		su = await asSuperuser();
		const tag = Math.random().toString(36).slice(2, 7);
		province = await su.collection('units').create({ name: `Tỉnh ủy Giao Dịch ${tag}`, kind: 'province', code: `TX-${tag}` });
		cell = await su.collection('units').create({ name: `Chi bộ Giao Dịch ${tag}`, kind: 'cell', parent: province.id, cellType: 'residential', code: `TX-${tag}-C` });
		programme = await su.collection('programmes').create({ name: `Chương trình giao dịch ${tag}`, year: YEAR, owner: province.id, status: 'active' });
		const user = await su.collection('users').create({
			email: `tx-${tag}@test.kieumau.vn`, password: PASSWORD, passwordConfirm: PASSWORD, verified: true,
			name: `Bí thư Giao Dịch ${tag}`, role: 'secretary', unit: cell.id
		});
		secretary = await impersonate(user.id);
	});

	/** Runs `fn` with an index that fails any write leaving both units' draft counters `when`. */
	async function withBrokenCounters<T>(when: '> 0' | '= 0', fn: () => Promise<T>): Promise<T> {
		const collection = await su.collections.getOne('unit_stats');
		const indexes = collection.indexes as string[];
		// No parentheses in the WHERE clause: PocketBase's index parser reads up to the last one.
		const where = [province.id, cell.id].map((u) => `unit = '${u}' AND year = ${YEAR} AND state_draft ${when}`).join(' OR ');
		const inject = `CREATE UNIQUE INDEX idx_unit_stats_inject_${province.id} ON unit_stats (year) WHERE ${where}`;
		await su.collections.update('unit_stats', { indexes: [...indexes, inject] });
		try {
			return await fn();
		} finally {
			await su.collections.update('unit_stats', { indexes });
		}
	}

	const draftCounts = async () => Promise.all([province.id, cell.id].map(async (u) => (await storedCounts(u, YEAR)).state_draft ?? 0));
	const enrolmentsOfCell = async () => (await su.collection('enrollments').getFullList({ filter: su.filter('cell = {:c}', { c: cell.id }) })).length;

	it('a registration whose counters cannot be written is not kept', async () => {
		const before = await draftCounts();
		const out = await withBrokenCounters('> 0', () =>
			attempt(() => secretary.collection('enrollments').create({ cell: cell.id, programme: programme.id, goals: 'Xây dựng chi bộ kiểu mẫu' }))
		);
		expect(out.status).not.toBe(200);
		expect(await enrolmentsOfCell(), 'no enrollment without its counters').toBe(0);
		expect(await draftCounts()).toEqual(before);
	});

	it('a draft whose counters cannot be written is not deleted', async () => {
		const draft = await secretary.collection('enrollments').create({ cell: cell.id, programme: programme.id, goals: 'Xây dựng chi bộ kiểu mẫu' });
		expect(await draftCounts()).toEqual([1, 1]);
		const out = await withBrokenCounters('= 0', () => attempt(() => secretary.collection('enrollments').delete(draft.id)));
		expect(out.status).not.toBe(200);
		expect(await enrolmentsOfCell(), 'the draft is still there, as its counters say').toBe(1);
		expect(await draftCounts()).toEqual([1, 1]);
		// Without the injected failure, both go together.
		await secretary.collection('enrollments').delete(draft.id);
		expect([await enrolmentsOfCell(), ...(await draftCounts())]).toEqual([0, 0, 0]);
	});
});

// Who reads the counters: the people of a unit and of the committees above it, never those below
// (a cell's secretary does not read the province's figures), as the dashboard says.
describe('who reads a unit’s counters', () => {
	const rowsOf = async (pb: PocketBase, unitId: string) =>
		attempt(() => pb.collection('unit_stats').getFullList({ filter: pb.filter('unit = {:u}', { u: unitId }) }));

	it('a secretary reads their own cell’s counters and none of its ancestors’', async () => {
		const sec = await asUser('bithu.bieunghi@kieumau.vn');
		const [cell, grassroots, province] = await Promise.all(['QN-QY-DM-BN', 'QN-QY-DM', 'QN'].map(unit));
		const all = await sec.collection('unit_stats').getFullList();
		expect(all.length).toBeGreaterThan(0);
		expect(new Set(all.map((r) => r.unit))).toEqual(new Set([cell!.id]));
		for (const above of [grassroots!, province!]) {
			expect((await rowsOf(sec, above.id)).body).toEqual([]);
			const row = await (await asSuperuser()).collection('unit_stats').getFirstListItem(`unit = "${above.id}"`);
			expect((await attempt(() => sec.collection('unit_stats').getOne(row.id))).status).toBe(404);
		}
	});

	it('a grassroots officer reads their subtree’s counters, not the province’s', async () => {
		const officer = await asUser('danguy.dongmai@kieumau.vn');
		const [own, cell, province] = await Promise.all(['QN-QY-DM', 'QN-QY-DM-BN', 'QN'].map(unit));
		expect(((await rowsOf(officer, own!.id)).body as RecordModel[]).length).toBeGreaterThan(0);
		expect(((await rowsOf(officer, cell!.id)).body as RecordModel[]).length).toBeGreaterThan(0);
		expect((await rowsOf(officer, province!.id)).body).toEqual([]);
		const all = await officer.collection('unit_stats').getFullList({ expand: 'unit' });
		for (const r of all) expect(r.expand!.unit.path).toContain(`/${own!.id}/`);
	});

	it('a province viewer reads the province’s counters', async () => {
		const viewer = await asUser('theodoi.thaibinh@kieumau.vn');
		const tb = await unit('TB');
		expect(((await rowsOf(viewer, tb.id)).body as RecordModel[]).length).toBeGreaterThan(0);
	});
});
