import { expect, login, SCREENSHOTS, test } from './fixtures';

// The registration form of a draft: invalid input is refused beside the fields in Vietnamese and
// keeps the values; the fixed form is saved as a draft, then sent (SUBMIT).
// Chi bộ tổ dân phố Nam Sơn (TB-QP-QC-02) is a draft in the demo data.

test('registration: invalid → errors beside the fields → fixed → saved → sent', async ({ page }) => {
	await login(page, 'bithu.tbqpqc02@kieumau.vn');
	await page.getByRole('navigation', { name: 'Biểu mẫu của chi bộ' }).getByRole('link', { name: 'Đăng ký' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký tham gia chương trình');

	const goals = page.getByLabel('Mục tiêu xây dựng chi bộ kiểu mẫu');
	const phone = page.getByLabel('Số điện thoại liên hệ');
	await goals.fill('Ngắn');
	await phone.fill('không có số');
	const checked = page.getByRole('checkbox', { checked: true });
	while ((await checked.count()) > 0) await checked.first().uncheck();
	await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

	await expect(page.getByText('Vui lòng nêu mục tiêu (ít nhất 20 ký tự).')).toBeVisible();
	await expect(page.getByText('Số điện thoại gồm 8–20 ký tự: chữ số, dấu cách, + ( ) . -')).toBeVisible();
	await expect(page.getByText('Vui lòng chọn ít nhất một nội dung trọng tâm.')).toBeVisible();
	await expect(goals).toHaveAttribute('aria-invalid', 'true');
	await expect(goals).toHaveValue('Ngắn');
	await expect(phone).toHaveValue('không có số');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-registration-1-invalid.png`, fullPage: true });

	// Nothing was written: a fresh load shows the stored registration, not the invalid input.
	await page.reload();
	await expect(goals).not.toHaveValue('Ngắn');

	await goals.fill('Xây dựng chi bộ tổ dân phố Nam Sơn đạt chuẩn kiểu mẫu năm 2026: 100% đảng viên hoàn thành nhiệm vụ; tỷ lệ dự sinh hoạt trên 95%.');
	await phone.fill('0912 345 678');
	await page.getByRole('checkbox', { name: /1\.R1/ }).check();
	await page.getByRole('checkbox', { name: /2\.1 / }).check();
	await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp đăng ký.');
	await page.reload();
	await expect(phone).toHaveValue('0912 345 678');
	await expect(page.getByRole('checkbox', { name: /1\.R1/ })).toBeChecked();

	await page.getByRole('button', { name: 'Lưu và gửi đăng ký' }).click();
	await expect(page.getByRole('status')).toContainText('Đã gửi đăng ký');
	await expect(page.getByText('Đăng ký đã được gửi')).toBeVisible();
	await expect(goals).toBeDisabled();
	await page.screenshot({ path: `${SCREENSHOTS}/cell-registration-2-sent.png`, fullPage: true });
});

/** Presses Tab until the phone field has the focus (through commitments and every checkbox). */
async function tabToPhone(page: import('./fixtures').Page) {
	for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== 'contactPhone'; i++) await page.keyboard.press('Tab');
	await expect(page.getByLabel('Số điện thoại liên hệ')).toBeFocused();
}

test.describe('on a phone, with the keyboard alone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// Chi bộ Trường THPT Quỳnh Côi (TB-QP-TH) is a draft in the demo data.
	test('registration is filled and saved with Tab, Space and Enter', async ({ page }) => {
		await login(page, 'bithu.tbqpth@kieumau.vn');
		await page.goto('/');
		await page.getByRole('link', { name: 'Đăng ký', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký tham gia chương trình');

		const goals = page.getByLabel('Mục tiêu xây dựng chi bộ kiểu mẫu');
		await goals.focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Chưa đủ');
		await tabToPhone(page);
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		await expect(page.getByText('Vui lòng nêu mục tiêu (ít nhất 20 ký tự).')).toBeVisible();
		await expect(page.getByText('Số điện thoại gồm 8–20 ký tự: chữ số, dấu cách, + ( ) . -')).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/cell-registration-phone-invalid.png`, fullPage: true });

		await goals.focus();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Xây dựng chi bộ Trường THPT Quỳnh Côi đạt chuẩn kiểu mẫu, 100% đảng viên hoàn thành tốt nhiệm vụ.');
		await tabToPhone(page);
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('0227 3863 123');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp đăng ký.');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/cell-registration-phone-saved.png`, fullPage: true });
	});
});
