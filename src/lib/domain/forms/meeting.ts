import { z } from 'zod';
import { DATE_PATTERN, isRealDate } from '../deadlines';
import { formDateProblem } from '../text';
import { attendanceProblems } from '../cell-checks';

export const MEETING_KINDS = ['regular', 'thematic'] as const;
export const MEETING_KIND_LABELS: Record<(typeof MEETING_KINDS)[number], string> = {
	regular: 'Sinh hoạt định kỳ',
	thematic: 'Sinh hoạt chuyên đề'
};

const count = (what: string) =>
	z.number(`Vui lòng nhập ${what} (số).`).int(`${what[0]!.toUpperCase()}${what.slice(1)} phải là số nguyên.`).min(0, 'Không được âm.').max(10000, 'Tối đa 10.000.');

/** A cell meeting with its attendance; the minutes file travels beside the form (see plan.ts). */
export const meetingSchema = z
	.object({
		date: z
			.string()
			// One message for one problem: an empty date is not also "invalid".
			.regex(DATE_PATTERN, { message: 'Vui lòng chọn ngày sinh hoạt.', abort: true })
			.refine(isRealDate, { message: 'Ngày không hợp lệ.', abort: true })
			.superRefine((d, ctx) => {
				const problem = formDateProblem(d);
				if (problem) ctx.addIssue({ code: 'custom', message: problem });
			}),
		kind: z.enum(MEETING_KINDS, 'Vui lòng chọn hình thức sinh hoạt.').default('regular'),
		topic: z.string().trim().min(3, 'Vui lòng nhập chủ đề, nội dung sinh hoạt.').max(500, 'Tối đa 500 ký tự.'),
		total: count('tổng số đảng viên').min(1, 'Tổng số đảng viên phải từ 1 trở lên.'),
		present: count('số có mặt'),
		excused: count('số vắng có lý do').default(0),
		absentees: z.array(z.string().max(15)).max(10000).default([]),
		resolutions: z.string().trim().max(10000, 'Tối đa 10.000 ký tự.').default(''),
		nextProgramme: z.string().trim().max(10000, 'Tối đa 10.000 ký tự.').default('')
	})
	.superRefine((m, ctx) => {
		const problems = attendanceProblems({ ...m, absentees: m.absentees.length });
		for (const [field, message] of Object.entries(problems)) ctx.addIssue({ code: 'custom', path: [field], message });
	});

export type MeetingForm = z.infer<typeof meetingSchema>;
