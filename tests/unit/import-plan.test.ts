// The import plan: what each row would do, and why a row cannot be imported.
import { describe, expect, it } from 'vitest';
import {
	inputFromOps,
	memberKey,
	normalizeInput,
	planImport,
	type ExistingMember,
	type ExistingUnit,
	type ImportLookup,
	type RawRow
} from '../../src/lib/domain/import';
import { EN } from '../../src/lib/i18n/en';
import { IMPORT_MESSAGES } from '../../src/lib/domain/import/messages';

// The officer sits at district D (/p/d/); P is the province above, X a district elsewhere.
const SCOPE = { unitId: 'd', path: '/p/d/' };
const unit = (code: string, id: string, path: string, kind: string, parentCode: string, parentKind: string, extra: Partial<ExistingUnit> = {}): ExistingUnit => ({
	id, code, name: `Đơn vị ${code}`, kind, path, cellType: '', isGrassroots: false, parentCode, parentKind, ...extra
});
const DB: ExistingUnit[] = [
	unit('P', 'p', '/p/', 'province', '', ''),
	unit('D', 'd', '/p/d/', 'district', 'P', 'province'),
	unit('G', 'g', '/p/d/g/', 'grassroots', 'D', 'district'),
	unit('C', 'c', '/p/d/g/c/', 'cell', 'G', 'grassroots', { name: 'Chi bộ C', cellType: 'residential' }),
	unit('X', 'x', '/p/x/', 'district', 'P', 'province'),
	unit('XC', 'xc', '/p/x/xc/', 'cell', 'X', 'district', { cellType: 'enterprise', isGrassroots: true })
];
const MEMBERS: ExistingMember[] = [{ id: 'm1', cellCode: 'C', code: 'DV1', name: 'Nguyễn Văn An', position: 'secretary', birthYear: 1970, active: true }];

function lookup(): ImportLookup {
	return {
		units: new Map(DB.map((u) => [u.code, u])),
		members: new Map(MEMBERS.map((m) => [memberKey(m.cellCode, m.code), m]))
	};
}

let rowNo = 1;
const U = (code: string, name: string, kind: string, parent: string, cellType = '', isGrassroots = ''): RawRow => ({
	row: ++rowNo, values: { code, name, kind, parent, cellType, isGrassroots }
});
const M = (code: string, name: string, cell: string, birthYear = '', position = '', active = ''): RawRow => ({
	row: ++rowNo, values: { code, name, cell, birthYear, position, active }
});

function plan(units: RawRow[], members: RawRow[] = []) {
	return planImport(normalizeInput({ units, members }, 2026), lookup(), SCOPE);
}
const problemsOf = (p: ReturnType<typeof plan>, row: number) => p.rows.find((r) => r.row === row)?.problems.map((x) => x.message) ?? [];

