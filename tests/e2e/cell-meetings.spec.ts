import { expect, login, SCREENSHOTS, test } from './fixtures';

// Meetings of Chi bộ khu 1, phường Hà Tu (QN-HT-01, in the pilot, 16 members): attendance that
// does not add up is refused beside the fields, a wrong minutes file too; the fixed meeting is
// recorded with its rate, and a rate below 90% is flagged.

test('meeting: invalid → errors → fixed → recorded with its attendance rate', async ({ page }) => {
	await login(page, 'bithu.hatu01@kieumau.vn');
	await page.getByRole('navigation', { name: 'Biểu mẫu của chi bộ' }).getByRole('link', { name: 'Sinh hoạt chi bộ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sinh hoạt chi bộ');
	const save = page.getByRole('button', { name: 'Ghi buổi sinh hoạt' });

	await page.getByLabel('Tổng số đảng viên').fill('16');
	await page.getByLabel('Có mặt').fill('20');
	await page.getByLabel(/Biên bản/).setInputFiles({ name: 'bien-ban.txt', mimeType: 'text/plain', buffer: Buffer.from('biên bản') });
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), save.press('Enter')]);
	await expect(page.getByText('Số có mặt không được lớn hơn tổng số đảng viên.')).toBeVisible();
	await expect(page.getByText('Vui lòng nhập chủ đề, nội dung sinh hoạt.')).toBeVisible();
	await expect(page.getByText('Chỉ nhận tệp PDF, JPG hoặc PNG.')).toBeVisible();
	await expect(page.getByLabel('Có mặt')).toHaveValue('20');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-meetings-1-invalid.png`, fullPage: true });

	await page.getByLabel('Chủ đề, nội dung sinh hoạt').fill('Sinh hoạt chi bộ định kỳ tháng 11/2026');
	await page.getByLabel('Có mặt').fill('13');
	await page.getByLabel('Vắng có lý do').fill('2');
	const absent = page.getByRole('group', { name: 'Đảng viên vắng mặt' }).getByRole('checkbox');
	for (const i of [1, 2, 3]) await absent.nth(i).check();
	const live = page.getByText(/^Tỷ lệ dự: /);
	await expect(live).toContainText('81,3%');
	await expect(live).toContainText('dưới 90%');
	await page.getByLabel(/Biên bản/).setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n' + ' '.repeat(500)) });
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), save.press('Enter')]);
	await expect(page.getByRole('status')).toHaveText('Đã ghi nhận buổi sinh hoạt.');
	const list = page.getByRole('region', { name: 'Các buổi sinh hoạt' });
	await expect(list).toContainText('Sinh hoạt chi bộ định kỳ tháng 11/2026');
	await expect(list).toContainText('Dự 13/16 (81,3%, dưới 90%)');
	await expect(list.getByRole('link', { name: /^Mở biên bản/ })).toHaveCount(1);
	await page.screenshot({ path: `${SCREENSHOTS}/cell-meetings-2-recorded.png`, fullPage: true });
});

test('minutes open for those who may see the cell, through the app, and for nobody else', async ({ page, browser }) => {
	await login(page, 'bithu.hatu01@kieumau.vn');
	await page.getByRole('navigation', { name: 'Biểu mẫu của chi bộ' }).getByRole('link', { name: 'Sinh hoạt chi bộ' }).click();
	await expect(page).toHaveURL(/\/enrollments\/[a-z0-9]+\/meetings/);
	const enrollment = page.url().match(/\/enrollments\/([a-z0-9]+)\/meetings/)![1]!;
	await page.getByLabel('Chủ đề, nội dung sinh hoạt').fill('Sinh hoạt chuyên đề có biên bản đính kèm');
	await page.getByLabel('Tổng số đảng viên').fill('16');
	await page.getByLabel('Có mặt').fill('16');
	await page.getByLabel(/Biên bản/).setInputFiles({ name: '\u202Efdp.exe', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n' + ' '.repeat(500)) });
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Ghi buổi sinh hoạt' }).press('Enter')]);
	await expect(page.getByRole('status')).toHaveText('Đã ghi nhận buổi sinh hoạt.');
	const item = page.getByRole('region', { name: 'Các buổi sinh hoạt' }).getByRole('listitem').filter({ hasText: 'Sinh hoạt chuyên đề có biên bản đính kèm' });
	const href = (await item.getByRole('link', { name: /^Mở biên bản/ }).getAttribute('href'))!;
	expect(href).toMatch(/^\/files\/meetings\/[a-z0-9]+\/fdp_[a-z0-9]{10}\.pdf$/);

	// The secretary opens it: a PDF, named as stored, never sniffed as something else.
	const own = await page.request.get(href);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('application/pdf');
	expect(own.headers()['x-content-type-options']).toBe('nosniff');
	expect(own.headers()['content-disposition']).toMatch(/^inline; filename="fdp_[a-z0-9]{10}\.pdf"/);
	expect((await own.body()).subarray(0, 5).toString()).toBe('%PDF-');

	// Only the whitelisted file fields, only names the record holds.
	const [, , , meetingId] = href.split('/');
	for (const other of [`/files/enrollments/${enrollment}/x.pdf`, `/files/meetings/${meetingId}/khac_0123456789.pdf`, `/files/meetings/${meetingId}/..%2F..%2Fdata.db`]) {
		expect((await page.request.get(other)).status(), other).toBe(404);
	}

	/** Another person on their own machine. */
	async function as(email: string | null, address: string) {
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address }, locale: 'vi-VN' });
		const other = await context.newPage();
		if (email) await login(other, email);
		return { page: other, close: () => context.close() };
	}

	// The officer in charge opens it from the cell's file.
	const officer = await as('danguy.hatu@kieumau.vn', '203.0.113.71');
	await officer.page.goto(`/enrollments/${enrollment}`);
	const link = officer.page.locator(`a[href="${href}"]`);
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAccessibleName(/^Mở biên bản/);
	expect((await officer.page.request.get(href)).status()).toBe(200);
	await officer.close();

	// An officer of another province gets 404, as for the record itself.
	const stranger = await as('tinhuy.thaibinh@kieumau.vn', '203.0.113.72');
	const refused = await stranger.page.request.get(href);
	expect(refused.status()).toBe(404);
	expect((await refused.body()).subarray(0, 5).toString()).not.toBe('%PDF-');
	expect((await stranger.page.request.get(`/enrollments/${enrollment}`)).status()).toBe(404);
	await stranger.close();

	// Nobody signed in: the login page, not the file.
	const guest = await as(null, '203.0.113.73');
	const anonymous = await guest.page.request.get(href);
	expect(anonymous.url()).toContain('/login');
	expect((await anonymous.body()).subarray(0, 5).toString()).not.toBe('%PDF-');
	await guest.close();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the meeting form fits and is sent with the keyboard', async ({ page }) => {
		await login(page, 'bithu.bieunghi@kieumau.vn');
		await page.goto('/');
		await page.getByRole('link', { name: 'Sinh hoạt chi bộ' }).focus();
		await page.keyboard.press('Enter');
		await page.getByLabel('Chủ đề, nội dung sinh hoạt').focus();
		await page.keyboard.type('Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
		await page.getByLabel('Hình thức').selectOption('thematic');
		await page.getByRole('button', { name: 'Ghi buổi sinh hoạt' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Đã ghi nhận buổi sinh hoạt.');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/cell-meetings-phone.png`, fullPage: true });
	});
});
