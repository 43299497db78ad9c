// Officers administering their part of the party tree through /api/tree/units
// (pb_hooks/units.pb.js, lib/unit-admin.js): where they may add and move units, what the server
// refuses (and that the plain records API stays closed to them), that a move rewrites
// the whole subtree, and that units.memberCount (pb_hooks/members.pb.js) equals a direct count of
// the active members after creates, deletes, a change of cell and moves. A private tree per run,
// so the demo tree other files rely on stays as it is.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, asUser, attempt, impersonate } from './helpers/clients';

let su: PocketBase;
const tag = Math.random().toString(36).slice(2, 8);
const u: Record<string, RecordModel> = {};
let officerP: PocketBase; // at the province
let officerD1: PocketBase; // at district D1

async function mkUnit(key: string, body: Record<string, unknown>) {
	u[key] = await su.collection('units').create({ code: `TA-${tag}-${key}`, parent: '', ...body });
	return u[key]!;
}

async function mkOfficer(name: string, unit: RecordModel): Promise<PocketBase> {
	const pw = `Ta-${tag}-pass-2026`;
	const user = await su.collection('users').create({
		email: `ta-${tag}-${unit.id}@test.kieumau.vn`, password: pw, passwordConfirm: pw, verified: true, name, role: 'officer', unit: unit.id
	});
	return impersonate(user.id);
}

const addUnit = (pb: PocketBase, body: Record<string, unknown>) => pb.send('/api/tree/units', { method: 'POST', body });
const editUnit = (pb: PocketBase, id: string, body: Record<string, unknown>) => pb.send(`/api/tree/units/${id}`, { method: 'PATCH', body });
const fresh = (key: string) => su.collection('units').getOne(u[key]!.id);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** The private tree's units, and the member totals counted here straight from the member records. */
async function expectCountsMatch() {
	const units = await su.collection('units').getFullList({ filter: su.filter('path ~ {:p}', { p: `/${u.P!.id}/` }) });
	const members = await su.collection('members').getFullList({ filter: su.filter('cell.path ~ {:p}', { p: `/${u.P!.id}/` }), expand: 'cell' });
	const got = Object.fromEntries(units.map((x) => [x.code, x.memberCount]));
	const want = Object.fromEntries(
		units.map((x) => [x.code, members.filter((m) => m.active && (m.expand!.cell as RecordModel).path.startsWith(x.path)).length])
	);
	expect(got).toEqual(want);
	return want;
}

/** Every unit's path is its parent's path plus its id, its depth one more, its pathEnd the path's upper bound. */
async function expectPathsConsistent() {
	const units = await su.collection('units').getFullList({ filter: su.filter('path ~ {:p}', { p: `/${u.P!.id}/` }) });
	const byId = new Map(units.map((x) => [x.id, x]));
	for (const x of units) {
		const parent = byId.get(x.parent);
		expect(x.path).toBe(parent ? `${parent.path}${x.id}/` : `/${x.id}/`);
		expect(x.depth).toBe(parent ? parent.depth + 1 : 0);
		// The subtree's upper bound for the scope rules' range (pb_hooks/lib/tree.js pathEnd).
		expect(x.pathEnd).toBe(x.path.slice(0, -1) + '0');
	}
}

beforeAll(async () => {
	su = await asSuperuser();
	await mkUnit('P', { name: `Tỉnh ủy Cây Thử ${tag}`, kind: 'province' });
	await mkUnit('D1', { name: `Huyện ủy Một ${tag}`, kind: 'district', parent: u.P!.id });
	await mkUnit('D2', { name: `Huyện ủy Hai ${tag}`, kind: 'district', parent: u.P!.id });
	await mkUnit('G1', { name: `Đảng ủy xã Một ${tag}`, kind: 'grassroots', parent: u.D1!.id });
	await mkUnit('C1', { name: `Chi bộ thôn Một ${tag}`, kind: 'cell', parent: u.G1!.id, cellType: 'residential' });
	await mkUnit('C2', { name: `Chi bộ thôn Hai ${tag}`, kind: 'cell', parent: u.G1!.id, cellType: 'enterprise' });
	await mkUnit('CS', { name: `Chi bộ Quân sự ${tag}`, kind: 'cell', parent: u.D2!.id, cellType: 'armed_forces', isGrassroots: true });
	officerP = await mkOfficer('Nguyễn Văn Tỉnh', u.P!);
	officerD1 = await mkOfficer('Trần Thị Huyện', u.D1!);
});