describe('planning an import', () => {
	it('creates new units under existing ones and under each other, parents first whatever the file order', () => {
		const cell = U('N2', 'Chi bộ thôn Mới', 'chi bộ', 'N1', 'khu dân cư');
		const g = U('N1', 'Đảng ủy xã Mới', 'cơ sở', 'D');
		const p = plan([cell, g], [M('DV9', 'Trần Văn Bình', 'N2', '1980', 'bí thư')]);
		expect(p.counts).toEqual({ create: 3, update: 0, unchanged: 0, error: 0 });
		expect(p.ops.map((o) => o.record.code)).toEqual(['N1', 'N2', 'DV9']);
		expect(p.ops[1]!.record).toMatchObject({ kind: 'cell', cellType: 'residential', parentCode: 'N1' });
	});

	it('finds nothing to do when the file says what the database holds', () => {
		const p = plan(
			[U('C', 'Chi bộ C', 'Chi bộ', 'G', 'Chi bộ khu dân cư', 'không')],
			[M('DV1', 'Nguyễn Văn An', 'C', '1970', 'Bí thư', 'có')]
		);
		expect(p.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
		expect(p.ops).toEqual([]);
	});

	it('updates names and attributes, listing what changes', () => {
		const p = plan([U('C', 'Chi bộ C mới', 'chi bộ', 'G', 'doanh nghiệp')], [M('DV1', 'Nguyễn Văn An', 'C', '1971', 'bí thư', 'không')]);
		expect(p.rows.map((r) => [r.action, r.changes])).toEqual([
			['update', ['name', 'cellType']],
			['update', ['birthYear', 'active']]
		]);
		expect(p.ops.map((o) => o.id)).toEqual(['c', 'm1']);
	});

	it('refuses anything outside the officer\'s subtree', () => {
		const a = U('XC', 'Sửa chi bộ người khác', 'chi bộ', 'X', 'doanh nghiệp', 'có');
		const b = U('N3', 'Chi bộ mới bên ngoài', 'chi bộ', 'X', 'doanh nghiệp', 'có');
		const m = M('DV5', 'Lê Thị Cúc', 'XC');
		const p = plan([a, b], [m]);
		expect(problemsOf(p, a.row)).toEqual([IMPORT_MESSAGES.unitOutOfScope]);
		expect(problemsOf(p, b.row)).toEqual([IMPORT_MESSAGES.parentOutOfScope]);
		expect(problemsOf(p, m.row)).toEqual([IMPORT_MESSAGES.cellOutOfScope]);
		expect(p.ops).toEqual([]);
	});

	it('lets the officer\'s own unit stand unchanged but not be edited', () => {
		expect(plan([U('D', 'Đơn vị D', 'huyện', 'P')]).counts.unchanged).toBe(1);
		const edit = U('D', 'Tên khác', 'huyện', 'P');
		expect(problemsOf(plan([edit]), edit.row)).toEqual([IMPORT_MESSAGES.ownUnitChanged]);
	});

	it('keeps kinds in order: a parent is a higher kind, a chi bộ cơ sở sits under a district or province', () => {
		const upside = U('N4', 'Huyện dưới xã', 'huyện', 'G');
		const underCell = U('N5', 'Chi bộ dưới chi bộ', 'chi bộ', 'C', 'dân cư');
		const cs = U('N6', 'Chi bộ cơ sở dưới xã', 'chi bộ cơ sở', 'G', 'doanh nghiệp');
		const okCs = U('N7', 'Chi bộ cơ sở dưới huyện', 'chi bộ', 'D', 'doanh nghiệp', 'có');
		const p = plan([upside, underCell, cs, okCs]);
		expect(problemsOf(p, upside.row)).toEqual([IMPORT_MESSAGES.parentRank]);
		expect(problemsOf(p, underCell.row)).toEqual([IMPORT_MESSAGES.parentRank]);
		expect(problemsOf(p, cs.row)).toEqual([IMPORT_MESSAGES.grassrootsParent]);
		expect(p.rows.find((r) => r.row === okCs.row)?.action).toBe('create');
	});

	it('refuses moves and kind changes of existing units', () => {
		const move = U('C', 'Chi bộ C', 'chi bộ', 'D', 'khu dân cư');
		const kind = U('G', 'Đơn vị G', 'bộ phận', 'D');
		const p = plan([move, kind]);
		expect(problemsOf(p, move.row)).toEqual([IMPORT_MESSAGES.parentChanged]);
		expect(problemsOf(p, kind.row)).toEqual([IMPORT_MESSAGES.kindChanged]);
	});

	it('reports duplicates, unknown parents and cells, bad values, each on its row', () => {
		const first = U('N8', 'Chi bộ A', 'chi bộ', 'G', 'dân cư');
		const dup = U('N8', 'Chi bộ A lần hai', 'chi bộ', 'G', 'dân cư');
		const orphan = U('N9', 'Chi bộ mồ côi', 'chi bộ', 'KHONGCO', 'dân cư');
		const bad = U('', '', 'xã', '', 'trường học', 'hình như');
		const m1 = M('DV7', 'Phạm Văn Dũng', 'N8', '1850');
		const m2 = M('DV7', 'Phạm Văn Dũng', 'N8', '', 'trưởng thôn');
		const m3 = M('DV8', 'Đỗ Thị Em', 'G');
		const m4 = M('', 'X', 'NOWHERE', '', '', 'có thể');
		const p = plan([first, dup, orphan, bad], [m1, m2, m3, m4]);
		expect(problemsOf(p, first.row)).toEqual([]);
		expect(problemsOf(p, dup.row)).toEqual([IMPORT_MESSAGES.duplicateUnit]);
		expect(p.rows.find((r) => r.row === dup.row)?.problems[0]?.params).toEqual({ code: 'N8', row: first.row });
		expect(problemsOf(p, orphan.row)).toEqual([IMPORT_MESSAGES.parentNotFound]);
		expect(problemsOf(p, bad.row)).toEqual([
			IMPORT_MESSAGES.codeMissing, IMPORT_MESSAGES.nameMissing, IMPORT_MESSAGES.kindUnknown,
			IMPORT_MESSAGES.cellTypeUnknown, IMPORT_MESSAGES.yesNoUnknown, IMPORT_MESSAGES.parentMissing
		]);
		expect(problemsOf(p, m1.row)).toEqual([IMPORT_MESSAGES.birthYearInvalid]);
		expect(problemsOf(p, m2.row)).toEqual([IMPORT_MESSAGES.positionUnknown, IMPORT_MESSAGES.duplicateMember]);
		expect(problemsOf(p, m3.row)).toEqual([IMPORT_MESSAGES.cellNotCell]);
		expect(problemsOf(p, m4.row)).toEqual([
			IMPORT_MESSAGES.memberCodeMissing, IMPORT_MESSAGES.memberNameMissing, IMPORT_MESSAGES.yesNoUnknown, IMPORT_MESSAGES.cellNotFound
		]);
		expect(p.counts.error).toBe(7);
	});

	it('re-checks a chunk of planned writes as its own input', () => {
		const p = plan([U('N10', 'Đảng ủy Mười', 'cơ sở', 'D'), U('N11', 'Chi bộ Mười Một', 'chi bộ', 'N10', 'cơ quan')]);
		// Once the first chunk (N10) is written, the second chunk sees it in the database.
		const second = inputFromOps(p.ops.slice(1));
		const db = lookup();
		db.units.set('N10', unit('N10', 'n10', '/p/d/n10/', 'grassroots', 'D', 'district'));
		const again = planImport(second, db, SCOPE);
		expect(again.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
	});

	it('has an English text for every message', () => {
		expect(Object.values(IMPORT_MESSAGES).filter((m) => !(m in EN))).toEqual([]);
	});
});
