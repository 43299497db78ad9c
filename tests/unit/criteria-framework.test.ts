// The criteria framework check: every cell type (common criteria plus its own) must sum to
// exactly 100; codes unique; criteria in known groups. The demo framework passes.
import { describe, expect, it } from 'vitest';
import { appliesTo, checkFramework, sumMessage, typeTotals } from '../../src/lib/domain/criteria-framework';
import { CELL_TYPES } from '../../src/lib/domain/tree';
import { CRITERIA, CRITERIA_GROUPS } from '../../scripts/lib/demo-data.mjs';

const groups = [{ id: 1 }, { id: 2 }];
const c = (code: string, maxScore: number, cellTypes: string[] = [], group = 1) => ({ code, maxScore, cellTypes, group });

/** 80 common points plus 20 for each type: a valid framework. */
const valid = () => [c('1.1', 50), c('2.1', 30, [], 2), ...CELL_TYPES.map((t, i) => c(`T${i}`, 20, [t]))];

describe('typeTotals', () => {
	it('adds the common criteria to each type’s own', () => {
		const totals = typeTotals([c('A', 60), c('B', 40, ['residential']), c('C', 30, ['enterprise', 'armed_forces'])]);
		expect(totals).toEqual({ residential: 100, administrative: 60, public_service: 60, armed_forces: 90, enterprise: 90 });
	});

	it('rounds half points to 2 decimals', () => {
		expect(typeTotals([c('A', 33.3), c('B', 33.3), c('C', 33.4)]).residential).toBe(100);
	});

	it('common means an empty cellTypes list', () => {
		expect(appliesTo({ cellTypes: [] }, 'enterprise')).toBe(true);
		expect(appliesTo({ cellTypes: ['residential'] }, 'enterprise')).toBe(false);
	});
});

describe('checkFramework', () => {
	it('accepts a framework where every type sums to 100', () => {
		const out = checkFramework(valid(), groups);
		expect(out.ok).toBe(true);
		expect(out.problems).toEqual([]);
		expect(Object.values(out.totals)).toEqual([100, 100, 100, 100, 100]);
	});

	it('accepts the demo “4 tốt” framework', () => {
		expect(checkFramework(CRITERIA, CRITERIA_GROUPS).ok).toBe(true);
	});

	it('names each type that does not sum to 100, with its total and the gap', () => {
		const rows = valid();
		rows[2] = { ...rows[2]!, maxScore: 22 }; // residential's own criterion
		const out = checkFramework(rows, groups);
		expect(out.ok).toBe(false);
		expect(out.problems).toEqual([
			{ path: ['criteria'], cellType: 'residential', message: 'Chi bộ khu dân cư: tổng 102 điểm, thừa 2 điểm so với 100 điểm.' }
		]);
	});

	it('a common criterion changed breaks every type', () => {
		const rows = valid();
		rows[0] = { ...rows[0]!, maxScore: 45.5 };
		const out = checkFramework(rows, groups);
		expect(out.problems.map((p) => p.cellType)).toEqual([...CELL_TYPES]);
		expect(out.problems[0]!.message).toBe('Chi bộ khu dân cư: tổng 95,5 điểm, thiếu 4,5 điểm so với 100 điểm.');
	});

	it('refuses a code used twice (whatever the case) on the later row', () => {
		const rows = [...valid(), c('1.1', 0)];
		rows[rows.length - 1] = { ...rows[rows.length - 1]!, code: ' 1.1' };
		const out = checkFramework(rows, groups);
		expect(out.problems).toContainEqual({ path: ['criteria', rows.length - 1, 'code'], message: 'Mã 1.1 đã dùng cho tiêu chí khác.' });
		const lower = checkFramework([c('a.1', 50), c('A.1', 50)], groups);
		expect(lower.problems.map((p) => p.path)).toContainEqual(['criteria', 1, 'code']);
	});

	it('refuses a criterion in a group the programme does not have', () => {
		const out = checkFramework([c('X', 100, [], 7)], groups);
		expect(out.problems).toEqual([{ path: ['criteria', 0, 'group'], message: 'Nhóm tiêu chí không có trong chương trình.' }]);
	});

	it('refuses an empty framework with one message', () => {
		const out = checkFramework([], groups);
		expect(out.ok).toBe(false);
		expect(out.problems).toEqual([{ path: ['criteria'], message: 'Khung tiêu chí chưa có tiêu chí nào.' }]);
	});

	it('says “thiếu” below 100 and “thừa” above it', () => {
		expect(sumMessage('enterprise', 96)).toBe('Chi bộ doanh nghiệp: tổng 96 điểm, thiếu 4 điểm so với 100 điểm.');
		expect(sumMessage('enterprise', 100.5)).toBe('Chi bộ doanh nghiệp: tổng 100,5 điểm, thừa 0,5 điểm so với 100 điểm.');
	});
});
