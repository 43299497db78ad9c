import type { TypedPocketBase } from '$lib/pb-types';
// Saving the month's self-assessment: created the first time, edited afterwards until locked.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { message, setError, type SuperValidated } from 'sveltekit-superforms';
import { assessmentBody, type SelfAssessmentForm } from '$lib/domain/forms/self-assessment';
import { bannerFor, fieldErrors } from '../form-errors';

export async function saveAssessment(
	pb: TypedPocketBase,
	form: SuperValidated<SelfAssessmentForm>,
	enrollmentId: string,
	existing: RecordModel | undefined
): Promise<boolean> {
	const body = assessmentBody(form.data);
	try {
		if (existing) await pb.collection('self_assessments').update(existing.id, body);
		else await pb.collection('self_assessments').create({ enrollment: enrollmentId, month: form.data.month, ...body });
		return true;
	} catch (err) {
		const index = new Map(form.data.items.map((it, i) => [it.code, i]));
		let placed = false;
		for (const [field, msg] of Object.entries(fieldErrors(err))) {
			const [kind, code] = [field.split('.')[0], field.slice(field.indexOf('.') + 1)];
			const i = index.get(code);
			if ((kind === 'scores' || kind === 'evidence') && i !== undefined) {
				setError(form, `items[${i}].${kind === 'scores' ? 'score' : 'evidence'}` as 'items[0].score', msg);
				placed = true;
			} else if (field === 'month') {
				setError(form, 'month', msg);
				placed = true;
			}
		}
		if (!placed) message(form, { ok: false, text: existing ? bannerFor(err, 'Không lưu được: bản tự đánh giá có thể đã bị khóa.') : bannerFor(err) }, { status: 400 });
		return false;
	}
}
