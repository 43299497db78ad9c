import type { TypedPocketBase } from '$lib/pb-types';
// Saving the resolution and the plan's tasks in ONE PocketBase batch: all or nothing.
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { fromPbDate, toPbDate, type PlanForm } from '$lib/domain/forms/plan';
import { bannerFor, fieldErrors } from '../form-errors';

/** The form's values from the stored plan and tasks (a first empty row when there are none). */
export function planFormData(plan: RecordModel | null, tasks: RecordModel[], firstMonth: string): PlanForm {
	return {
		resolutionNo: plan?.resolutionNo ?? '',
		resolutionDate: fromPbDate(plan?.resolutionDate),
		resolutionSigner: plan?.resolutionSigner ?? '',
		summary: plan?.summary ?? '',
		tasks: tasks.length
			? tasks.map((t) => ({
					id: t.id,
					title: t.title,
					assignee: t.assignee ?? '',
					due: fromPbDate(t.due),
					month: t.month ?? '',
					status: (t.status || 'todo') as PlanForm['tasks'][number]['status']
				}))
			: [{ id: '', title: '', assignee: '', due: '', month: firstMonth, status: 'todo' }]
	};
}

/** A PocketBase record id chosen here, so that new tasks can point at a new plan in the same batch. */
export function newRecordId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.getRandomValues(new Uint8Array(15));
	return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

type Slot = { kind: 'plan' } | { kind: 'task'; index: number } | { kind: 'delete' };

/**
 * Writes the plan (only while planning: `planEditable`) and the tasks (create, update, delete
 * the removed ones) in one batch. On a refusal the field errors are placed on the form and
 * nothing is saved. Returns true when saved.
 */
export async function savePlan(
	pb: TypedPocketBase,
	form: SuperValidated<PlanForm>,
	opts: { enrollmentId: string; plan: RecordModel | null; tasks: RecordModel[]; planEditable: boolean; document: File | null }
): Promise<boolean> {
	const d = form.data;
	const batch = pb.createBatch();
	const slots: Slot[] = [];
	let planId = opts.plan?.id ?? '';
	if (opts.planEditable) {
		const body: Record<string, unknown> = {
			resolutionNo: d.resolutionNo,
			resolutionDate: toPbDate(d.resolutionDate),
			resolutionSigner: d.resolutionSigner,
			summary: d.summary
		};
		if (opts.document) body.resolutionDoc = opts.document;
		if (opts.plan) batch.collection('plans').update(opts.plan.id, body);
		else {
			planId = newRecordId();
			batch.collection('plans').create({ id: planId, enrollment: opts.enrollmentId, ...body });
		}
		slots.push({ kind: 'plan' });
	}
	const existing = new Set(opts.tasks.map((t) => t.id));
	const kept = new Set<string>();
	d.tasks.forEach((t, index) => {
		const body = { title: t.title, assignee: t.assignee, due: toPbDate(t.due), month: t.month, status: t.status, order: index + 1 };
		if (t.id && existing.has(t.id)) {
			kept.add(t.id);
			batch.collection('plan_tasks').update(t.id, body);
		} else {
			batch.collection('plan_tasks').create({ enrollment: opts.enrollmentId, plan: planId, ...body });
		}
		slots.push({ kind: 'task', index });
	});
	for (const t of opts.tasks) {
		if (!kept.has(t.id)) {
			batch.collection('plan_tasks').delete(t.id);
			slots.push({ kind: 'delete' });
		}
	}
	try {
		await batch.send();
		return true;
	} catch (err) {
		placeBatchErrors(form, err, slots);
		return false;
	}
}

/** Batch errors come per request ("requests": {index: {response: {data}}}): back to their fields. */
function placeBatchErrors(form: SuperValidated<PlanForm>, err: unknown, slots: Slot[]) {
	const requests = (err instanceof ClientResponseError ? err.response?.data?.requests : null) as
		| Record<string, { response?: unknown }>
		| null
		| undefined;
	let placed = false;
	for (const [key, failure] of Object.entries(requests ?? {})) {
		const slot = slots[Number(key)];
		const failed = new ClientResponseError({ status: 400, response: failure?.response ?? {} });
		const errors = fieldErrors(failed);
		let here = false;
		for (const [field, msg] of Object.entries(errors)) {
			if (slot?.kind === 'plan' && (field in form.data || field === 'resolutionDoc')) {
				setError(form, field as 'resolutionNo', msg);
				here = true;
			} else if (slot?.kind === 'task' && ['title', 'assignee', 'due', 'month', 'status'].includes(field)) {
				setError(form, `tasks[${slot.index}].${field}` as 'tasks[0].title', msg);
				here = true;
			}
		}
		// A refusal of the record as a whole (a task of a kept month deleted or moved): the
		// server's own reason as the banner.
		const reason = here ? '' : bannerFor(failed, '');
		if (reason) setError(form, reason);
		placed = placed || here || !!reason;
	}
	if (!placed) setError(form, bannerFor(err, 'Không lưu được kế hoạch. Chưa có thay đổi nào được ghi.'));
}
