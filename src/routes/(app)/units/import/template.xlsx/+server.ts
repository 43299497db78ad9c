import { xlsxResponse } from '$lib/server/xlsx/response';
import { templateWorkbook } from '$lib/server/import/template';
import { officerUnit } from '$lib/server/import/access';
import type { RequestHandler } from './$types';

/** The import template, its examples placed under the officer's own unit. */
export const GET: RequestHandler = async ({ locals }) => {
	const unit = officerUnit(locals);
	const own = await locals.pb.collection('units').getOne(unit.id, { fields: 'code' });
	return xlsxResponse(templateWorkbook(String(own.code ?? '')), 'Mẫu nhập dữ liệu đơn vị và đảng viên');
};
