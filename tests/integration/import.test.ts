// Importing units, cells and members through the hook routes (pb_hooks/import.pb.js): the dry
// run reports every (row, problem) and writes nothing; the apply writes in chunks; a re-import
// changes nothing; an officer imports only into their own subtree.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../src/lib/domain/import';
import { readImportFile } from '../../src/lib/server/import/read-file';
import { templateWorkbook } from '../../src/lib/server/import/template';
import type { ApplyProgress, DryRunReport } from '../../src/lib/server/import/service';
import { asGuest, asSuperuser, asUser, attempt, impersonate } from './helpers/clients';

const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
const code = (c: string) => `IM${suffix}-${c}`;

let su: PocketBase;
let officer: PocketBase;
let otherOfficer: PocketBase;
const tree: Record<string, RecordModel> = {};

async function makeUnit(key: string, body: Record<string, unknown>) {
	tree[key] = await su.collection('units').create({ code: code(key), parent: '', ...body });
	return tree[key]!;
}

async function makeOfficer(unit: RecordModel) {
	const password = 'Import@2026-test';
	const user = await su.collection('users').create({
		email: `import-${suffix.toLowerCase()}-${unit.id}@test.kieumau.vn`, password, passwordConfirm: password,
		verified: true, name: 'Cán bộ nhập liệu', role: 'officer', unit: unit.id
	});
	return impersonate(user.id);
}

const unitRow = (row: number, c: string, name: string, kind: string, parent: string, cellType = '', grassroots = ''): RawRow => ({
	row, values: { code: c, name, kind, parent, cellType, isGrassroots: grassroots }
});
const memberRow = (row: number, c: string, name: string, cell: string, birthYear = '', position = ''): RawRow => ({
	row, values: { code: c, name, cell, birthYear, position, active: '' }
});

function dryRun(pb: PocketBase, units: RawRow[], members: RawRow[] = []) {
	return attempt<DryRunReport>(() => pb.send('/api/imports/dry-run', { method: 'POST', body: { fileName: 'test.xlsx', units, members } }));
}

async function applyAll(pb: PocketBase, importId: string): Promise<ApplyProgress[]> {
	const steps: ApplyProgress[] = [];
	for (let i = 0; i < 100; i++) {
		const p = await pb.send<ApplyProgress>(`/api/imports/${importId}/apply`, { method: 'POST' });
		steps.push(p);
		if (p.status === 'done') return steps;
	}
	throw new Error('import never finished');
}

const countUnits = (prefix: string) =>
	su.collection('units').getList(1, 1, { filter: su.filter('code ~ {:p}', { p: prefix }) }).then((r) => r.totalItems);

// A small valid file: a grassroots committee with two cells (one listed before its parent), members.
const VALID_UNITS = () => [
	unitRow(2, code('C1'), 'Chi bộ thôn Nhập Một', 'chi bộ', code('G1'), 'khu dân cư'),
	unitRow(3, code('G1'), 'Đảng ủy xã Nhập Liệu', 'Đảng ủy cơ sở', code('D')),
	unitRow(4, code('C2'), 'Chi bộ Trường Tiểu học Nhập Liệu', 'chi bộ', code('G1'), 'sự nghiệp'),
	unitRow(5, code('CS'), 'Chi bộ Công ty Nhập Liệu', 'chi bộ cơ sở', code('D'), 'doanh nghiệp')
];
const VALID_MEMBERS = () => [
	memberRow(2, 'DV01', 'Nguyễn Văn An', code('C1'), '1968', 'bí thư'),
	memberRow(3, 'DV02', 'Trần Thị Bình', code('C1'), '1979', 'phó bí thư'),
	memberRow(4, 'DV01', 'Lê Văn Cường', code('C2'), '1990')
];

beforeAll(async () => {
	su = await asSuperuser();
	await makeUnit('P', { name: 'Tỉnh ủy Nhập Liệu', kind: 'province' });
	await makeUnit('D', { name: 'Huyện ủy Nhập Liệu', kind: 'district', parent: tree.P!.id });
	await makeUnit('D2', { name: 'Huyện ủy Bên Cạnh', kind: 'district', parent: tree.P!.id });
	await makeUnit('X', { name: 'Chi bộ bên cạnh', kind: 'cell', cellType: 'residential', isGrassroots: true, parent: tree.D2!.id });
	officer = await makeOfficer(tree.D!);
	otherOfficer = await makeOfficer(tree.D2!);
});

