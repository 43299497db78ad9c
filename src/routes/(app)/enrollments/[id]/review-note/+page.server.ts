import { readEnrollment } from '$lib/server/committee/enrollment';
import { notePage } from '$lib/server/inspector/note-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const enrollment = await readEnrollment(locals.pb, params.id);
	return { ...(await notePage(locals.pb, locals.user!, enrollment)), userId: locals.user!.id };
};
