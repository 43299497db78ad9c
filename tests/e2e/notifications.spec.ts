import { expect, login, SCREENSHOTS, test, type Page } from './fixtures';

// The demo seed runs the reminder job once: Biểu Nghi's secretary (Quảng Ninh reminds two weeks
// ahead) has this month's self-assessment reminder waiting.

async function unread(page: Page): Promise<number> {
	const text = (await page.getByTestId('notification-bell').innerText()).trim();
	const m = /\((\d+)\)/.exec(text);
	return m ? Number(m[1]) : 0;
}

test('the secretary sees the badge, opens the list, marks one read, and the badge goes down', async ({ page }) => {
	await login(page, 'bithu.bieunghi@kieumau.vn');
	const bell = page.getByTestId('notification-bell');
	await expect(bell).toContainText(/Thông báo \(\d+\)/);
	const before = await unread(page);
	expect(before).toBeGreaterThan(0);

	await bell.click();
	await expect(page).toHaveURL(/\/notifications$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
	const first = page.getByTestId('notification').first();
	await expect(first).toContainText(/tự đánh giá tháng \d{2}\/\d{4}/);
	await expect(first).toContainText(/Hạn: \d{2}\/\d{2}\/\d{4}/);
	await expect(first.getByRole('link')).toHaveAttribute('href', /\/enrollments\/\w+\/assessments\?thang=\d{4}-\d{2}/);
	await page.screenshot({ path: `${SCREENSHOTS}/notifications.png`, fullPage: true });

	await first.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
	await expect(first.getByRole('button', { name: 'Đánh dấu đã đọc' })).toHaveCount(0);
	await expect.poll(() => unread(page)).toBe(before - 1);
	if (before === 1) await expect(bell).toHaveText('Thông báo');

	// The link takes the secretary to the month's form.
	await first.getByRole('link').click();
	await expect(page).toHaveURL(/\/assessments\?thang=/);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the list and the top bar fit a 390 px screen', async ({ page }) => {
		await login(page, 'bithu.bieunghi@kieumau.vn');
		await page.goto('/notifications');
		await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/notifications-phone.png`, fullPage: true });
	});
});
