import { fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { attendanceRate, longAbsences, yearRate } from '$lib/domain/attendance';
import { today } from '$lib/domain/clock';
import { meetingSchema } from '$lib/domain/forms/meeting';
import { uploadedDocument } from '$lib/domain/forms/plan';
import { cellMayWrite } from '$lib/domain/writable-states';
import { loadMeetings, recordMeeting } from '$lib/server/cell/meetings';
import { cellMembers, loadEnrollment } from '$lib/server/cell/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const e = await loadEnrollment(locals.pb, params.id);
	const [meetings, members] = await Promise.all([loadMeetings(locals.pb, e.id), cellMembers(locals.pb, e.cellId)]);
	const names = new Map(members.map((m) => [m.id, m.name]));
	const form = await superValidate(
		{ date: today(), kind: 'regular', total: members.length || 1, present: members.length || 0 },
		zod4(meetingSchema),
		{ errors: false }
	);
	return {
		enrollment: { id: e.id, state: e.state, cellName: e.cellName, programmeName: e.programmeName, year: e.year },
		editable: locals.user!.role === 'secretary' && cellMayWrite('meetings', e.state),
		members,
		meetings: meetings.map((m) => ({ ...m, rate: attendanceRate(m.present, m.total), absentNames: m.absentees.map((id) => names.get(id) ?? '') })),
		yearRate: yearRate(meetings, e.year),
		flagged: [...longAbsences(meetings)].map(([id, months]) => ({ id, name: names.get(id) ?? '', months })),
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const data = await request.formData();
		const form = await superValidate(data, zod4(meetingSchema));
		const { file: minutes, error: fileError } = uploadedDocument(data, 'minutes');
		if (fileError) setError(form, 'minutes' as 'topic', fileError);
		if (!form.valid || fileError) return fail(400, { form });
		const e = await loadEnrollment(locals.pb, params.id);
		const members = new Set((await cellMembers(locals.pb, e.cellId)).map((m) => m.id));
		if (form.data.absentees.some((id) => !members.has(id))) {
			setError(form, 'absentees._errors', 'Người vắng mặt phải là đảng viên của chi bộ.');
			return fail(400, { form });
		}
		if (!(await recordMeeting(locals.pb, form, params.id, minutes))) return fail(400, { form });
		return message(form, { ok: true, text: 'Đã ghi nhận buổi sinh hoạt.' });
	}
};
