// The yearly rules of a programme, stored as JSON on the programme record.
//
// Rules change from year to year and between provinces (docs/domain.md §3), so they are data, validated
// here by one zod schema shared by the edit form (superforms) and the server (pb_hooks bundle).
// Every field has the QĐ 366 default, so a programme stored with `{}` or with only the fields
// someone changed still yields a complete configuration.

// Named imports (not the `z` namespace) let the bundler drop zod's unused parts, e.g. its 40
// locales, from the pb_hooks bundle.
import { array, enum as zenum, number, object, string } from 'zod';
import { CHAIN_LEVELS, type Gate, type Level } from './approval-chain';
import { DEFAULT_THRESHOLDS, RATINGS, type Rating, type Thresholds } from './classification';

/** A group of the criteria framework, e.g. the four "4 tốt" groups. Criteria point at it by id. */
export interface CriteriaGroup {
	id: number;
	title: string;
}

export interface ProgrammeConfig {
	groups: CriteriaGroup[];
	chains: Record<Gate, Level[]>;
	quota: { min: number; max: number };
	minSelfAssessments: number;
	thresholds: Thresholds;
	excellentCapPct: number;
	recognitionLevel: Rating;
	selfAssessmentDueDay: number;
	/** Deadlines the reminders watch, and when overdue items go to the committee above. */
	deadlines: {
		/** The resolution and plan are due this many days after the cell enters planning. */
		planDueDays: number;
		/** The mid-term review is to be concluded this many days after it is opened. */
		reviewDueDays: number;
		/** Reminders go out this many days before a deadline. */
		remindDaysBefore: number;
		/** An item this many days overdue is escalated to the committee above. */
		escalateAfterDays: number;
	};
	targets: {
		goodOrBetterPct: number;
		modelPct: number;
		grassrootsModelPct: number;
		underGrassrootsModelPct: number;
		newModelMin: number;
		newModelMax: number;
	};
}

export const DEFAULT_PROGRAMME_CONFIG: ProgrammeConfig = {
	groups: [
		{ id: 1, title: 'Thi đua hoàn thành tốt nhiệm vụ' },
		{ id: 2, title: 'Chất lượng sinh hoạt tốt' },
		{ id: 3, title: 'Đoàn kết tốt, kỷ luật tốt' },
		{ id: 4, title: 'Cán bộ, đảng viên tốt' }
	],
	chains: {
		selection: ['grassroots', 'district'],
		plan: ['direct'],
		supervision: ['direct'],
		classification: ['direct'],
		recognition: ['grassroots', 'district', 'province']
	},
	quota: { min: 1, max: 3 },
	minSelfAssessments: 6,
	thresholds: { ...DEFAULT_THRESHOLDS },
	excellentCapPct: 20,
	recognitionLevel: 'excellent',
	selfAssessmentDueDay: 5,
	deadlines: { planDueDays: 30, reviewDueDays: 30, remindDaysBefore: 3, escalateAfterDays: 7 },
	targets: {
		goodOrBetterPct: 90,
		modelPct: 20,
		grassrootsModelPct: 50,
		underGrassrootsModelPct: 20,
		newModelMin: 20,
		newModelMax: 25
	}
};

// Fresh copies, so a caller mutating a parsed config never changes the defaults.
const D = (): ProgrammeConfig => JSON.parse(JSON.stringify(DEFAULT_PROGRAMME_CONFIG));

const chain = (gate: Gate) =>
	array(zenum(CHAIN_LEVELS, { error: 'Cấp phê duyệt không hợp lệ' }), {
		error: 'Phải là danh sách cấp phê duyệt'
	})
		.min(1, { error: 'Mỗi bước phải có ít nhất một cấp phê duyệt' })
		.max(4)
		.default(() => D().chains[gate]);

const pct = (value: number) =>
	number({ error: 'Phải là một số' })
		.min(0, { error: 'Tỷ lệ không được âm' })
		.max(100, { error: 'Tỷ lệ không quá 100%' })
		.default(value);

const count = (value: number) =>
	number({ error: 'Phải là một số' }).int({ error: 'Phải là số nguyên' }).min(0, { error: 'Không được âm' }).default(value);

const score = (value: number) =>
	number({ error: 'Phải là một số' })
		.min(0, { error: 'Điểm không được âm' })
		.max(100, { error: 'Điểm không quá 100' })
		.default(value);

