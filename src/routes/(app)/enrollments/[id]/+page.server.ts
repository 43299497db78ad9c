import { fail } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { eventRequestBody, lifecycleEventSchema, type LifecycleEventForm } from '$lib/domain/forms/lifecycle-event';
import { eventLabel, stateLabel } from '$lib/domain/lifecycle-labels';
import { isClosed, LOCKABLE_STATES } from '$lib/domain/writable-states';
import { loadDossier, quotaFor } from '$lib/server/committee/dossier';
import { readEnrollment } from '$lib/server/committee/enrollment';
import { auditTrail, eventOptions, sendEvent } from '$lib/server/lifecycle';
import type { Actions, PageServerLoad } from './$types';

// The decision page: the lifecycle, what the viewer may decide now, and everything the cell
// has filed, in one view. Every read goes through the viewer's own client.
export const load: PageServerLoad = async ({ params, locals }) => {
	const { pb } = locals;
	const user = locals.user!;
	const enrollment = await readEnrollment(pb, params.id, 'cell,programme,awaiting,supervisor,inspectors');
	const [trail, options, dossier] = await Promise.all([
		auditTrail(pb, params.id),
		eventOptions(pb, params.id),
		loadDossier(pb, enrollment)
	]);
	const decidesSelection = options.state === 'selection' && options.events.some((e) => e.type === 'APPROVE');
	const quota = decidesSelection ? await quotaFor(pb, params.id) : null;
	const form = await superValidate(
		{ type: (options.events[0]?.type ?? 'SUBMIT') as LifecycleEventForm['type'], expectedState: options.state, expectedVersion: options.version },
		zod4(lifecycleEventSchema),
		{ errors: false }
	);
	const assigned = enrollment.supervisor === user.id || ((enrollment.inspectors ?? []) as string[]).includes(user.id);
	return {
		enrollment: {
			id: enrollment.id,
			state: enrollment.state,
			cellName: enrollment.expand?.cell?.name ?? '',
			cellType: enrollment.cellType,
			programmeName: enrollment.expand?.programme?.name ?? '',
			year: enrollment.year,
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
			toUnitName: t.toUnitName ?? '',
			comment: t.comment,
			created: t.created
		})),
		options,
		dossier,
		quota,
		links: {
			supervision: user.role === 'officer' && !isClosed(enrollment.state),
			reviewNote: user.role === 'inspector' && assigned && enrollment.state === 'review',
			// Months are filed from the pilot to the year-end evaluation; the committee locks them then.
			locks: user.role === 'officer' && (LOCKABLE_STATES as readonly string[]).includes(enrollment.state),
			print: enrollment.state === 'recognized',
			// The cell's own secretary reaches the forms of its workspace from here.
			workspace: user.role === 'secretary' && user.unit.id === enrollment.cell
		},
		form
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await superValidate(request, zod4(lifecycleEventSchema));
		if (!form.valid) return fail(400, { form });
		try {
			const updated = await sendEvent(locals.pb, params.id, eventRequestBody(form.data));
			return message(form, { ok: true, text: `Đã ghi nhận “${eventLabel(form.data.type)}”. Hồ sơ chuyển sang: ${stateLabel(updated.state)}.` });
		} catch (err) {
			if (err instanceof ClientResponseError && [400, 403, 404, 409].includes(err.status)) {
				return message(form, { ok: false, text: err.response?.message || 'Không thực hiện được thao tác.' }, { status: err.status as 400 });
			}
			throw err;
		}
	}
};
