// Issue 16, item 13: every wrong input gets one clear Vietnamese message for what is wrong.
import { describe, expect, it } from 'vitest';
import { accountCreateSchema, accountNameProblem } from '../../src/lib/domain/forms/user';
import { memberSchema } from '../../src/lib/domain/forms/member';
import { meetingSchema } from '../../src/lib/domain/forms/meeting';
import { planSchema } from '../../src/lib/domain/forms/plan';
import { reviewNoteErrors } from '../../src/lib/domain/forms/review-note';
import { selfAssessmentSchema } from '../../src/lib/domain/forms/self-assessment';
import { readImportFile } from '../../src/lib/server/import/read-file';
import { translate } from '../../src/lib/i18n';

const messagesAt = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, path: string) =>
	(r.error?.issues ?? []).filter((i) => i.path.map(String).join('.') === path).map((i) => i.message);

describe('names', () => {
	it('a one-letter name is too short, not missing', () => {
		expect(accountNameProblem('A')).toBe('Họ và tên phải có ít nhất 2 ký tự.');
		expect(accountNameProblem('  ')).toBe('Vui lòng nhập họ và tên.');
		expect(messagesAt(accountCreateSchema.safeParse({ name: 'A', email: 'a@b.vn', role: 'officer' }), 'name')).toEqual(['Họ và tên phải có ít nhất 2 ký tự.']);
		expect(messagesAt(memberSchema.safeParse({ name: 'B' }), 'name')).toEqual(['Họ và tên phải có ít nhất 2 ký tự.']);
		expect(messagesAt(memberSchema.safeParse({ name: '' }), 'name')).toEqual(['Vui lòng nhập họ và tên đảng viên.']);
		expect(translate('en', 'Họ và tên phải có ít nhất 2 ký tự.')).toBe('The full name must have at least 2 characters.');
	});
});

describe('dates', () => {
	it('an empty date gets one message', () => {
		expect(messagesAt(meetingSchema.safeParse({ date: '', topic: 'Sinh hoạt', total: 1, present: 1 }), 'date')).toEqual(['Vui lòng chọn ngày sinh hoạt.']);
		expect(messagesAt(planSchema.safeParse({ resolutionNo: '1', resolutionDate: '', resolutionSigner: 'An', tasks: [] }), 'resolutionDate')).toEqual([
			'Vui lòng chọn ngày ban hành nghị quyết.'
		]);
		expect(messagesAt(meetingSchema.safeParse({ date: '2026-02-30', topic: 'Sinh hoạt', total: 1, present: 1 }), 'date')).toEqual(['Ngày không hợp lệ.']);
	});
});

describe('review note', () => {
	it('a section over the limit is marked on its own field', () => {
		const errors = reviewNoteErrors({ clientId: 'abcdefgh-1', enrollment: 'abcdefghijklmno', visitedOn: '2026-06-20', findings: { '2': 'x'.repeat(5001) }, strengths: 'Tốt' });
		expect(errors).toEqual({ 'findings.2': 'Mỗi nhóm tối đa 5.000 ký tự.' });
	});
});

describe('self-assessment scores', () => {
	const schema = selfAssessmentSchema([{ code: 'A1', maxScore: 10 }]);
	it('go by half points', () => {
		expect(messagesAt(schema.safeParse({ month: '2026-05', items: [{ code: 'A1', score: 2.25 }] }), 'items.0.score')).toEqual(['Điểm chấm theo bước 0,5 (ví dụ: 7 hoặc 7,5).']);
		expect(schema.safeParse({ month: '2026-05', items: [{ code: 'A1', score: 7.5 }] }).success).toBe(true);
	});
});

describe('import file', () => {
	it('a text file named .xlsx gets a Vietnamese reason, not the library’s', async () => {
		const read = await readImportFile('don-vi.xlsx', new TextEncoder().encode('Mã đơn vị,Tên\nA,B\n'));
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]!.message).toMatch(/^Tệp không phải là tệp Excel \.xlsx hợp lệ/);
		expect(JSON.stringify(read.problems)).not.toMatch(/central directory|zip/i);
	});
});
