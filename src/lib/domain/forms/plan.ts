import { z } from 'zod';
import { TASK_STATUSES } from '../plan-progress';
import { DATE_PATTERN, MONTH_PATTERN, isRealDate } from '../deadlines';
import { formDateProblem } from '../text';
import { planTaskProblems } from '../cell-checks';

/** The resolution document: what PocketBase accepts too (migration 1764000009). */
export const DOC_MAX_BYTES = 10 * 1024 * 1024;
export const DOC_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOC_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const MAX_TASKS = 100;

const date = (required: string) =>
	z
		.string()
		// One message for one problem: an empty date is not also "invalid".
		.regex(DATE_PATTERN, { message: required, abort: true })
		.refine(isRealDate, { message: 'Ngày không hợp lệ.', abort: true })
		.superRefine((d, ctx) => {
			const problem = formDateProblem(d);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});

export const DOC_ERRORS = {
	size: 'Tệp quá lớn: tối đa 10 MB.',
	type: 'Chỉ nhận tệp PDF, JPG hoặc PNG.'
} as const;
export type DocProblem = keyof typeof DOC_ERRORS;

/** An uploaded document: PDF, JPEG or PNG, at most 10 MB. */
export const documentFile = z
	.instanceof(File, { message: 'Vui lòng chọn một tệp.' })
	.refine((f) => (DOC_MIME_TYPES as readonly string[]).includes(f.type), DOC_ERRORS.type)
	.refine((f) => f.size <= DOC_MAX_BYTES, DOC_ERRORS.size);

export function isDocProblem(value: unknown): value is DocProblem {
	return value === 'size' || value === 'type';
}

export const planTaskSchema = z
	.object({
		/** The record id of a task already saved; '' for a new row. */
		id: z.string().max(15).default(''),
		title: z.string().trim().min(3, 'Vui lòng nhập tên công việc.').max(500, 'Tên công việc tối đa 500 ký tự.'),
		assignee: z.string().min(1, 'Vui lòng chọn đảng viên thực hiện.').max(15),
		due: date('Vui lòng chọn hạn hoàn thành.'),
		month: z.string().regex(MONTH_PATTERN, 'Vui lòng chọn tháng theo lộ trình.'),
		status: z.enum(TASK_STATUSES, 'Vui lòng chọn tình trạng.').default('todo')
	})
	.superRefine((t, ctx) => {
		for (const [field, message] of Object.entries(planTaskProblems(t))) ctx.addIssue({ code: 'custom', path: [field], message });
	});

export type PlanTaskForm = z.infer<typeof planTaskSchema>;

/** The thematic resolution and the plan's work steps, saved together (all or nothing). */
export const planSchema = z.object({
	resolutionNo: z.string().trim().min(1, 'Vui lòng nhập số nghị quyết.').max(60, 'Số nghị quyết tối đa 60 ký tự.'),
	resolutionDate: date('Vui lòng chọn ngày ban hành nghị quyết.'),
	resolutionSigner: z.string().trim().min(2, 'Vui lòng nhập người ký nghị quyết.').max(120, 'Tối đa 120 ký tự.'),
	summary: z.string().trim().max(10000, 'Tóm tắt tối đa 10.000 ký tự.').default(''),
	tasks: z
		.array(planTaskSchema)
		.min(1, 'Kế hoạch phải có ít nhất một công việc.')
		.max(MAX_TASKS, 'Kế hoạch tối đa 100 công việc.')
});

export type PlanForm = z.infer<typeof planSchema>;

/**
 * The resolution document travels beside the form's JSON as a plain file field
 * (`resolutionDoc`); this checks it the same way in the browser and in the action.
 * Returns the Vietnamese error, or null for no file or an acceptable one.
 */
export function documentError(file: File | null | undefined): string | null {
	if (!file || file.size === 0) return null;
	const r = documentFile.safeParse(file);
	return r.success ? null : (r.error.issues[0]?.message ?? DOC_ERRORS.type);
}

/** What is wrong with a document, as a code the browser sends instead of a refused file. */
export function documentProblem(file: File | null | undefined): DocProblem | null {
	const error = documentError(file);
	return error === DOC_ERRORS.size ? 'size' : error ? 'type' : null;
}

export function emptyTask(month: string): PlanTaskForm {
	return { id: '', title: '', assignee: '', due: '', month, status: 'todo' };
}

/** Moves the row at `from` one place up (-1) or down (+1); returns a new list. */
export function moveRow<T>(rows: T[], from: number, by: -1 | 1): T[] {
	const to = from + by;
	if (from < 0 || from >= rows.length || to < 0 || to >= rows.length) return rows;
	const out = [...rows];
	const [row] = out.splice(from, 1);
	out.splice(to, 0, row as T);
	return out;
}

/** PocketBase stores dates as "YYYY-MM-DD HH:MM:SS.sssZ"; forms use "YYYY-MM-DD". */
export function toPbDate(date: string): string {
	return date ? `${date} 00:00:00.000Z` : '';
}
export function fromPbDate(value: string | undefined | null): string {
	return value ? String(value).slice(0, 10) : '';
}

/**
 * In the browser, before a form with a document is sent: a refused file is taken out of the
 * request (an oversized one would only meet the server's body limit) and its problem goes in
 * `<field>Problem` instead, for the action to answer beside the field.
 */
export function holdBackRefusedFile(formData: FormData, field: string, file: File | null | undefined): void {
	const problem = documentProblem(file);
	if (problem) {
		formData.delete(field);
		formData.set(`${field}Problem`, problem);
	}
}

/** In the action: the uploaded file of `field` (null when none) and its error, if refused. */
export function uploadedDocument(data: FormData, field: string): { file: File | null; error: string | null } {
	const value = data.get(field);
	const file = value instanceof File && value.size > 0 ? value : null;
	const problem = data.get(`${field}Problem`);
	return { file, error: isDocProblem(problem) ? DOC_ERRORS[problem] : documentError(file) };
}