const days = (value: number) =>
	number({ error: 'Phải là một số' })
		.int({ error: 'Phải là số nguyên' })
		.min(1, { error: 'Số ngày phải từ 1 đến 365' })
		.max(365, { error: 'Số ngày phải từ 1 đến 365' })
		.default(value);

const defaults = D();

export const programmeConfigSchema = object({
	groups: array(
		object({
			id: number({ error: 'Phải là một số' }).int().min(1).max(9),
			title: string({ error: 'Phải là văn bản' }).trim().min(1, { error: 'Nhóm tiêu chí phải có tên' }).max(200)
		})
	)
		.min(1, { error: 'Khung tiêu chí phải có ít nhất một nhóm' })
		.max(9)
		.default(() => D().groups),
	chains: object({
		selection: chain('selection'),
		plan: chain('plan'),
		supervision: chain('supervision'),
		classification: chain('classification'),
		recognition: chain('recognition')
	}).prefault({}),
	quota: object({
		min: count(defaults.quota.min),
		max: count(defaults.quota.max)
	})
		.prefault({})
		.refine((q) => q.min <= q.max && q.max >= 1, {
			error: 'Chỉ tiêu tối đa phải từ 1 trở lên và không nhỏ hơn chỉ tiêu tối thiểu'
		}),
	minSelfAssessments: count(defaults.minSelfAssessments),
	thresholds: object({
		excellent: score(defaults.thresholds.excellent),
		good: score(defaults.thresholds.good),
		complete: score(defaults.thresholds.complete)
	})
		.prefault({})
		.refine((t) => t.excellent > t.good && t.good > t.complete, {
			error: 'Ngưỡng điểm phải giảm dần: xuất sắc > tốt > hoàn thành'
		}),
	excellentCapPct: pct(defaults.excellentCapPct),
	recognitionLevel: zenum(RATINGS, { error: 'Mức xếp loại không hợp lệ' }).default(defaults.recognitionLevel),
	selfAssessmentDueDay: number({ error: 'Phải là một số' })
		.int({ error: 'Phải là số nguyên' })
		.min(1, { error: 'Ngày phải từ 1 đến 28' })
		.max(28, { error: 'Ngày phải từ 1 đến 28' })
		.default(defaults.selfAssessmentDueDay),
	deadlines: object({
		planDueDays: days(defaults.deadlines.planDueDays),
		reviewDueDays: days(defaults.deadlines.reviewDueDays),
		remindDaysBefore: days(defaults.deadlines.remindDaysBefore),
		escalateAfterDays: days(defaults.deadlines.escalateAfterDays)
	}).prefault({}),
	targets: object({
		goodOrBetterPct: pct(defaults.targets.goodOrBetterPct),
		modelPct: pct(defaults.targets.modelPct),
		grassrootsModelPct: pct(defaults.targets.grassrootsModelPct),
		underGrassrootsModelPct: pct(defaults.targets.underGrassrootsModelPct),
		newModelMin: count(defaults.targets.newModelMin),
		newModelMax: count(defaults.targets.newModelMax)
	})
		.prefault({})
		.refine((t) => t.newModelMin <= t.newModelMax, {
			error: 'Số chi bộ kiểu mẫu mới tối thiểu không được lớn hơn tối đa'
		})
});

/** Like parseProgrammeConfig, but returns the Vietnamese messages instead of throwing. */
export function checkProgrammeConfig(
	json: unknown
): { ok: true; config: ProgrammeConfig } | { ok: false; messages: string[] } {
	try {
		return { ok: true, config: parseProgrammeConfig(json) };
	} catch (error) {
		const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
		if (!Array.isArray(issues)) return { ok: false, messages: ['Cấu hình không phải JSON hợp lệ'] };
		return {
			ok: false,
			messages: issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ` : '') + i.message)
		};
	}
}

/**
 * Reads a programme's stored configuration, filling every missing field with its default.
 * Accepts the parsed JSON, a JSON string (PocketBase JSON fields can arrive as text in hooks),
 * or nothing (null/undefined/"") for the defaults. Throws a ZodError when a present field is
 * invalid: a broken rule must be fixed, not silently replaced.
 */
export function parseProgrammeConfig(json: unknown): ProgrammeConfig {
	let input: unknown = json;
	if (typeof input === 'string') input = input.trim() === '' ? {} : JSON.parse(input);
	if (input === null || input === undefined) input = {};
	return programmeConfigSchema.parse(input);
}
