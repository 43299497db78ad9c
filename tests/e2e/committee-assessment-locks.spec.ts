import { expect, login, logout, SCREENSHOTS, test } from './fixtures';

// Đảng ủy phường Hà Tu locks a month of Chi bộ khu 1's self-assessment once it has checked it;
// the cell then sees the month as locked and read-only, until the committee reopens it.
test('the committee locks a checked month, the cell can no longer change it, and it is reopened', async ({ page }) => {
	await login(page, 'danguy.hatu@kieumau.vn');
	await page.getByRole('link', { name: 'Chi bộ khu 1' }).first().click();
	await page.getByRole('link', { name: 'Khóa bản tự đánh giá' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khóa bản tự đánh giá');
	const lockUrl = page.url();
	const first = page.getByRole('row').nth(1);
	const month = (await first.getByRole('cell').nth(1).innerText()).trim(); // "04/2026"
	await expect(first).toContainText('Chi bộ còn sửa được');
	await first.getByRole('checkbox').check();
	await page.getByRole('button', { name: 'Khóa các tháng đã chọn', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Đã khóa 1 tháng.');
	await expect(page.getByRole('row').nth(1)).toContainText('Đã khóa');
	await page.screenshot({ path: `${SCREENSHOTS}/assessment-locks.png`, fullPage: true });
	await logout(page);

	await login(page, 'bithu.hatu01@kieumau.vn');
	const [mm, yyyy] = month.split('/');
	await page.goto(lockUrl.replace('/assessment-locks', `/assessments?thang=${yyyy}-${mm}`));
	await expect(page.getByText('Cấp ủy đã khóa bản tự đánh giá tháng này: chỉ xem, không sửa được.')).toBeVisible();
	await logout(page);

	await login(page, 'danguy.hatu@kieumau.vn');
	await page.goto(lockUrl);
	await page.getByRole('row').nth(1).getByRole('checkbox').check();
	await page.getByRole('button', { name: 'Mở khóa các tháng đã chọn' }).click();
	await expect(page.getByRole('status')).toContainText('Đã mở khóa 1 tháng.');
	await expect(page.getByRole('row').nth(1)).toContainText('Chi bộ còn sửa được');
});