describe('officers edit the tree inside their subtree', () => {
	it('adds a grassroots committee under their own unit, with path and depth from the server', async () => {
		const g = await addUnit(officerD1, { name: `Đảng ủy xã Mới ${tag}`, kind: 'grassroots', parent: u.D1!.id, code: `TA-${tag}-G9`, path: '/forged/', depth: 0, memberCount: 99 });
		expect(g.path).toBe(`${u.D1!.path}${g.id}/`);
		expect(g.depth).toBe(u.D1!.depth + 1);
		expect(g.memberCount).toBe(0);
		u.G9 = await su.collection('units').getOne(g.id);
	});

	const refusals: Array<[string, () => Promise<unknown>, number, string?]> = [
		['adds under a unit outside their subtree', () => addUnit(officerD1, { name: 'Đảng ủy xã Ngoài', kind: 'grassroots', parent: u.D2!.id }), 400, 'parent'],
		['adds a province under their district', () => addUnit(officerD1, { name: 'Tỉnh ủy Lạc Chỗ', kind: 'province', parent: u.D1!.id }), 400, 'kind'],
		['adds a unit under a cell', () => addUnit(officerD1, { name: 'Chi bộ Con', kind: 'cell', parent: u.C1!.id, cellType: 'residential' }), 400, 'parent'],
		['adds a cell with no cell type', () => addUnit(officerD1, { name: 'Chi bộ Thiếu Loại', kind: 'cell', parent: u.G1!.id }), 400, 'cellType'],
		['adds a unit with a one-letter name', () => addUnit(officerD1, { name: 'A', kind: 'grassroots', parent: u.D1!.id }), 400, 'name'],
		['adds a unit with a code over 64 characters', () => addUnit(officerD1, { name: 'Đảng ủy xã Mã Dài', kind: 'grassroots', parent: u.D1!.id, code: 'X'.repeat(65) }), 400, 'code'],
		['marks a cell under a grassroots committee as chi bộ cơ sở', () => addUnit(officerD1, { name: 'Chi bộ Sai', kind: 'cell', parent: u.G1!.id, cellType: 'residential', isGrassroots: true }), 400, 'isGrassroots'],
		['renames their own unit', () => editUnit(officerD1, u.D1!.id, { name: 'Huyện ủy Tự Đổi' }), 403],
		['renames a unit outside their subtree', () => editUnit(officerD1, u.D2!.id, { name: 'Huyện ủy Bị Đổi' }), 404],
		['moves their own unit', () => editUnit(officerD1, u.D1!.id, { parent: u.D2!.id }), 403],
		['moves a unit of theirs out of their subtree', () => editUnit(officerD1, u.G1!.id, { parent: u.D2!.id }), 400, 'parent'],
		['moves a unit under its own descendant', () => editUnit(officerP, u.D1!.id, { parent: u.G1!.id }), 400, 'parent'],
		['moves a unit under itself', () => editUnit(officerP, u.G1!.id, { parent: u.G1!.id }), 400],
		['moves a district under a cell', () => editUnit(officerP, u.D2!.id, { parent: u.C1!.id }), 400, 'parent'],
		['moves a grassroots committee under another grassroots committee', () => editUnit(officerP, u.G1!.id, { parent: u.G9!.id }), 400, 'parent'],
		['changes the kind of a unit', () => editUnit(officerP, u.G1!.id, { kind: 'subcommittee' }), 400, 'kind']
	];
	for (const [name, request, status, field] of refusals) {
		it(`refuses when an officer ${name}`, async () => {
			const out = await attempt(request);
			expect(out.status).toBe(status);
			if (field) expect(Object.keys(out.body.data ?? {})).toContain(field);
			if (status === 400 && field) expect(out.body.message).toMatch(/[À-ỹ]/);
		});
	}

	it('refuses secretaries, inspectors and viewers, and keeps the plain records API closed to all', async () => {
		for (const email of ['bithu.bieunghi@kieumau.vn', 'kiemtra.vinhtru@kieumau.vn', 'theodoi.thaibinh@kieumau.vn']) {
			const pb = await asUser(email);
			const me = pb.authStore.record!;
			expect((await attempt(() => addUnit(pb, { name: 'Đơn vị Lạ', kind: 'cell', cellType: 'residential', parent: me.unit }))).status).toBe(403);
			expect((await attempt(() => editUnit(pb, me.unit, { name: 'Đổi Tên' }))).status).toBe(403);
		}
		expect((await attempt(() => officerP.collection('units').create({ name: 'Đảng ủy Lách', kind: 'grassroots', parent: u.D1!.id }))).status).toBe(403);
		expect((await attempt(() => officerP.collection('units').update(u.G1!.id, { parent: u.D2!.id }))).status).toBe(403);
	});

	it('renames and recodes a unit below, never writing the counters', async () => {
		const out = await editUnit(officerD1, u.C2!.id, { name: `Chi bộ thôn Hai Mới ${tag}`, cellType: 'residential', memberCount: 500, path: '/x/' });
		expect(out.name).toBe(`Chi bộ thôn Hai Mới ${tag}`);
		expect(out.memberCount).toBe(0);
		expect(out.path).toBe(u.C2!.path);
	});
});