describe('who may import', () => {
	it('refuses guests, and users who are not officers', async () => {
		expect((await dryRun(asGuest(), VALID_UNITS())).status).toBe(401);
		for (const email of ['bithu.bieunghi@kieumau.vn', 'theodoi.thaibinh@kieumau.vn', 'kiemtra.vinhtru@kieumau.vn']) {
			expect((await dryRun(await asUser(email), VALID_UNITS())).status).toBe(403);
		}
	});

	it('reports rows reaching outside the officer\'s subtree, and writes nothing', async () => {
		const out = await dryRun(officer, [
			unitRow(2, code('N1'), 'Chi bộ chen vào huyện khác', 'chi bộ', code('D2'), 'khu dân cư'),
			unitRow(3, code('X'), 'Đổi tên chi bộ huyện khác', 'chi bộ', code('D2'), 'khu dân cư', 'có'),
			unitRow(4, code('N2'), 'Huyện ủy mới ngang hàng', 'huyện', code('P'))
		], [memberRow(2, 'DV1', 'Phạm Thị Dung', code('X'))]);
		expect(out.status).toBe(200);
		expect(out.body.importId).toBeNull();
		expect(out.body.errors.map((r: DryRunReport['errors'][number]) => [r.table, r.row, r.problems[0]?.message])).toEqual([
			['units', 2, 'Đơn vị cấp trên {code} không thuộc phạm vi quản lý của anh/chị.'],
			['units', 3, 'Mã đơn vị {code} đã thuộc một đơn vị ngoài phạm vi quản lý của anh/chị.'],
			['units', 4, 'Đơn vị cấp trên {code} không thuộc phạm vi quản lý của anh/chị.'],
			['members', 2, 'Chi bộ {code} không thuộc phạm vi quản lý của anh/chị.']
		]);
		expect(await countUnits(code('N'))).toBe(0);
		expect((await su.collection('units').getOne(tree.X!.id)).name).toBe('Chi bộ bên cạnh');
	});

	it('never lets an officer drive someone else\'s import', async () => {
		const out = await dryRun(otherOfficer, [unitRow(2, code('O1'), 'Đảng ủy xã Bên Cạnh', 'cơ sở', code('D2'))]);
		expect(out.body.importId).toBeTruthy();
		const stolen = await attempt(() => officer.send(`/api/imports/${out.body.importId}/apply`, { method: 'POST' }));
		expect(stolen.status).toBe(404);
		expect(await countUnits(code('O1'))).toBe(0);
	});
});

