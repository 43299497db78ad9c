import { describe, expect, it } from 'vitest';
import {
	CELL_TYPES,
	CELL_TYPE_LABELS,
	UNIT_KIND_LABELS,
	ancestorIds,
	childPath,
	isWithin,
	pathIds
} from '../../src/lib/domain/tree';

describe('materialised path', () => {
	it('builds paths from the root down, slash-delimited on both ends', () => {
		const province = childPath(null, 'p1');
		const district = childPath(province, 'd1');
		const cell = childPath(district, 'c1');
		expect(province).toBe('/p1/');
		expect(district).toBe('/p1/d1/');
		expect(cell).toBe('/p1/d1/c1/');
	});

	it('lists ancestors root first, without the unit itself', () => {
		expect(ancestorIds('/p1/d1/g1/c1/')).toEqual(['p1', 'd1', 'g1']);
		expect(ancestorIds('/p1/')).toEqual([]);
		expect(pathIds('/p1/d1/')).toEqual(['p1', 'd1']);
	});

	it('tests subtree membership on whole ids only', () => {
		expect(isWithin('/p1/d1/c1/', '/p1/d1/')).toBe(true);
		expect(isWithin('/p1/d1/', '/p1/d1/')).toBe(true);
		expect(isWithin('/p1/d10/c1/', '/p1/d1/')).toBe(false);
		expect(isWithin('/p2/d1/', '/p1/')).toBe(false);
		expect(isWithin('/p1/', '')).toBe(false);
	});

	it('refuses ids and parent paths that would corrupt the path', () => {
		expect(() => childPath(null, 'a/b')).toThrow();
		expect(() => childPath(null, '')).toThrow();
		expect(() => childPath('p1', 'c1')).toThrow();
	});
});

describe('labels', () => {
	it('has a Vietnamese label for every cell type and kind', () => {
		for (const type of CELL_TYPES) expect(CELL_TYPE_LABELS[type]).toMatch(/^Chi bộ /);
		expect(CELL_TYPE_LABELS.residential).toBe('Chi bộ khu dân cư');
		expect(UNIT_KIND_LABELS.subcommittee).toBe('Đảng bộ bộ phận');
		expect(UNIT_KIND_LABELS.grassroots).toBe('Đảng ủy cơ sở');
	});
});
