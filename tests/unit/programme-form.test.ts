// The programme forms: settings (the rules of programme-config.ts without the groups), copy to
// a new year, and the framework form, whose schema is also what the API checks (pb_hooks).
import { describe, expect, it } from 'vitest';
import {
	copyName,
	mergeSettings,
	parseCopyInput,
	programmeSettingsSchema,
	settingsFromRecord,
	sortChain
} from '../../src/lib/domain/forms/programme';
import { frameworkSchema, orderOf, parseFrameworkInput } from '../../src/lib/domain/forms/programme-framework';
import { DEFAULT_PROGRAMME_CONFIG, parseProgrammeConfig } from '../../src/lib/domain/programme-config';
import { CELL_TYPES } from '../../src/lib/domain/tree';

const groups = [{ id: 1, title: 'Thi đua hoàn thành tốt nhiệm vụ' }, { id: 2, title: 'Chất lượng sinh hoạt tốt' }];
const row = (code: string, maxScore: number, cellTypes: string[] = [], group = 1, id = '') => ({ id, code, title: `Tiêu chí ${code}`, group, maxScore, cellTypes, guidance: '' });
const framework = () => ({ groups, criteria: [row('1.1', 80), ...CELL_TYPES.map((t, i) => row(`2.${i}`, 20, [t], 2))] });

describe('programme settings', () => {
	it('starts from the stored config, defaults filled, groups left to the framework editor', () => {
		const s = settingsFromRecord({ name: 'Chi bộ kiểu mẫu 2026', year: 2026, config: { quota: { max: 2 } } });
		expect(s.config.quota).toEqual({ min: 1, max: 2 });
		expect('groups' in s.config).toBe(false);
		expect(programmeSettingsSchema.safeParse(s).success).toBe(true);
	});

	it('refuses thresholds out of order, beside the thresholds', () => {
		const s = settingsFromRecord({ name: 'X', year: 2026 });
		s.config.thresholds = { excellent: 70, good: 80, complete: 50 };
		const out = programmeSettingsSchema.safeParse(s);
		expect(out.success).toBe(false);
		expect(out.error!.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['config.thresholds', 'Ngưỡng điểm phải giảm dần: xuất sắc > tốt > hoàn thành']);
	});

	it('refuses an approval gate without any level and a due day past 28', () => {
		const s = settingsFromRecord({ name: 'X', year: 2026 });
		s.config.chains.plan = [];
		s.config.selfAssessmentDueDay = 31;
		const paths = programmeSettingsSchema.safeParse(s).error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['config.chains.plan', 'config.selfAssessmentDueDay']));
	});

	it('saves chains nearest first and keeps the stored groups', () => {
		const stored = parseProgrammeConfig({ groups });
		const form = settingsFromRecord({ name: 'X', year: 2026 }).config;
		form.chains.recognition = ['province', 'grassroots'];
		const merged = mergeSettings(stored, form);
		expect(merged.chains.recognition).toEqual(['grassroots', 'province']);
		expect(merged.groups).toEqual(groups);
		expect(parseProgrammeConfig(merged)).toEqual(merged);
		expect(sortChain(['district', 'direct'])).toEqual(['direct', 'district']);
	});

	it('keeps every existing export of programme-config working', () => {
		expect(parseProgrammeConfig({})).toEqual(DEFAULT_PROGRAMME_CONFIG);
	});
});

describe('copy to a new year', () => {
	it('names the copy after its year', () => {
		expect(copyName('Chi bộ kiểu mẫu 2026', 2026, 2027)).toBe('Chi bộ kiểu mẫu 2027');
		expect(copyName('Chi bộ 4 tốt', 2026, 2027)).toBe('Chi bộ 4 tốt 2027');
	});

	it('answers a bad body with Vietnamese messages by field', () => {
		expect(parseCopyInput({ year: 2027, name: 'Chi bộ kiểu mẫu 2027' })).toEqual({ ok: true, data: { year: 2027, name: 'Chi bộ kiểu mẫu 2027' } });
		expect(parseCopyInput({ year: 1999, name: ' ' })).toEqual({
			ok: false,
			errors: { name: ['Vui lòng nhập tên chương trình.'], year: ['Năm từ 2000 đến 2100.'] }
		});
	});
});

describe('the framework form (and API body)', () => {
	it('accepts a framework summing to 100 for every type', () => {
		expect(frameworkSchema.safeParse(framework()).success).toBe(true);
	});

	it('refuses one that breaks a type, at the criteria list', () => {
		const f = framework();
		f.criteria[1]!.maxScore = 16;
		const out = parseFrameworkInput(f);
		expect(out).toEqual({ ok: false, errors: { criteria: ['Chi bộ khu dân cư: tổng 96 điểm, thiếu 4 điểm so với 100 điểm.'] } });
	});

	it('refuses a duplicate code and a bad code beside the row', () => {
		const f = framework();
		f.criteria.push(row('1.1', 0.5, ['residential']));
		f.criteria[1]!.code = 'mã có dấu';
		const out = parseFrameworkInput(f);
		expect(out.ok).toBe(false);
		expect(Object.keys((out as { errors: object }).errors)).toEqual(expect.arrayContaining(['criteria.1.code']));
	});

	it('refuses maxima that are not whole or half points, and unknown cell types', () => {
		const f = framework() as { groups: typeof groups; criteria: Array<ReturnType<typeof row>> };
		f.criteria[0]!.maxScore = 79.25;
		f.criteria[1]!.cellTypes = ['school'];
		const keys = Object.keys((parseFrameworkInput(f) as { errors: object }).errors);
		expect(keys).toEqual(expect.arrayContaining(['criteria.0.maxScore', 'criteria.1.cellTypes.0']));
	});

	it('orders criteria by group, in the editor’s order within a group', () => {
		expect(orderOf([{ group: 1 }, { group: 2 }, { group: 1 }, { group: 2 }])).toEqual([101, 201, 102, 202]);
	});
});
