// The English side of the catalogue beyond literal t() ids: the domain's labels, the messages the
// shared zod schemas and the lifecycle build with their values in them (matched by pattern),
// labels looked up in context, and durations.
import { describe, expect, it } from 'vitest';
import { translate, inContext } from '../../src/lib/i18n';
import { STATE_LABELS, EVENT_LABELS, GATE_LABELS } from '../../src/lib/domain/lifecycle-labels';
import { RATING_LABELS } from '../../src/lib/domain/classification';
import { CELL_TYPE_LABELS, UNIT_KIND_LABELS } from '../../src/lib/domain/tree';
import { MEETING_KIND_LABELS, meetingSchema } from '../../src/lib/domain/forms/meeting';
import { MEMBER_POSITION_LABELS, memberSchema } from '../../src/lib/domain/forms/member';
import { TASK_STATUS_LABELS } from '../../src/lib/domain/plan-progress';
import { PHASE_LABELS } from '../../src/lib/domain/lifecycle-phases';
import { INBOX_KIND_LABELS } from '../../src/lib/domain/inbox';
import { CHAIN_LEVEL_LABELS } from '../../src/lib/domain/approval-chain';
import { registrationSchema } from '../../src/lib/domain/forms/registration';
import { planSchema } from '../../src/lib/domain/forms/plan';
import { lifecycleEventSchema } from '../../src/lib/domain/forms/lifecycle-event';
import { reviewNoteSchema, photoProblem } from '../../src/lib/domain/forms/review-note';
import { selfAssessmentSchema } from '../../src/lib/domain/forms/self-assessment';
import { waitingFor } from '../../src/lib/format';
import type { ZodType } from 'zod';

const en = (s: string) => translate('en', s);
const untranslated = (texts: string[]) => texts.filter((s) => en(s) === s);

function messagesOf(schema: ZodType, input: unknown): string[] {
	const r = schema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('English for the domain', () => {
	it('has every label the pages show', () => {
		const labels = [STATE_LABELS, EVENT_LABELS, GATE_LABELS, RATING_LABELS, CELL_TYPE_LABELS, UNIT_KIND_LABELS, MEETING_KIND_LABELS,
			MEMBER_POSITION_LABELS, TASK_STATUS_LABELS, PHASE_LABELS, INBOX_KIND_LABELS, CHAIN_LEVEL_LABELS].flatMap((l) => Object.values(l));
		expect(untranslated(labels)).toEqual([]);
	});

	it('has the messages of the shared forms, values included', () => {
		const messages = [
			...messagesOf(meetingSchema, { date: '', topic: '', total: 2, present: 1, excused: 0, absentees: ['a', 'b'] }),
			...messagesOf(meetingSchema, { date: '2026-02-30', topic: 'x', total: 'a', present: 'b' }),
			...messagesOf(memberSchema, { name: '', birthYear: 1800, code: 'x'.repeat(40) }),
			...messagesOf(registrationSchema, { goals: 'short', commitments: '', emphasis: [], contactName: '', contactPhone: 'x' }),
			...messagesOf(planSchema, { resolutionNo: '', resolutionDate: '', resolutionSigner: '', tasks: [] }),
			...messagesOf(planSchema, { resolutionNo: '1', resolutionDate: '2026-01-01', resolutionSigner: 'An', tasks: [{ title: '', assignee: '', due: '2026-01-01', month: '2026-03' }] }),
			...messagesOf(lifecycleEventSchema, { type: 'CLASSIFY', expectedState: 'x', expectedVersion: 0 }),
			...messagesOf(lifecycleEventSchema, { type: 'APPROVE', expectedState: 'x', expectedVersion: 0, needsDecision: true }),
			...messagesOf(reviewNoteSchema, { clientId: '?', enrollment: '?', visitedOn: '', isGoodPractice: true, strengths: 'x'.repeat(10001) }),
			...messagesOf(selfAssessmentSchema([{ code: 'A1', maxScore: 10 }, { code: 'A2', maxScore: 5 }]), { month: '', items: [{ code: 'A1', score: 12 }, { code: 'Z9', score: 1 }] }),
			photoProblem(Array.from({ length: 7 }, () => ({ type: 'image/png', size: 1 }))) ?? ''
		];
		expect(messages.length).toBeGreaterThan(20);
		expect(untranslated(messages)).toEqual([]);
		expect(en('Điểm từ 0 đến 12,5.')).toBe('The score is from 0 to 12,5.');
		expect(en('Chỉ có 1 người vắng, nhưng đã chọn 2.')).toBe('Only 1 absent, but 2 ticked.');
	});

	it('translates the lifecycle’s reasons with the labels inside them, one by one when joined', () => {
		expect(en('Không thể “Gửi” khi hồ sơ đang ở bước “Chờ lựa chọn”')).toBe('Cannot “Submit” while the file is at “Awaiting selection”');
		expect(en('Cần ít nhất 6 bản tự đánh giá hằng tháng (hiện có 2); Chưa nộp nghị quyết và kế hoạch')).toBe(
			'At least 6 monthly self-assessments are needed (there are 2); The resolution and plan have not been filed'
		);
		expect(en('Không phê duyệt được: Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.')).toBe(
			'Could not approve: Someone else has just updated this file. Please reload the page.'
		);
		expect(en('Đã lưu bản nháp nhưng chưa gửi được: Chưa điền mục tiêu, phấn đấu của chi bộ trong bản đăng ký')).toBe(
			'The draft was saved but could not be sent: The registration does not state the cell’s goals yet'
		);
	});

	it('leaves proper names and unknown texts as they are, and Vietnamese untouched', () => {
		expect(en('Chi bộ Thôn Đông')).toBe('Chi bộ Thôn Đông');
		expect(translate('vi', 'Tháng {month}', { month: '03/2026' })).toBe('Tháng 03/2026');
	});

	it('looks a label up in its context first', () => {
		expect(en(inContext('chức vụ', 'Đảng viên'))).toBe('Member');
		expect(en('Đảng viên')).toBe('Party members');
		expect(en(inContext('chức vụ', 'Bí thư'))).toBe('Secretary');
		expect(translate('vi', inContext('chức vụ', 'Đảng viên'))).toBe('Đảng viên');
	});

	it('says how long something waited in either language', () => {
		const now = new Date('2026-03-10T12:00:00Z');
		const t = (s: string, p?: Record<string, string | number>) => translate('en', s, p);
		expect(waitingFor('2026-03-07 12:00:00.000Z', now)).toBe('3 ngày');
		expect(waitingFor('2026-03-07 12:00:00.000Z', now, t)).toBe('3 days');
		expect(waitingFor('2026-03-10 11:59:30.000Z', now, t)).toBe('just now');
	});
});
