// The GET handler behind both upward lists (registrations, recognitions): one function, two routes.
import { submissionLayout, type SubmissionKind } from '$lib/domain/submission-layouts';
import { exportContext } from './export';
import { xlsxResponse } from './response';
import { submissionInput } from './submission-data';
import { submissionWorkbook } from './submission';

const NAMES: Record<SubmissionKind, string> = {
	registration: 'Danh sách chi bộ đăng ký',
	recognition: 'Danh sách đề nghị công nhận'
};

export async function submissionExport(locals: App.Locals, url: URL, kind: SubmissionKind): Promise<Response> {
	const x = exportContext(locals, ['officer']);
	const input = await submissionInput(locals.pb, x.user, kind, url.searchParams.get('programme'), x.t);
	const layout = submissionLayout(input, x.t);
	const name = `${x.t(NAMES[kind])} ${input.year}`;
	return xlsxResponse(submissionWorkbook(layout, name), x.fileName(name, input.committee.name));
}
