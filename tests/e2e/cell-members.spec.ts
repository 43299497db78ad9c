import { expect, login, SCREENSHOTS, test } from './fixtures';

// The cell's member list (Chi bộ khu Bình Lục Hạ, QN-DT-HP-BLH): invalid input is refused beside
// the fields, the fixed member is added; a member who stops attending is marked so.

test('members: invalid → errors → fixed → added; a member marked as no longer attending', async ({ page }) => {
	await login(page, 'bithu.binhlucha@kieumau.vn');
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đảng viên' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách đảng viên của chi bộ');

	await page.getByLabel('Năm sinh (không bắt buộc)').fill('1850');
	await page.getByRole('button', { name: 'Thêm đảng viên' }).press('Enter');
	await expect(page.getByText('Vui lòng nhập họ và tên đảng viên.')).toBeVisible();
	await expect(page.getByText('Năm sinh từ 1900 đến nay.')).toBeVisible();
	await expect(page.getByLabel('Năm sinh (không bắt buộc)')).toHaveValue('1850');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-members-1-invalid.png`, fullPage: true });

	await page.getByLabel('Họ và tên').fill('Nguyễn Thị Thu Hường');
	await page.getByLabel('Năm sinh (không bắt buộc)').fill('1991');
	await page.getByRole('button', { name: 'Thêm đảng viên' }).press('Enter');
	await expect(page.getByRole('status')).toHaveText('Đã thêm Nguyễn Thị Thu Hường vào danh sách đảng viên.');
	const row = page.getByRole('row', { name: /Nguyễn Thị Thu Hường/ });
	await expect(row).toContainText('1991');

	await row.getByRole('button', { name: 'Ngừng sinh hoạt: Nguyễn Thị Thu Hường' }).click();
	await expect(row.getByRole('button', { name: 'Sinh hoạt lại: Nguyễn Thị Thu Hường' })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/cell-members-2-added.png`, fullPage: true });
});
