import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PROGRAMME_CONFIG,
	checkProgrammeConfig,
	parseProgrammeConfig,
	programmeConfigSchema
} from '../../src/lib/domain/programme-config';

describe('parseProgrammeConfig', () => {
	it('gives the QĐ 366 defaults for nothing', () => {
		for (const empty of [undefined, null, '', '{}', {}]) {
			expect(parseProgrammeConfig(empty)).toEqual(DEFAULT_PROGRAMME_CONFIG);
		}
		expect(DEFAULT_PROGRAMME_CONFIG.chains.selection).toEqual(['grassroots', 'district']);
		expect(DEFAULT_PROGRAMME_CONFIG.chains.recognition).toEqual(['grassroots', 'district', 'province']);
		expect(DEFAULT_PROGRAMME_CONFIG.quota).toEqual({ min: 1, max: 3 });
		expect(DEFAULT_PROGRAMME_CONFIG.thresholds).toEqual({ excellent: 90, good: 70, complete: 50 });
	});

	it('merges a partial config over the defaults, field by field', () => {
		const config = parseProgrammeConfig({
			chains: { recognition: ['grassroots', 'province'] },
			quota: { max: 2 },
			targets: { modelPct: 25 }
		});
		expect(config.chains.recognition).toEqual(['grassroots', 'province']);
		expect(config.chains.selection).toEqual(['grassroots', 'district']);
		expect(config.quota).toEqual({ min: 1, max: 2 });
		expect(config.targets.modelPct).toBe(25);
		expect(config.targets.goodOrBetterPct).toBe(90);
		expect(config.minSelfAssessments).toBe(6);
	});

	it('reads JSON text (as PocketBase JSON fields can arrive in hooks)', () => {
		expect(parseProgrammeConfig('{"minSelfAssessments": 4}').minSelfAssessments).toBe(4);
	});

	it('never shares arrays with the defaults', () => {
		const a = parseProgrammeConfig({});
		a.chains.selection.push('province');
		expect(parseProgrammeConfig({}).chains.selection).toEqual(['grassroots', 'district']);
		expect(DEFAULT_PROGRAMME_CONFIG.chains.selection).toEqual(['grassroots', 'district']);
	});

	it('refuses invalid rules instead of silently defaulting them', () => {
		expect(() => parseProgrammeConfig({ chains: { plan: [] } })).toThrow();
		expect(() => parseProgrammeConfig({ chains: { plan: ['ward'] } })).toThrow();
		expect(() => parseProgrammeConfig({ thresholds: { excellent: 60 } })).toThrow();
		expect(() => parseProgrammeConfig({ quota: { min: 4 } })).toThrow();
		expect(() => parseProgrammeConfig({ excellentCapPct: 120 })).toThrow();
		expect(() => parseProgrammeConfig({ recognitionLevel: 'great' })).toThrow();
		expect(() => parseProgrammeConfig('{not json')).toThrow();
	});

	it('explains invalid rules in Vietnamese', () => {
		const result = checkProgrammeConfig({ thresholds: { excellent: 60 }, chains: { plan: [] } });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.messages).toContain('thresholds: Ngưỡng điểm phải giảm dần: xuất sắc > tốt > hoàn thành');
			expect(result.messages).toContain('chains.plan: Mỗi bước phải có ít nhất một cấp phê duyệt');
		}
		expect(checkProgrammeConfig('{oops').ok).toBe(false);
		expect(checkProgrammeConfig({}).ok).toBe(true);
	});

	it('is a zod schema usable by forms', () => {
		expect(programmeConfigSchema.safeParse({}).success).toBe(true);
	});
});