describe('member counts follow the member records', () => {
	let m: RecordModel[] = [];

	it('counts creates on the cell and every unit above it', async () => {
		const add = (cell: string, name: string, active = true) => su.collection('members').create({ cell: u[cell]!.id, name, position: 'member', active });
		m = await Promise.all([
			add('C1', 'Nguyễn Văn An'), add('C1', 'Lê Thị Bình'), add('C1', 'Phạm Văn Cường'),
			add('C2', 'Hoàng Thị Dung'), add('C2', 'Đỗ Văn Em', false), add('CS', 'Vũ Văn Phúc'), add('CS', 'Bùi Thị Giang')
		]);
		const want = await expectCountsMatch();
		expect(want[`TA-${tag}-P`]).toBe(6);
		expect(want[`TA-${tag}-G1`]).toBe(4);
	});

	it('counts a secretary adding a member through the API rules', async () => {
		const pw = `Ta-${tag}-sec-2026`;
		const sec = await su.collection('users').create({ email: `ta-${tag}-sec@test.kieumau.vn`, password: pw, passwordConfirm: pw, name: 'Mai Thị Hoa', role: 'secretary', unit: u.C1!.id });
		const pb = await impersonate(sec.id);
		m.push(await pb.collection('members').create({ cell: u.C1!.id, name: 'Trịnh Văn Hải', position: 'member', active: true }));
		expect((await expectCountsMatch())[`TA-${tag}-C1`]).toBe(4);
	});

	it('after deletes, a member who stops attending and one who changes cell', async () => {
		await su.collection('members').delete(m[0]!.id);
		await su.collection('members').update(m[1]!.id, { active: false });
		await su.collection('members').update(m[4]!.id, { active: true });
		await su.collection('members').update(m[2]!.id, { cell: u.CS!.id });
		const want = await expectCountsMatch();
		expect(want[`TA-${tag}-C1`]).toBe(1);
		expect(want[`TA-${tag}-CS`]).toBe(3);
	});

	it('after a grassroots committee moves to another district, with its subtree, and back', async () => {
		const before = await fresh('C1');
		const moved = await editUnit(officerP, u.G1!.id, { parent: u.D2!.id });
		expect(moved.path).toBe(`${u.D2!.path}${u.G1!.id}/`);
		const c1 = await fresh('C1');
		expect(c1.path).toBe(`${moved.path}${c1.id}/`);
		expect(c1.depth).toBe(before.depth);
		await expectPathsConsistent();
		const want = await expectCountsMatch();
		expect(want[`TA-${tag}-D1`]).toBe(0);
		expect(want[`TA-${tag}-D2`]).toBe(want[`TA-${tag}-P`]);
		// The district officer no longer sees it; the province officer moves it back.
		expect((await attempt(() => officerD1.collection('units').getOne(u.G1!.id))).status).toBe(404);
		await editUnit(officerP, u.G1!.id, { parent: u.D1!.id });
		await expectPathsConsistent();
		await expectCountsMatch();
		expect((await officerD1.collection('units').getOne(u.G1!.id)).id).toBe(u.G1!.id);
	});

	it('after a cell moves one level up and becomes a chi bộ cơ sở', async () => {
		await editUnit(officerP, u.C2!.id, { parent: u.D1!.id, isGrassroots: true });
		await expectPathsConsistent();
		await expectCountsMatch();
	});

	it('lists the children of one unit through the indexed parent filter', async () => {
		const children = await officerD1.collection('units').getList(1, 50, { filter: officerD1.filter('parent = {:p}', { p: u.D1!.id }), skipTotal: true });
		expect(ids(children.items)).toEqual([u.G1!.id, u.G9!.id, u.C2!.id].sort());
	});
});
