import { error, fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { eventRequestBody, lifecycleEventSchema, type LifecycleEventForm } from '$lib/domain/forms/lifecycle-event';
import { eventLabel, stateLabel } from '$lib/domain/lifecycle-labels';
import { auditTrail, eventOptions, sendEvent } from '$lib/server/lifecycle';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { pb } = locals;
	const enrollment = await pb
		.collection('enrollments')
		.getOne(params.id, { expand: 'cell,programme,awaiting' })
		.catch((err: unknown) => {
			if (err instanceof ClientResponseError && err.status === 404) {
				error(404, 'Không tìm thấy hồ sơ, hoặc hồ sơ nằm ngoài phạm vi bạn được xem.');
			}
			throw err;
		});
	const [trail, options] = await Promise.all([auditTrail(pb, params.id), eventOptions(pb, params.id)]);
	const form = await superValidate(
		{ type: (options.events[0]?.type ?? 'SUBMIT') as LifecycleEventForm['type'], expectedState: options.state, expectedVersion: options.version },
		zod4(lifecycleEventSchema),
		{ errors: false }
	);
	return {
		enrollment: {
			id: enrollment.id,
			state: enrollment.state,
			cellName: enrollment.expand?.cell?.name ?? '',
			cellType: enrollment.cellType,
			programmeName: enrollment.expand?.programme?.name ?? '',
			year: enrollment.year,
			goals: enrollment.goals,
			score: enrollment.rating ? enrollment.score : null,
			rating: enrollment.rating,
			decisionNo: enrollment.decisionNo,
			decisionDate: enrollment.decisionDate,
			decisionSigner: enrollment.decisionSigner
		},
		trail: trail.map((t) => ({
			id: t.id,
			from: t.from,
			to: t.to,
			event: t.event,
			actorName: t.actorName,
			unitName: t.unitName,
			comment: t.comment,
			created: t.created
		})),
		options,
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(lifecycleEventSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const updated = await sendEvent(locals.pb, params.id, eventRequestBody(form.data));
			return message(form, `Đã ghi nhận “${eventLabel(form.data.type)}”. Hồ sơ chuyển sang: ${stateLabel(updated.state)}.`);
		} catch (err) {
			if (err instanceof ClientResponseError && [400, 403, 404, 409].includes(err.status)) {
				return message(form, err.response?.message || 'Không thực hiện được thao tác.', { status: err.status as 400 });
			}
			throw err;
		}
	}
};
