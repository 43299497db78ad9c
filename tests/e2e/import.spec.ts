import ExcelJS from 'exceljs';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// Importing into the district of Quỳnh Phụ (TB-QP) as its officer: a CSV with an error gets its
// report and writes nothing; the fixed file (an .xlsx of units and 600 members, several chunks)
// is written with a progress bar; the same file again changes nothing.

const UNITS_HEADER = 'Mã đơn vị;Tên;Loại (tỉnh/huyện/cơ sở/bộ phận/chi bộ);Mã đơn vị cấp trên;Loại hình chi bộ;Chi bộ cơ sở (có/không)';
const UNIT_ROWS = [
	['E2E-G', 'Đảng ủy xã Quỳnh Thử', 'cơ sở', 'TB-QP', '', ''],
	['E2E-C1', 'Chi bộ thôn Thử Một', 'chi bộ', 'E2E-G', 'khu dân cư', 'không'],
	['E2E-C2', 'Chi bộ Trường Mầm non Quỳnh Thử', 'chi bộ', 'E2E-G', '', 'không']
];

async function fixedWorkbook(): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	const units = wb.addWorksheet('Đơn vị');
	units.addRow(UNITS_HEADER.split(';'));
	UNIT_ROWS.forEach((r) => units.addRow(r[0] === 'E2E-C2' ? [...r.slice(0, 4), 'sự nghiệp', 'không'] : r));
	const members = wb.addWorksheet('Đảng viên');
	members.addRow(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Năm sinh', 'Chức vụ', 'Đang sinh hoạt (có/không)']);
	for (let i = 1; i <= 600; i++) {
		members.addRow([`DV${String(i).padStart(4, '0')}`, `Đảng viên Thử ${i}`, i % 2 ? 'E2E-C1' : 'E2E-C2', 1960 + (i % 40), i <= 2 ? 'bí thư' : 'đảng viên', 'có']);
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}

test('import: an error is reported and nothing written; the fixed file is written with progress; again changes nothing', async ({ page }) => {
	test.setTimeout(120_000);
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập dữ liệu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập đơn vị, chi bộ và đảng viên');

	const template = await page.request.get('/units/import/template.xlsx');
	expect(template.headers()['content-type']).toContain('spreadsheetml');

	// 1. A CSV (Excel's ';' with a BOM) whose third row lacks the cell type.
	const csv = '\ufeff' + [UNITS_HEADER, ...UNIT_ROWS.map((r) => r.join(';'))].join('\r\n');
	await page.getByLabel('Tệp dữ liệu (.xlsx hoặc .csv, tối đa 10 MB)').setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	const report = page.getByTestId('import-report');
	await expect(report.getByRole('alert')).toHaveText('Tệp có 1 dòng lỗi. Chưa ghi gì vào dữ liệu. Sửa các dòng dưới đây rồi kiểm tra lại.');
	const bad = report.getByRole('table', { name: 'Các dòng có lỗi' }).getByRole('row').nth(1);
	await expect(bad).toContainText('4');
	await expect(bad).toContainText('E2E-C2');
	await expect(bad).toContainText('Chi bộ phải có loại hình chi bộ.');
	await expect(page.getByRole('button', { name: /Ghi .* dòng vào dữ liệu/ })).toHaveCount(0);
	await page.screenshot({ path: `${SCREENSHOTS}/import-1-errors.png`, fullPage: true });

	// Nothing was written: checking the same units again still finds them all new.
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(report.getByRole('definition').first()).toHaveText('2');

	// 2. The fixed workbook: 3 units and 600 members, written in several chunks.
	await page.getByLabel('Tệp dữ liệu (.xlsx hoặc .csv, tối đa 10 MB)').setInputFiles({
		name: 'nhap-du-lieu.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: await fixedWorkbook()
	});
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(report.getByText('Tệp hợp lệ. Sẽ ghi 603 dòng, đơn vị cấp trên trước, đảng viên sau cùng.')).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/import-2-valid.png`, fullPage: true });
	await page.getByRole('button', { name: 'Ghi 603 dòng vào dữ liệu' }).click();
	const dialog = page.getByRole('dialog', { name: 'Ghi 603 dòng vào dữ liệu?' });
	await dialog.getByRole('button', { name: 'Ghi dữ liệu' }).click();
	await expect(page.getByTestId('import-progress')).toHaveText('Đã ghi 603/603 dòng');
	await expect(report.getByRole('status')).toContainText('Đã ghi xong 603 dòng.');
	await expect(page.getByRole('progressbar', { name: 'Tiến độ ghi dữ liệu' })).toHaveJSProperty('value', 603);
	// The history under the report follows: this import is written to the end.
	const history = page.getByRole('region', { name: 'Các lần nhập gần đây của anh/chị' });
	await expect(history.getByRole('row').filter({ hasText: 'nhap-du-lieu.xlsx' }).first()).toContainText('Đã ghi xong');
	await page.screenshot({ path: `${SCREENSHOTS}/import-3-written.png`, fullPage: true });

	// 3. The same file again: the units and members are there, nothing changes.
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(report.getByRole('status')).toHaveText('Dữ liệu trong tệp đã có đủ: không có gì thay đổi.');
	await expect(report.getByRole('definition').nth(2)).toHaveText('603');

	// The officer's own history remembers the import and that it was written to the end.
	await expect(history.getByRole('row').filter({ hasText: 'nhap-du-lieu.xlsx' }).filter({ hasText: '603/603' })).toContainText('Đã ghi xong');
});

test('import: an officer of another province cannot write into Quỳnh Phụ', async ({ page }) => {
	await login(page, 'tinhuy.quangninh@kieumau.vn');
	await page.goto('/units/import');
	const csv = [UNITS_HEADER, 'QN-LAN;Đảng ủy xã Lấn Sân;cơ sở;TB-QP;;'].join('\n');
	await page.getByLabel('Tệp dữ liệu (.xlsx hoặc .csv, tối đa 10 MB)').setInputFiles({ name: 'lan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(page.getByTestId('import-report')).toContainText('Đơn vị cấp trên TB-QP không thuộc phạm vi quản lý của anh/chị.');
});

test('import: the page is for officers only', async ({ page }) => {
	await login(page, 'bithu.bieunghi@kieumau.vn');
	const res = await page.goto('/units/import');
	expect(res?.status()).toBe(403);
});
