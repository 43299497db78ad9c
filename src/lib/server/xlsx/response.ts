// The HTTP side of an export: the xlsx content type and a Content-Disposition that keeps the
// Vietnamese file name (RFC 6266 / 5987 `filename*`) with a plain ASCII fallback for old clients.
import type ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Danh sách chi bộ đăng ký" → "Danh-sach-chi-bo-dang-ky": no diacritics, no spaces, no quotes. */
export function asciiFileName(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/đ/g, 'd')
			.replace(/Đ/g, 'D')
			.replace(/[^A-Za-z0-9._-]+/g, '-')
			.replace(/-+/g, '-')
			.replace(/^-|-$/g, '') || 'export'
	);
}

/** A file name safe on every system: no path separators or characters Windows refuses. */
export function cleanFileName(name: string): string {
	return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || 'export';
}

export function contentDisposition(baseName: string): string {
	const name = cleanFileName(baseName);
	// encodeURIComponent leaves '()*!' alone; RFC 5987 attr-chars do not allow them.
	const encoded = encodeURIComponent(`${name}.xlsx`).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${asciiFileName(name)}.xlsx"; filename*=UTF-8''${encoded}`;
}

/** The workbook as a download; `baseName` without the extension. */
export async function xlsxResponse(wb: ExcelJS.Workbook, baseName: string): Promise<Response> {
	const body = await wb.xlsx.writeBuffer();
	return new Response(body as ArrayBuffer, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': contentDisposition(baseName),
			// Personal data under the user's own rules: never kept by a shared cache.
			'cache-control': 'private, no-store'
		}
	});
}
