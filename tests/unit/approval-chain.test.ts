import { describe, expect, it } from 'vitest';
import { quotaScopeUnit, resolveChain, type AncestorUnit } from '../../src/lib/domain/approval-chain';
import { DEFAULT_PROGRAMME_CONFIG } from '../../src/lib/domain/programme-config';

const chains = DEFAULT_PROGRAMME_CONFIG.chains;

// Ancestors are given root first, excluding the cell.
const fourLevel: AncestorUnit[] = [
	{ id: 'P', kind: 'province' },
	{ id: 'D', kind: 'district' },
	{ id: 'G', kind: 'grassroots' }
];
const threeLevel: AncestorUnit[] = [
	{ id: 'P', kind: 'province' },
	{ id: 'G', kind: 'grassroots' }
];
// A chi bộ cơ sở: itself a grassroots organisation, directly under the district.
const grassrootsCell: AncestorUnit[] = [
	{ id: 'P', kind: 'province' },
	{ id: 'D', kind: 'district' }
];
const withSubcommittee: AncestorUnit[] = [
	{ id: 'P', kind: 'province' },
	{ id: 'D', kind: 'district' },
	{ id: 'G', kind: 'grassroots' },
	{ id: 'S', kind: 'subcommittee' }
];

describe('resolveChain on a 4-level tree (province → district → grassroots → cell)', () => {
	it('resolves the QĐ 366 default chains', () => {
		expect(resolveChain(chains.selection, fourLevel)).toEqual(['G', 'D']);
		expect(resolveChain(chains.plan, fourLevel)).toEqual(['G']);
		expect(resolveChain(chains.supervision, fourLevel)).toEqual(['G']);
		expect(resolveChain(chains.classification, fourLevel)).toEqual(['G']);
		expect(resolveChain(chains.recognition, fourLevel)).toEqual(['G', 'D', 'P']);
	});

	it('merges direct and grassroots when they are the same committee', () => {
		expect(resolveChain(['direct', 'grassroots', 'district'], fourLevel)).toEqual(['G', 'D']);
	});

	it('keeps the order the programme gives', () => {
		expect(resolveChain(['province', 'district'], fourLevel)).toEqual(['P', 'D']);
	});
});

describe('resolveChain on a 3-level tree (province → grassroots → cell, no district level)', () => {
	it('skips the missing district level', () => {
		expect(resolveChain(chains.selection, threeLevel)).toEqual(['G']);
		expect(resolveChain(chains.plan, threeLevel)).toEqual(['G']);
		expect(resolveChain(chains.recognition, threeLevel)).toEqual(['G', 'P']);
	});

	it('falls back to the nearest higher committee when every level is missing', () => {
		expect(resolveChain(['district'], threeLevel)).toEqual(['P']);
	});
});

describe('resolveChain for a chi bộ cơ sở (province → district → cell)', () => {
	it('has no grassroots committee: direct is the district', () => {
		expect(resolveChain(['direct'], grassrootsCell)).toEqual(['D']);
		expect(resolveChain(chains.selection, grassrootsCell)).toEqual(['D']);
		expect(resolveChain(chains.recognition, grassrootsCell)).toEqual(['D', 'P']);
	});

	it('falls back to the district when only grassroots was asked for', () => {
		expect(resolveChain(['grassroots'], grassrootsCell)).toEqual(['D']);
	});
});

describe('resolveChain with a đảng bộ bộ phận between the cell and the grassroots committee', () => {
	it('takes the subcommittee as the direct superior', () => {
		expect(resolveChain(['direct'], withSubcommittee)).toEqual(['S']);
		expect(resolveChain(['direct', 'grassroots', 'district'], withSubcommittee)).toEqual(['S', 'G', 'D']);
		expect(resolveChain(chains.recognition, withSubcommittee)).toEqual(['G', 'D', 'P']);
	});
});

describe('resolveChain edge cases', () => {
	it('returns nothing for a unit without ancestors or an empty level list', () => {
		expect(resolveChain(['direct'], [])).toEqual([]);
		expect(resolveChain([], fourLevel)).toEqual([]);
	});
});

describe('quotaScopeUnit', () => {
	it('is the nearest district-level committee', () => {
		expect(quotaScopeUnit(fourLevel)).toBe('D');
		expect(quotaScopeUnit(grassrootsCell)).toBe('D');
		expect(quotaScopeUnit(withSubcommittee)).toBe('D');
	});

	it('is the province where there is no district level', () => {
		expect(quotaScopeUnit(threeLevel)).toBe('P');
	});

	it('is null without ancestors', () => {
		expect(quotaScopeUnit([])).toBeNull();
	});
});
