import type { TypedPocketBase } from '$lib/pb-types';
// Saving the registration and answering a return: shared by /register and the draft's page.
import type PocketBase from 'pocketbase';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { unknownEmphasis, type RegistrationForm } from '$lib/domain/forms/registration';

export function registrationBody(f: RegistrationForm) {
	return {
		goals: f.goals,
		commitments: f.commitments,
		emphasis: f.emphasis,
		contactName: f.contactName,
		contactPhone: f.contactPhone
	};
}

/** The emphasis codes must be criteria of the framework for this cell's type. */
export function checkEmphasis<T extends RegistrationForm>(form: SuperValidated<T>, allowed: string[]): boolean {
	const bad = unknownEmphasis(form.data.emphasis, allowed);
	if (bad.length) setError(form, 'emphasis' as never, `Tiêu chí không thuộc khung của chương trình: ${bad.join(', ')}.`);
	return bad.length === 0;
}

/** The committee's latest return (RETURN) of this enrollment, if the file came back to the cell. */
export async function latestReturn(pb: TypedPocketBase, enrollmentId: string) {
	const { items } = await pb.collection('transitions').getList(1, 1, {
		filter: pb.filter('enrollment = {:e}', { e: enrollmentId }),
		sort: '-created,-id',
		skipTotal: true
	});
	const t = items[0];
	return t && t.event === 'RETURN'
		? { comment: t.comment as string, actorName: t.actorName as string, unitName: t.unitName as string, created: t.created as string }
		: null;
}
