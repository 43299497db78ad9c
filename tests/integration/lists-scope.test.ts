// Lists and dashboards that indexes can serve (issue 12), with the same meaning as before:
// - the API rules match a unit's subtree as a prefix range (units.pathEnd), never a contains
//   match, and an inspector's assignment on the row itself (pb_migrations/1765310000_update_scope_prefix.js);
// - enrollments carry their cell's name (cellName), which the lists sort by, kept on a rename and
//   never written by a client;
// - the officer's pilot list (src/lib/server/enrollments.ts inPhase) and the inspector's list
//   return exactly the rows the rules allow, in cell-name order, from the enrollment_rows view;
// - the dashboard reads its children from the unit_rows view, with unit_stats' rule.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { statesInPhase } from '../../src/lib/domain/lifecycle-phases';
import { STATS_COLUMNS, TREE_YEAR } from '../../src/lib/domain/unit-stats';
import { unitAndChildren } from '../../src/lib/server/dashboard';
import { assignedTo, inPhase } from '../../src/lib/server/enrollments';
import { asSuperuser, asUser, attempt, impersonate } from './helpers/clients';
import { enrollmentOf, unit, user } from './helpers/demo';

let su: PocketBase;
beforeAll(async () => {
	su = await asSuperuser();
});

/** The query of every request a client sends, for asserting the shape of a request. */
function recording(pb: PocketBase): Record<string, unknown>[] {
	const queries: Record<string, unknown>[] = [];
	const before = pb.beforeSend;
	pb.beforeSend = (url, options) => {
		queries.push({ url, ...(options.query ?? {}) });
		return before ? before(url, options) : { url, options };
	};
	return queries;
}

describe('API rules', () => {
	it('match a subtree by a prefix range and an inspector on the row, never by contains', async () => {
		const collections = await su.collections.getFullList();
		const rules = collections.flatMap((c) =>
			(['listRule', 'viewRule', 'createRule', 'updateRule', 'deleteRule'] as const).map((r) => [`${c.name}.${r}`, (c as any)[r] as string | null] as const)
		);
		const contains = rules.filter(([, rule]) => rule && /path ~ @request\.auth\.unit\.path|inspectors\.id \?=/.test(rule));
		expect(contains.map(([name]) => name)).toEqual([]);
		const enrollments = collections.find((c) => c.name === 'enrollments')!;
		expect(enrollments.listRule).toContain('(path >= @request.auth.unit.path && path < @request.auth.unit.pathEnd)');
		expect(enrollments.listRule).toContain('inspectors ~ @request.auth.id');
		expect(enrollments.indexes.some((i) => i.includes('idx_enrollments_cell_name') && i.includes('(cellName, path, state)'))).toBe(true);
	});

	it('every unit’s pathEnd is its path with the final "/" replaced by "0"', async () => {
		const units = await su.collection('units').getFullList({ fields: 'id,path,pathEnd' });
		expect(units.length).toBeGreaterThan(10);
		expect(units.filter((u) => u.pathEnd !== u.path.slice(0, -1) + '0')).toEqual([]);
	});
});

describe('enrollments.cellName', () => {
	it('is the cell’s name on every enrollment, and follows a rename of the cell', async () => {
		const all = await su.collection('enrollments').getFullList({ fields: 'id,cellName,expand.cell.name', expand: 'cell' });
		expect(all.filter((e) => e.cellName !== e.expand?.cell?.name)).toEqual([]);

		const e = await enrollmentOf('QN-QY-DM-BN');
		const cell = await su.collection('units').getOne(e.cell);
		try {
			await su.collection('units').update(cell.id, { name: `${cell.name} (đổi tên)` });
			expect((await su.collection('enrollments').getOne(e.id)).cellName).toBe(`${cell.name} (đổi tên)`);
		} finally {
			await su.collection('units').update(cell.id, { name: cell.name });
		}
		expect((await su.collection('enrollments').getOne(e.id)).cellName).toBe(cell.name);
	});

	it('is not written by a secretary, even on a draft whose registration they may edit', async () => {
		const draft = await su.collection('enrollments').getFirstListItem('state = "draft"');
		const secretary = await su.collection('users').getFirstListItem(su.filter('role = "secretary" && unit = {:cell}', { cell: draft.cell }));
		const pb = await impersonate(secretary.id);
		const out = await attempt(() => pb.collection('enrollments').update(draft.id, { cellName: 'AAA chi bộ giả' }));
		expect(out.status).toBe(403);
		expect((await su.collection('enrollments').getOne(draft.id)).cellName).toBe(draft.cellName);
	});
});

