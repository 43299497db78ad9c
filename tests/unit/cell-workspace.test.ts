import { describe, expect, it } from 'vitest';
import { vietnamDateOfInstant } from '../../src/lib/domain/clock';
import {
	addMonths,
	assessableMonths,
	dueStatus,
	formatIsoDate,
	formatMonth,
	isRealDate,
	monthDueNow,
	selfAssessmentDue
} from '../../src/lib/domain/deadlines';
import { DOC_ERRORS, documentError, documentProblem, emptyTask, holdBackRefusedFile, moveRow, planSchema, planTaskSchema, uploadedDocument } from '../../src/lib/domain/forms/plan';
import { registrationSchema, unknownEmphasis } from '../../src/lib/domain/forms/registration';
import { assessmentBody, assessmentRows, selfAssessmentSchema } from '../../src/lib/domain/forms/self-assessment';
import { planProgress } from '../../src/lib/domain/plan-progress';
import { criteriaForType, groupCriteria, groupTotals, maxTotal, totalScore, type Criterion } from '../../src/lib/domain/scoring';

const C = (code: string, group: number, maxScore: number, order: number, cellTypes: string[] = []): Criterion => ({
	code,
	title: `Tiêu chí ${code}`,
	group,
	maxScore,
	order,
	cellTypes
});
const ALL = [C('2.1', 2, 8, 201), C('1.1', 1, 8, 101), C('1.R1', 1, 8, 151, ['residential']), C('1.A1', 1, 8, 161, ['administrative']), C('4.1', 4, 6, 401)];
const GROUPS = [
	{ id: 1, title: 'Thi đua hoàn thành tốt nhiệm vụ' },
	{ id: 2, title: 'Chất lượng sinh hoạt tốt' },
	{ id: 3, title: 'Đoàn kết tốt, kỷ luật tốt' },
	{ id: 4, title: 'Cán bộ, đảng viên tốt' }
];

describe('scoring', () => {
	const residential = criteriaForType(ALL, 'residential');
	it('keeps the common criteria and the type’s own, in framework order', () => {
		expect(residential.map((c) => c.code)).toEqual(['1.1', '1.R1', '2.1', '4.1']);
	});
	it('groups as the programme does, dropping empty groups, with group maxima', () => {
		const g = groupCriteria(residential, GROUPS);
		expect(g.map((x) => [x.id, x.maxScore, x.criteria.length])).toEqual([[1, 16, 2], [2, 8, 1], [4, 6, 1]]);
	});
	it('totals only valid scores, rounded to 2 decimals', () => {
		expect(totalScore({ '1.1': 7.5, '1.R1': 9, '2.1': -1, '4.1': 5.333 }, residential)).toBe(12.83);
		expect(totalScore({}, residential)).toBe(0);
		expect(maxTotal(residential)).toBe(30);
		expect(groupTotals({ '1.1': 8, '1.R1': 8 }, groupCriteria(residential, GROUPS))[0]).toEqual({ id: 1, total: 16, max: 16 });
	});
});

describe('deadlines', () => {
	it('formats months and dates as Vietnamese users read them', () => {
		expect(formatMonth('2026-11')).toBe('11/2026');
		expect(formatIsoDate('2026-12-05')).toBe('05/12/2026');
	});
	it('adds months across years', () => {
		expect(addMonths('2026-12', 1)).toBe('2027-01');
		expect(addMonths('2026-01', -1)).toBe('2025-12');
	});
	it('knows real dates', () => {
		expect(isRealDate('2026-02-28')).toBe(true);
		expect(isRealDate('2026-02-30')).toBe(false);
		expect(isRealDate('28/02/2026')).toBe(false);
	});
	it('puts the deadline on the due day of the next month', () => {
		expect(selfAssessmentDue('2026-11', 5)).toBe('2026-12-05');
		expect(selfAssessmentDue('2026-12', 10)).toBe('2027-01-10');
	});
	it('lists the assessable months newest first, never the future', () => {
		expect(assessableMonths(2026, '2026-03-15')).toEqual(['2026-03', '2026-02', '2026-01']);
		expect(assessableMonths(2025, '2026-03-15')).toHaveLength(12);
		expect(assessableMonths(2027, '2026-03-15')).toEqual([]);
	});
	it('works on last month until its deadline unless filed', () => {
		expect(monthDueNow('2026-12-03', 5, [])).toBe('2026-11');
		expect(monthDueNow('2026-12-03', 5, ['2026-11'])).toBe('2026-12');
		expect(monthDueNow('2026-12-06', 5, [])).toBe('2026-12');
	});
	it('says filed, open or overdue', () => {
		expect(dueStatus('2026-10', 5, '2026-11-22', true)).toBe('filed');
		expect(dueStatus('2026-11', 5, '2026-11-22', false)).toBe('open');
		expect(dueStatus('2026-10', 5, '2026-11-22', false)).toBe('overdue');
	});
	it('takes today in Vietnam’s time zone', () => {
		expect(vietnamDateOfInstant(Date.parse('2026-11-22T18:00:00Z'))).toBe('2026-11-23');
	});
});

describe('plan progress', () => {
	it('counts done, doing, todo and late work', () => {
		const p = planProgress(
			[
				{ status: 'done', due: '2026-01-31 00:00:00.000Z' },
				{ status: 'doing', due: '2026-10-31' },
				{ status: 'todo', due: '2026-12-31' },
				{ status: 'todo', due: '2026-11-30' }
			],
			'2026-11-22'
		);
		expect(p).toEqual({ total: 4, done: 1, doing: 1, todo: 2, overdue: 1, percent: 25 });
		expect(planProgress([], '2026-11-22').percent).toBe(0);
	});
});

