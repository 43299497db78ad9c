// Text and dates as they come in (src/lib/domain/text.ts): the folded search key, the programme's
// window of years, and the forms that refuse the same dates beside the date field (issue 11).
import { describe, expect, it } from 'vitest';
import { currentYear } from '../../src/lib/domain/clock';
import { dateWindowProblem, foldText, formDateProblem, nfc } from '../../src/lib/domain/text';
import { meetingSchema } from '../../src/lib/domain/forms/meeting';
import { planSchema } from '../../src/lib/domain/forms/plan';
import { reviewNoteSchema } from '../../src/lib/domain/forms/review-note';
import { lifecycleEventSchema } from '../../src/lib/domain/forms/lifecycle-event';
import { translate } from '../../src/lib/i18n';
import { normalizeMemberRow, normalizeUnitRow } from '../../src/lib/domain/import/rows';

const pathsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('folding and composing Vietnamese text', () => {
	it('folds case, diacritics and đ, however the text was typed', () => {
		expect(foldText('Chi bộ Thụy Xuân')).toBe('chi bo thuy xuan');
		expect(foldText('Chi bộ Thụy Xuân'.normalize('NFD'))).toBe('chi bo thuy xuan');
		expect(foldText('  ĐẢNG   ủy  ')).toBe('dang uy');
	});

	it('composes combining marks (NFD) into one form', () => {
		const typed = 'Thụy Xuân'.normalize('NFD');
		expect(typed).not.toBe('Thụy Xuân'.normalize('NFC'));
		expect(nfc(typed)).toBe('Thụy Xuân'.normalize('NFC'));
	});
});

describe('the import takes names in one form', () => {
	it('composes unit and member names typed with combining marks', () => {
		const unit = normalizeUnitRow({ row: 2, values: { code: 'TX-01', name: 'Chi bộ Thụy Xuân'.normalize('NFD'), kind: 'Chi bộ', parentCode: 'TX' } });
		expect(unit.record.name).toBe('Chi bộ Thụy Xuân'.normalize('NFC'));
		const member = normalizeMemberRow({ row: 2, values: { cellCode: 'TX-01', name: 'Nguyễn Thị Thủy'.normalize('NFD') } }, 2026);
		expect(member.record.name).toBe('Nguyễn Thị Thủy'.normalize('NFC'));
	});
});

describe('the window of years around a programme', () => {
	it('takes the year before to the year after, and refuses impossible days', () => {
		expect(dateWindowProblem('2025-01-01', 2026)).toBeNull();
		expect(dateWindowProblem('2027-12-31 00:00:00.000Z', 2026)).toBeNull();
		expect(dateWindowProblem('2024-12-31', 2026)).toBe('Ngày phải trong khoảng từ năm 2025 đến năm 2027.');
		expect(dateWindowProblem('9999-12-31', 2026)).toMatch(/2025.*2027/);
		expect(dateWindowProblem('2026-02-31', 2026)).toBe('Ngày không hợp lệ.');
		expect(dateWindowProblem('', 2026)).toBeNull();
	});

	it('has English for its message', () => {
		const vi = dateWindowProblem('1900-01-01', 2026)!;
		expect(translate('en', vi)).toBe('The date must fall between the years 2025 and 2027.');
	});
});

describe('the forms refuse the same dates beside the date field', () => {
	const year = currentYear();
	const far = [`${year + 4}-01-01`, '1900-01-01'];

	it('meeting date', () => {
		const ok = { date: `${year}-03-05`, topic: 'Sinh hoạt định kỳ', total: 10, present: 9, excused: 1 };
		expect(pathsOf(meetingSchema.safeParse(ok))).toEqual([]);
		for (const date of far) expect(pathsOf(meetingSchema.safeParse({ ...ok, date }))).toEqual([`date: ${formDateProblem(date)}`]);
	});

	it('resolution date and task due date', () => {
		const task = { id: '', title: 'Tổ chức sinh hoạt chuyên đề', assignee: 'a'.repeat(15), due: `${year}-03-31`, month: `${year}-03`, status: 'todo' };
		const ok = { resolutionNo: '01-NQ/CB', resolutionDate: `${year}-01-10`, resolutionSigner: 'Nguyễn Văn An', summary: '', tasks: [task] };
		expect(pathsOf(planSchema.safeParse(ok))).toEqual([]);
		for (const date of far) {
			expect(pathsOf(planSchema.safeParse({ ...ok, resolutionDate: date }))).toEqual([`resolutionDate: ${formDateProblem(date)}`]);
			const tasks = [{ ...task, due: date, month: date.slice(0, 7) }];
			expect(pathsOf(planSchema.safeParse({ ...ok, tasks }))).toEqual([`tasks.0.due: ${formDateProblem(date)}`]);
		}
	});

	it('visit date of a review note', () => {
		const ok = { clientId: 'abcdef123456', enrollment: 'a'.repeat(15), visitedOn: `${year}-06-20`, strengths: 'Sinh hoạt đều đặn' };
		expect(pathsOf(reviewNoteSchema.safeParse(ok))).toEqual([]);
		for (const date of far) expect(pathsOf(reviewNoteSchema.safeParse({ ...ok, visitedOn: date }))).toEqual([`visitedOn: ${formDateProblem(date)}`]);
	});

	it('decision date', () => {
		const ok = { type: 'APPROVE', expectedState: 'recognition', expectedVersion: 3, needsDecision: true, decisionNo: '15-QĐ/TU', decisionDate: `${year}-12-01`, decisionSigner: 'Nguyễn Văn Tỉnh' };
		expect(pathsOf(lifecycleEventSchema.safeParse(ok))).toEqual([]);
		for (const date of far) expect(pathsOf(lifecycleEventSchema.safeParse({ ...ok, decisionDate: date }))).toEqual([`decisionDate: ${formDateProblem(date)}`]);
	});
});