describe('the officer’s pilot list', () => {
	const pilot = statesInPhase('pilot');

	for (const [who, email, code] of [
		['a province officer', 'tinhuy.thaibinh@kieumau.vn', 'TB'],
		['a district officer', 'huyenuy.quynhphu@kieumau.vn', 'TB-QP'],
		['a grassroots officer', 'danguy.dongmai@kieumau.vn', 'QN-QY-DM']
	] as const) {
		it(`${who}: the subtree’s pilot-phase cells, by cell name, sorted by the copy without expanding each cell`, async () => {
			const [pb, own] = await Promise.all([asUser(email), unit(code)]);
			const sent = recording(pb);
			const rows = await inPhase(pb, { path: own.path, kind: own.kind }, 'pilot', 500);
			const all = await su.collection('enrollments').getFullList({ expand: 'cell' });
			const want = all
				.filter((e) => e.path.startsWith(own.path) && pilot.includes(e.state))
				.map((e) => ({ id: e.id, cellName: e.expand!.cell.name as string }))
				.sort((a, b) => (a.cellName < b.cellName ? -1 : a.cellName > b.cellName ? 1 : 0));
			expect(want.length).toBeGreaterThan(0);
			expect(rows.map((r) => r.cellName)).toEqual(want.map((w) => w.cellName));
			expect(new Set(rows.map((r) => r.id))).toEqual(new Set(want.map((w) => w.id)));
			const list = sent.filter((q) => String(q.url).endsWith('/api/collections/enrollment_rows/records'));
			expect(list.map((q) => [q.sort, String(q.expand).split(',').includes('cell')])).toEqual([['cellName', false]]);
		});
	}

	it('an inspector: the enrollments assigned to them, as the rule allows, matched on the row', async () => {
		const email = 'kiemtra.vinhtru@kieumau.vn';
		const [pb, me] = await Promise.all([asUser(email), user(email)]);
		const sent = recording(pb);
		const rows = await assignedTo(pb, me.id);
		// Tested on the row's own list of ids, not joined through each row's inspectors.
		expect(sent.map((q) => [String(q.filter).includes('inspectors ~'), q.sort])).toEqual([[true, 'state,cellName']]);
		const all = await su.collection('enrollments').getFullList();
		const want = all.filter((e) => (e.inspectors as string[]).includes(me.id) || e.supervisor === me.id).map((e) => e.id);
		expect(rows.every((r) => r.programmeName && r.cellName)).toBe(true);
		expect(want.length).toBeGreaterThan(0);
		expect(rows.map((r) => r.id).sort()).toEqual(want.sort());
		expect((await pb.collection('enrollments').getFullList()).map((e) => e.id).sort()).toEqual(want.sort());
	});
});

describe('enrollment_rows, the lists’ view of enrollments', () => {
	it('shows each role exactly the enrollments the records API shows them, with the names the lists need', async () => {
		const emails = [
			'bithu.bieunghi@kieumau.vn',
			'danguy.dongmai@kieumau.vn',
			'huyenuy.quynhphu@kieumau.vn',
			'tinhuy.thaibinh@kieumau.vn',
			'theodoi.thaibinh@kieumau.vn',
			'kiemtra.vinhtru@kieumau.vn'
		];
		const all = new Map((await su.collection('enrollments').getFullList({ expand: 'programme,awaiting' })).map((e) => [e.id, e]));
		for (const email of emails) {
			const pb = await asUser(email);
			const [records, rows] = await Promise.all([pb.collection('enrollments').getFullList({ fields: 'id' }), pb.collection('enrollment_rows').getFullList()]);
			expect(records.length, email).toBeGreaterThan(0);
			expect(rows.map((r) => r.id).sort(), email).toEqual(records.map((r) => r.id).sort());
			for (const r of rows) {
				const e = all.get(r.id)!;
				expect([r.cellName, r.programmeName, r.awaitingName, r.state]).toEqual([e.cellName, e.expand?.programme?.name ?? '', e.expand?.awaiting?.name ?? '', e.state]);
			}
		}
	});
});

describe('the dashboard’s children (unit_rows)', () => {
	it('a district officer gets each child’s name, kind and the table’s figures, as unit_stats holds them', async () => {
		const [pb, district] = await Promise.all([asUser('huyenuy.quynhphu@kieumau.vn'), unit('TB-QP')]);
		const rows = await su.collection('unit_stats').getFullList({ filter: su.filter('parent = {:u}', { u: district.id }), expand: 'unit' });
		const year = Math.max(...rows.map((r) => r.year as number));
		const { self, children } = await unitAndChildren(pb, district, year);
		const byUnit = new Map<string, RecordModel[]>();
		for (const r of rows.filter((r) => r.year === TREE_YEAR || r.year === year)) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
		expect(children.map((c) => c.id).sort()).toEqual([...byUnit.keys()].sort());
		for (const c of children) {
			const mine = byUnit.get(c.id)!;
			const tree = mine.find((r) => r.year === TREE_YEAR);
			const stats = mine.find((r) => r.year === year);
			expect(c.name).toBe(mine[0]!.expand!.unit.name);
			expect(c.kind).toBe(mine[0]!.expand!.unit.kind);
			expect(c.figures.cells).toBe(tree?.cells ?? 0);
			for (const k of ['enrolled', 'goodOrBetter', 'recognized', 'recognizedGrassroots', ...statesInPhase('pilot').map((s) => `state_${s}`)]) {
				expect(c.figures.counters[k] ?? 0, `${c.name} ${k}`).toBe(stats?.[k] ?? 0);
			}
		}
		const own = await su.collection('unit_stats').getFirstListItem(su.filter('unit = {:u} && year = {:y}', { u: district.id, y: year }));
		for (const k of STATS_COLUMNS) expect(self.figures.counters[k] ?? 0).toBe(own[k] ?? 0);
	});

	it('is read by the people of a unit and of the committees above it, never by those below', async () => {
		const [sec, grassrootsOfficer, province, cell] = await Promise.all([
			asUser('bithu.bieunghi@kieumau.vn'),
			asUser('danguy.dongmai@kieumau.vn'),
			unit('QN'),
			unit('QN-QY-DM-BN')
		]);
		expect(new Set((await sec.collection('unit_rows').getFullList()).map((r) => r.unit))).toEqual(new Set([cell.id]));
		expect(await grassrootsOfficer.collection('unit_rows').getFullList({ filter: `parent = "${province.id}"` })).toEqual([]);
		expect(await (await asUser('tinhuy.thaibinh@kieumau.vn')).collection('unit_rows').getFullList({ filter: `parent = "${province.id}"` })).toEqual([]);
		expect((await (await asUser('tinhuy.quangninh@kieumau.vn')).collection('unit_rows').getFullList({ filter: `parent = "${province.id}"` })).length).toBeGreaterThan(0);
	});
});
