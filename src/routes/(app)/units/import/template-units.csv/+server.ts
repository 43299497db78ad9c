import { templateCsv } from '$lib/server/import/template';
import { officerUnit } from '$lib/server/import/access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	officerUnit(locals);
	return new Response(templateCsv('units'), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="Mau-don-vi.csv"'
		}
	});
};
