import { fail } from '@sveltejs/kit';
import { IMPORT_MESSAGES, problem } from '$lib/domain/import';
import { officerUnit } from '$lib/server/import/access';
import { recentImports } from '$lib/server/import/history';
import { readImportFile } from '$lib/server/import/read-file';
import { dryRun, refusalOf, type ShownProblem } from '$lib/server/import/service';
import type { Actions, PageServerLoad } from './$types';

/** The app server accepts bodies up to 11 MB (scripts/lib/instance.mjs BODY_SIZE_LIMIT). */
const MAX_BYTES = 10 * 1024 * 1024;

export const load: PageServerLoad = async ({ locals }) => {
	const unit = officerUnit(locals);
	return { unitName: unit.name, history: await recentImports(locals.pb, locals.user!.id) };
};

export const actions: Actions = {
	/** Reads the file and asks PocketBase for the dry run: the report, and nothing written. */
	check: async ({ request, locals }) => {
		officerUnit(locals);
		const data = await request.formData();
		const file = data.get('file');
		if (!(file instanceof File) || !file.size) {
			return fail(400, { fileName: '', fileProblems: [problem(IMPORT_MESSAGES.noFile)] as ShownProblem[] });
		}
		if (file.size > MAX_BYTES) {
			return fail(400, { fileName: file.name, fileProblems: [problem(IMPORT_MESSAGES.tooLarge, { max: 10 })] as ShownProblem[] });
		}
		const read = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
		if (read.problems.length) return fail(400, { fileName: file.name, fileProblems: read.problems as ShownProblem[] });
		try {
			const report = await dryRun(locals.pb, { fileName: file.name, units: read.units, members: read.members });
			return { fileName: file.name, report };
		} catch (err) {
			const refusal = refusalOf(err);
			return fail(refusal.status === 403 ? 403 : 400, {
				fileName: file.name,
				// A refusal without a template (e.g. 403) is a Vietnamese sentence from the hook.
				fileProblems: [refusal.problem ?? { message: refusal.message }] as ShownProblem[]
			});
		}
	}
};
