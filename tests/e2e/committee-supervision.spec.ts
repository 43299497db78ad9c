import { expect, login, SCREENSHOTS, test } from './fixtures';

// Huyện ủy Quỳnh Phụ puts its inspector Đoàn Văn Hiệp on Chi bộ thôn Đồng Hới (in the pilot):
// the assignment is what lets him see the cell; taking it back hides it again.
const CELL = 'Chi bộ thôn Đồng Hới';
const INSPECTOR = 'Đoàn Văn Hiệp';

test('assigning an inspector decides what the inspector can see', async ({ page, browser, address }) => {
	// The inspector, in another browser.
	const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address }, locale: 'vi-VN' });
	const inspector = await other.newPage();
	await login(inspector, 'kiemtra.quynhphu@kieumau.vn');
	const assigned = inspector.getByRole('region', { name: 'Chi bộ được phân công kiểm tra, giám sát' });
	await expect(assigned.getByRole('link', { name: CELL })).toHaveCount(0);

	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('region', { name: 'Chi bộ đang thí điểm' }).getByRole('link', { name: CELL }).click();
	await expect(page).toHaveURL(/\/enrollments\/[a-z0-9]{15}$/);
	const cellUrl = page.url();
	await page.getByRole('link', { name: 'Phân công phụ trách' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phân công phụ trách, kiểm tra');
	await page.getByLabel('Cấp ủy viên phụ trách chi bộ').selectOption({ label: 'Bùi Văn Lực (Đảng ủy xã Quỳnh Hải)' });
	await page.getByRole('checkbox', { name: new RegExp(INSPECTOR) }).check();
	await page.getByRole('button', { name: 'Lưu phân công' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã lưu phân công phụ trách.');
	await page.screenshot({ path: `${SCREENSHOTS}/supervision-assigned.png`, fullPage: true });
	await page.goto(cellUrl);
	await expect(page.getByRole('region', { name: 'Hồ sơ chi bộ đã nộp' })).toContainText(`Kiểm tra, giám sát${INSPECTOR}`);

	await inspector.reload();
	await expect(assigned.getByRole('link', { name: CELL })).toBeVisible();
	await inspector.goto(cellUrl);
	await expect(inspector.getByRole('heading', { level: 1 })).toHaveText(CELL);

	// Taken back: the cell is out of the inspector's sight again.
	await page.goto(`${cellUrl}/supervision`);
	await page.getByRole('checkbox', { name: new RegExp(INSPECTOR) }).uncheck();
	await page.getByRole('button', { name: 'Lưu phân công' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã lưu phân công phụ trách.');
	await inspector.reload();
	await expect(inspector.getByRole('heading', { level: 1 })).toHaveText('404');
	await inspector.goto('/');
	await expect(assigned.getByRole('link', { name: CELL })).toHaveCount(0);
	await other.close();
});
