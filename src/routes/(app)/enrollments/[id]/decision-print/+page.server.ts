import { decisionOf } from '$lib/server/committee/decision';
import { readEnrollment } from '$lib/server/committee/enrollment';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const enrollment = await readEnrollment(locals.pb, params.id, 'cell,cell.parent,programme');
	return { id: params.id, decision: await decisionOf(locals.pb, enrollment) };
};
