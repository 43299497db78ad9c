import { DEMO, YEAR } from './demo-day';
import { expect, login, SCREENSHOTS, test } from './fixtures';

test('a district officer sees the targets of their district and drills down to a commune', async ({ page }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chỉ tiêu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu: Huyện ủy Quỳnh Phụ');
	const targets = page.getByRole('region', { name: 'Chỉ tiêu' });
	await expect(targets.getByRole('article')).toHaveCount(5);
	await expect(targets.getByRole('article', { name: 'Chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên' })).toContainText('≥ 90%');
	// Every cell of Quỳnh Phụ in this year's programme is counted by type: all 17 that registered,
	// except in January, when the pilot cells are still finishing last year's.
	const registered = DEMO.journeys.filter((j) => j.cell.startsWith('TB-QP-') && j.year === YEAR).length;
	const byType = page.getByRole('region', { name: 'Theo loại hình chi bộ' });
	const counts = await byType.locator('tbody td:nth-child(2)').allInnerTexts();
	expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(registered);
	await page.screenshot({ path: `${SCREENSHOTS}/dashboard-district.png`, fullPage: true });

	await page.getByRole('link', { name: 'Đảng ủy xã Quỳnh Hải' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu: Đảng ủy xã Quỳnh Hải');
	await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Huyện ủy Quỳnh Phụ');
});

test('a unit outside one’s subtree is not shown', async ({ page }) => {
	await login(page, 'danguy.quynhhai@kieumau.vn');
	await page.goto('/dashboard');
	const href = await page.getByRole('navigation', { name: 'Đường dẫn' }).innerText();
	expect(href).toContain('Đảng ủy xã Quỳnh Hải');
	const response = await page.goto('/dashboard?unit=doesnotexist0000');
	expect(response?.status()).toBe(404);
});
