import { describe, expect, it } from 'vitest';
import { assignmentErrors, cellFieldErrors, childKindsOf, manageError, mayHold, moveError, placementError } from '../../src/lib/domain/tree-admin';

const P = { id: 'p', kind: 'province', path: '/p/' };
const D1 = { id: 'd1', kind: 'district', path: '/p/d1/' };
const D2 = { id: 'd2', kind: 'district', path: '/p/d2/' };
const G1 = { id: 'g1', kind: 'grassroots', path: '/p/d1/g1/' };
const C1 = { id: 'c1', kind: 'cell', path: '/p/d1/g1/c1/' };

describe('the kinds run downhill', () => {
	it('lets a unit hold only lower kinds, levels may be skipped, a cell holds nothing', () => {
		expect(childKindsOf('province')).toEqual(['district', 'grassroots', 'subcommittee', 'cell']);
		expect(childKindsOf('grassroots')).toEqual(['subcommittee', 'cell']);
		expect(childKindsOf('cell')).toEqual([]);
		expect(mayHold('district', 'province')).toBe(false);
		expect(mayHold('district', 'district')).toBe(false);
		expect(placementError('province', 'cell')).toMatch(/Chi bộ không có/);
		expect(placementError('province', 'district')).toMatch(/không thể là cấp trên/);
		expect(placementError('province', null)).toBeNull();
	});

	it('asks for a cell type on cells only, and a chi bộ cơ sở right under a district or province', () => {
		expect(cellFieldErrors({ kind: 'cell', cellType: '' }, 'grassroots')).toHaveProperty('cellType');
		expect(cellFieldErrors({ kind: 'cell', cellType: 'residential', isGrassroots: true }, 'grassroots')).toHaveProperty('isGrassroots');
		expect(cellFieldErrors({ kind: 'cell', cellType: 'residential', isGrassroots: true }, 'district')).toEqual({});
		expect(cellFieldErrors({ kind: 'grassroots', cellType: 'residential' }, 'district')).toHaveProperty('cellType');
	});
});

describe('moving a unit', () => {
	it('stays inside the officer’s subtree and never touches their own unit', () => {
		expect(moveError(G1, D2, '/p/')).toBeNull();
		expect(moveError(D1, P, '/p/d1/')).toMatch(/chính đơn vị của bạn/);
		expect(moveError(G1, D2, '/p/d1/')).toMatch(/cấp trên mới nằm ngoài/);
		expect(moveError(D2, P, '/p/d1/')).toMatch(/ngoài phạm vi/);
	});

	it('never goes under itself or its descendants, nor out of kind order', () => {
		expect(moveError(D1, G1, '/p/')).toMatch(/chính nó/);
		expect(moveError(G1, G1, '/p/')).toMatch(/chính nó/);
		expect(moveError(D2, C1, '/p/')).toMatch(/Chi bộ không có/);
		expect(moveError({ id: 'g2', kind: 'grassroots', path: '/p/d2/g2/' }, G1, '/p/')).toMatch(/không thể là cấp trên/);
		expect(moveError(C1, D2, null)).toBeNull();
	});
});

describe('accounts', () => {
	const officer = { id: 'me', role: 'officer', unitPath: '/p/d1/' };
	it('are managed inside the subtree, never one’s own nor a peer officer’s', () => {
		expect(manageError(officer, { id: 'x', role: 'inspector', unitPath: '/p/d1/g1/' })).toBeNull();
		expect(manageError(officer, { id: 'x', role: 'viewer', unitPath: '/p/d1/' })).toBeNull();
		expect(manageError(officer, { id: 'me', role: 'officer', unitPath: '/p/d1/' })).toMatch(/tự thay đổi/);
		expect(manageError(officer, { id: 'peer', role: 'officer', unitPath: '/p/d1/' })).toMatch(/cùng cấp/);
		expect(manageError(officer, { id: 'x', role: 'viewer', unitPath: '/p/' })).toMatch(/ngoài phạm vi/);
		expect(manageError({ ...officer, role: 'viewer' }, { id: 'x', role: 'viewer', unitPath: '/p/d1/g1/' })).toMatch(/Chỉ cán bộ/);
	});

	it('are placed in the subtree, officers strictly below, secretaries at cells', () => {
		expect(assignmentErrors(officer, 'secretary', C1)).toEqual({});
		expect(assignmentErrors(officer, 'officer', G1)).toEqual({});
		expect(assignmentErrors(officer, 'officer', D1)).toHaveProperty('role');
		expect(assignmentErrors(officer, 'viewer', P)).toHaveProperty('unit');
		expect(assignmentErrors(officer, 'secretary', G1)).toHaveProperty('unit');
		expect(assignmentErrors(officer, 'inspector', C1)).toHaveProperty('unit');
		expect(assignmentErrors(officer, 'admin', G1)).toHaveProperty('role');
	});
});
