import { describe, expect, it } from 'vitest';
import { attendanceRate, belowTarget, longAbsences, yearRate } from '../../src/lib/domain/attendance';
import { meetingSchema } from '../../src/lib/domain/forms/meeting';

const M = (date: string, present: number, total: number, absentees: string[] = []) => ({ date, present, total, absentees });

describe('attendance', () => {
	it('rates a meeting to one decimal, warning below 90%', () => {
		expect(attendanceRate(13, 16)).toBe(81.3);
		expect(attendanceRate(0, 0)).toBeNull();
		expect(belowTarget(89.9)).toBe(true);
		expect(belowTarget(90)).toBe(false);
		expect(belowTarget(null)).toBe(false);
	});
	it('rates the year over all its meetings', () => {
		expect(yearRate([M('2026-01-05', 18, 20), M('2026-02-05', 20, 20), M('2025-12-05', 0, 20)], 2026)).toBe(95);
	});
	it('flags a member absent from every meeting of 3 months running', () => {
		const meetings = [
			M('2026-01-05', 19, 20, ['a']),
			M('2026-02-05', 18, 20, ['a', 'b']),
			M('2026-02-20', 19, 20, ['a']), // b came to the thematic meeting of February
			M('2026-04-05', 18, 20, ['a', 'b']), // no meeting in March: the run goes on
			M('2026-05-05', 19, 20, ['b'])
		];
		const flags = longAbsences(meetings);
		expect([...flags.keys()]).toEqual(['a']);
		expect(flags.get('a')).toEqual(['2026-01', '2026-02', '2026-04']);
	});
});

describe('meeting form', () => {
	const ok = { date: '2026-11-05', kind: 'regular', topic: 'Sinh hoạt định kỳ tháng 11', total: 16, present: 13, excused: 2, absentees: ['a', 'b', 'c'] };
	it('accepts a consistent meeting', () => expect(meetingSchema.safeParse(ok).success).toBe(true));
	it.each([
		['present', { present: 17 }, 'Số có mặt không được lớn hơn tổng số đảng viên.'],
		['excused', { excused: 4 }, 'Số có mặt cộng số vắng có lý do không được lớn hơn tổng số đảng viên.'],
		['absentees', { absentees: ['a', 'b', 'c', 'd'] }, 'Chỉ có 3 người vắng, nhưng đã chọn 4.'],
		['topic', { topic: '' }, 'Vui lòng nhập chủ đề, nội dung sinh hoạt.'],
		['date', { date: '2026-02-30' }, 'Ngày không hợp lệ.'],
		['total', { total: 0, present: 0, excused: 0, absentees: [] }, 'Tổng số đảng viên phải từ 1 trở lên.']
	])('refuses a bad %s in Vietnamese', (field, patch, msg) => {
		const r = meetingSchema.safeParse({ ...ok, ...patch });
		expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toBe(msg);
	});
});