describe('registration form', () => {
	const ok = { goals: 'Xây dựng chi bộ đạt chuẩn kiểu mẫu năm 2026', commitments: 'Cam kết thực hiện nghiêm nghị quyết chuyên đề', emphasis: ['1.1'], contactName: 'Vũ Thị Mai', contactPhone: '0912 345 678' };
	it('accepts a complete registration', () => expect(registrationSchema.safeParse(ok).success).toBe(true));
	it.each([
		['goals', { goals: 'ngắn' }, 'Vui lòng nêu mục tiêu (ít nhất 20 ký tự).'],
		['emphasis', { emphasis: [] }, 'Vui lòng chọn ít nhất một nội dung trọng tâm.'],
		['contactPhone', { contactPhone: 'abc' }, 'Số điện thoại gồm 8–20 ký tự: chữ số, dấu cách, + ( ) . -'],
		['contactName', { contactName: '' }, 'Vui lòng nhập họ tên người liên hệ.']
	])('refuses a bad %s in Vietnamese', (field, patch, msg) => {
		const r = registrationSchema.safeParse({ ...ok, ...patch });
		expect(r.success).toBe(false);
		expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toBe(msg);
	});
	it('finds emphasis codes outside the framework', () => expect(unknownEmphasis(['1.1', 'X'], ['1.1'])).toEqual(['X']));
});

describe('plan form', () => {
	const task = { ...emptyTask('2026-03'), title: 'Quán triệt nghị quyết', assignee: 'abc', due: '2026-03-31' };
	const plan = { resolutionNo: '05-NQ/CB', resolutionDate: '2026-01-15', resolutionSigner: 'Vũ Thị Mai', summary: '', tasks: [task] };
	it('accepts a plan with one task', () => expect(planSchema.safeParse(plan).success).toBe(true));
	it('needs at least one task', () => expect(planSchema.safeParse({ ...plan, tasks: [] }).error!.issues[0]!.message).toBe('Kế hoạch phải có ít nhất một công việc.'));
	it('refuses a due date before the roadmap month', () => {
		const r = planTaskSchema.safeParse({ ...task, due: '2026-02-28' });
		expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['due', 'Hạn hoàn thành không được trước tháng thực hiện theo lộ trình.']]);
	});
	it('refuses an impossible date and a missing assignee', () => {
		expect(planTaskSchema.safeParse({ ...task, due: '2026-02-30', month: '2026-02' }).error!.issues[0]!.message).toBe('Ngày không hợp lệ.');
		expect(planTaskSchema.safeParse({ ...task, assignee: '' }).error!.issues[0]!.message).toBe('Vui lòng chọn đảng viên thực hiện.');
	});
	it('checks the document’s type and size', () => {
		expect(documentError(new File(['%PDF-1.4'], 'nq.pdf', { type: 'application/pdf' }))).toBeNull();
		expect(documentProblem(new File(['x'], 'nq.txt', { type: 'text/plain' }))).toBe('type');
		const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'nq.pdf', { type: 'application/pdf' });
		expect(documentError(big)).toBe(DOC_ERRORS.size);
		expect(documentError(undefined)).toBeNull();
	});
	it('holds a refused file back and answers its problem on the server side', () => {
		const fd = new FormData();
		const txt = new File(['x'], 'nq.txt', { type: 'text/plain' });
		fd.set('resolutionDoc', txt);
		holdBackRefusedFile(fd, 'resolutionDoc', txt);
		expect(fd.get('resolutionDoc')).toBeNull();
		expect(uploadedDocument(fd, 'resolutionDoc')).toEqual({ file: null, error: DOC_ERRORS.type });
		const ok = new FormData();
		const pdf = new File(['%PDF-1.4'], 'nq.pdf', { type: 'application/pdf' });
		ok.set('resolutionDoc', pdf);
		holdBackRefusedFile(ok, 'resolutionDoc', pdf);
		expect(uploadedDocument(ok, 'resolutionDoc').error).toBeNull();
		expect(uploadedDocument(ok, 'resolutionDoc').file?.name).toBe('nq.pdf');
	});
	it('moves rows up and down within bounds', () => {
		expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
	});
});

describe('self-assessment form', () => {
	const criteria = [C('1.1', 1, 8, 101), C('2.1', 2, 8, 201)];
	const schema = selfAssessmentSchema(criteria);
	const rows = assessmentRows(criteria, { scores: { '1.1': 7 }, evidence: { '1.1': 'Biên bản' } });
	it('fills rows from a stored assessment', () => {
		expect(rows).toEqual([
			{ code: '1.1', score: 7, evidence: 'Biên bản' },
			{ code: '2.1', score: null, evidence: '' }
		]);
	});
	it('refuses a blank or out-of-range score beside its criterion', () => {
		const r = schema.safeParse({ month: '2026-11', items: [{ ...rows[0]!, score: 9 }, rows[1]] });
		expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['items.0.score', 'Điểm từ 0 đến 8.'],
			['items.1.score', 'Vui lòng chấm điểm tiêu chí này.']
		]);
	});
	it('refuses long evidence and a missing criterion', () => {
		const r = schema.safeParse({ month: '2026-11', items: [{ ...rows[0]!, evidence: 'x'.repeat(2001) }] });
		const messages = r.error!.issues.map((i) => i.message);
		expect(messages).toContain('Minh chứng tối đa 2.000 ký tự.');
		expect(messages).toContain('Bản tự đánh giá phải chấm đủ các tiêu chí.');
	});
	it('builds the records API body', () => {
		expect(assessmentBody({ month: '2026-11', items: [{ code: '1.1', score: 7, evidence: 'Biên bản' }, { code: '2.1', score: 8, evidence: '' }] })).toEqual({
			scores: { '1.1': 7, '2.1': 8 },
			evidence: { '1.1': 'Biên bản' }
		});
	});
});