describe('dry run, apply, re-import', () => {
	it('reports every row with a problem, and a file with errors writes nothing', async () => {
		const units = [...VALID_UNITS(), unitRow(6, code('C1'), 'Chi bộ trùng mã', 'chi bộ', code('G1'), 'dân cư'), unitRow(7, code('C3'), 'Chi bộ thiếu loại hình', 'chi bộ', code('G1'))];
		const members = [...VALID_MEMBERS(), memberRow(5, 'DV03', 'Đỗ Văn Em', code('G1'), '2099')];
		const out = await dryRun(officer, units, members);
		expect(out.status).toBe(200);
		const report = out.body as DryRunReport;
		expect(report.counts).toEqual({ create: 7, update: 0, unchanged: 0, error: 3 });
		expect(report.errors.map((r) => [r.table, r.row, r.problems.map((p) => p.message)])).toEqual([
			['units', 6, ['Mã đơn vị {code} đã có ở dòng {row}.']],
			['units', 7, ['Chi bộ phải có loại hình chi bộ.']],
			['members', 5, ['Năm sinh “{value}” không hợp lệ (từ 1900 đến {max}).', 'Mã {code} là {kind}, không phải chi bộ.']]
		]);
		expect(report.importId).toBeNull();
		expect(await countUnits(`IM${suffix}-C`)).toBe(0);
		expect(await countUnits(code('G1'))).toBe(0);
	});

	it('applies a valid file in order, and importing it again changes nothing', async () => {
		const first = await dryRun(officer, VALID_UNITS(), VALID_MEMBERS());
		expect(first.body.counts).toEqual({ create: 7, update: 0, unchanged: 0, error: 0 });
		expect(first.body.total).toBe(7);
		const steps = await applyAll(officer, first.body.importId);
		expect(steps.at(-1)).toMatchObject({ status: 'done', written: 7, total: 7 });

		const g1 = await su.collection('units').getFirstListItem(su.filter('code = {:c}', { c: code('G1') }));
		const c1 = await su.collection('units').getFirstListItem(su.filter('code = {:c}', { c: code('C1') }));
		const cs = await su.collection('units').getFirstListItem(su.filter('code = {:c}', { c: code('CS') }));
		expect(g1).toMatchObject({ kind: 'grassroots', parent: tree.D!.id, path: `${tree.D!.path}${g1.id}/` });
		expect(c1).toMatchObject({ kind: 'cell', cellType: 'residential', parent: g1.id, path: `${g1.path}${c1.id}/` });
		expect(cs).toMatchObject({ kind: 'cell', isGrassroots: true, cellType: 'enterprise', parent: tree.D!.id });
		const members = await su.collection('members').getFullList({ filter: su.filter('cell = {:c}', { c: c1.id }), sort: 'code' });
		expect(members.map((m) => [m.code, m.name, m.position, m.birthYear, m.active])).toEqual([
			['DV01', 'Nguyễn Văn An', 'secretary', 1968, true],
			['DV02', 'Trần Thị Bình', 'deputy', 1979, true]
		]);
		// The counters of the officer's unit saw the three new cells (the hooks ran on each save).
		const stats = await su.collection('unit_stats').getFirstListItem(su.filter('unit = {:u} && year = 0', { u: tree.D!.id }));
		expect(stats.cells).toBe(3);
		expect(stats.cellsGrassroots).toBe(1);

		const again = await dryRun(officer, VALID_UNITS(), VALID_MEMBERS());
		expect(again.body).toMatchObject({ counts: { create: 0, update: 0, unchanged: 7, error: 0 }, importId: null, total: 0 });

		// A changed name is one update, written as such.
		const renamed = VALID_UNITS();
		renamed[0]!.values.name = 'Chi bộ thôn Nhập Một (đổi tên)';
		const third = await dryRun(officer, renamed, VALID_MEMBERS());
		expect(third.body.counts).toEqual({ create: 0, update: 1, unchanged: 6, error: 0 });
		expect(third.body.changes).toMatchObject([{ table: 'units', row: 2, action: 'update', changes: ['name'] }]);
		await applyAll(officer, third.body.importId);
		expect((await su.collection('units').getOne(c1.id)).name).toBe('Chi bộ thôn Nhập Một (đổi tên)');
		// Applying a finished import again is harmless.
		const done = await officer.send<ApplyProgress>(`/api/imports/${third.body.importId}/apply`, { method: 'POST' });
		expect(done).toMatchObject({ status: 'done', written: 1 });
	});

	it('checks each chunk again before writing it: data changed since the dry run stops the import', async () => {
		const out = await dryRun(officer, [
			unitRow(2, code('G2'), 'Đảng ủy xã Thay Đổi', 'cơ sở', code('D')),
			unitRow(3, code('C4'), 'Chi bộ thôn Thay Đổi', 'chi bộ', code('G2'), 'dân cư')
		]);
		expect(out.body.importId).toBeTruthy();
		// Meanwhile someone creates G2 elsewhere, outside the officer's subtree.
		const clash = await su.collection('units').create({ code: code('G2'), name: 'Đảng ủy đến trước', kind: 'grassroots', parent: tree.D2!.id });
		const refused = await attempt(() => officer.send(`/api/imports/${out.body.importId}/apply`, { method: 'POST' }));
		expect(refused.status).toBe(409);
		// G2 now belongs to someone else, and C4's parent with it.
		expect(refused.body.errors.map((r: { row: number }) => r.row)).toEqual([2, 3]);
		expect(await countUnits(code('C4'))).toBe(0);
		const again = await attempt(() => officer.send(`/api/imports/${out.body.importId}/apply`, { method: 'POST' }));
		expect(again.status).toBe(409);
		await su.collection('units').delete(clash.id);
	});

	it('reads a real workbook and sends it through the same check', async () => {
		const wb = templateWorkbook(code('D'));
		wb.getWorksheet('Đơn vị')!.addRow([code('G3'), 'Đảng ủy phường Sổ Tay', 'cơ sở', code('D'), '', '']);
		wb.getWorksheet('Đảng viên')!.addRow(['DV9', 'Vũ Thị Giang', code('C1'), 1985, 'chi ủy viên', 'không']);
		const read = await readImportFile('mau.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
		expect(read.problems).toEqual([]);
		const out = await dryRun(officer, read.units, read.members);
		expect(out.body.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
	});
});

describe('a national-size file', () => {
	it('gets its dry-run report for 10,000 rows (timed by npm run bench:import)', async () => {
		const units: RawRow[] = [];
		const members: RawRow[] = [];
		let row = 1;
		for (let g = 0; g < 20; g++) {
			units.push(unitRow(++row, code(`BG${g}`), `Đảng ủy xã Lớn ${g}`, 'cơ sở', code('D')));
			for (let c = 0; c < 20; c++) {
				units.push(unitRow(++row, code(`BG${g}-C${c}`), `Chi bộ thôn ${g}-${c}`, 'chi bộ', code(`BG${g}`), 'khu dân cư'));
			}
		}
		let m = 0;
		while (units.length + members.length < 10_000) {
			const cell = code(`BG${m % 20}-C${Math.floor(m / 20) % 20}`);
			members.push(memberRow(++row, `DV${m}`, `Đảng viên Số ${m}`, cell, '1980'));
			m++;
		}
		const out = await dryRun(officer, units, members);
		expect(out.status).toBe(200);
		expect(out.body).toMatchObject({ counts: { create: 10_000, error: 0 }, total: 10_000, chunks: 40 });
		expect(out.body.changes).toHaveLength(200);
	}, 120_000);
});
