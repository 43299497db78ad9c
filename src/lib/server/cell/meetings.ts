import type { TypedPocketBase } from '$lib/pb-types';
// The cell's meetings: listed with their attendance, recorded with the minutes in one request.
import type PocketBase from 'pocketbase';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import type { MeetingForm } from '$lib/domain/forms/meeting';
import { toPbDate } from '$lib/domain/forms/plan';
import { bannerFor, fieldErrors, placeErrors } from '../form-errors';

export async function loadMeetings(pb: TypedPocketBase, enrollmentId: string) {
	const items = await pb.collection('meetings').getFullList({
		filter: pb.filter('enrollment = {:e}', { e: enrollmentId }),
		sort: '-date'
	});
	return items.map((m) => ({
		id: m.id,
		date: String(m.date).slice(0, 10),
		kind: m.kind as MeetingForm['kind'],
		topic: m.topic as string,
		present: m.present as number,
		total: m.total as number,
		excused: (m.excused ?? 0) as number,
		absentees: (m.absentees ?? []) as string[],
		minutes: (m.minutes ?? '') as string
	}));
}

/** Creates the meeting (minutes included): one request, so nothing is half-saved. */
export async function recordMeeting(
	pb: TypedPocketBase,
	form: SuperValidated<MeetingForm>,
	enrollmentId: string,
	minutes: File | null
): Promise<boolean> {
	const d = form.data;
	try {
		await pb.collection('meetings').create({
			enrollment: enrollmentId,
			...d,
			date: toPbDate(d.date),
			...(minutes ? { minutes } : {})
		});
		return true;
	} catch (err) {
		const minutesError = fieldErrors(err).minutes;
		if (minutesError) setError(form, 'minutes' as 'topic', minutesError);
		if (!placeErrors(form, err) && !minutesError) setError(form, bannerFor(err, 'Không ghi được buổi sinh hoạt. Vui lòng thử lại.'));
		return false;
	}
}
