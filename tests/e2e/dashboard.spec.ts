import { DEMO, YEAR } from './demo-day';
import { expect, login, logout, SCREENSHOTS, test, type Page } from './fixtures';

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

/** The unit id a breadcrumb link points at (…/dashboard?unit=<id>…). */
async function crumbId(page: Page, name: string): Promise<string> {
	const href = await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name }).getAttribute('href');
	const id = new URL(href!, 'http://x').searchParams.get('unit');
	expect(id, `${name} in the breadcrumb`).toBeTruthy();
	return id!;
}

test('a unit outside one’s subtree is not shown, not even one’s own province or district', async ({ page }) => {
	// The real ancestors' ids, as the province officer's breadcrumb links them.
	await login(page, 'tinhuy.thaibinh@kieumau.vn');
	await page.goto('/dashboard');
	await page.getByRole('link', { name: 'Huyện ủy Quỳnh Phụ' }).click();
	await page.getByRole('link', { name: 'Đảng ủy xã Quỳnh Hải' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu: Đảng ủy xã Quỳnh Hải');
	const ancestors = [await crumbId(page, 'Tỉnh ủy Thái Bình'), await crumbId(page, 'Huyện ủy Quỳnh Phụ')];
	await logout(page);

	await login(page, 'danguy.quynhhai@kieumau.vn');
	await page.goto('/dashboard');
	const href = await page.getByRole('navigation', { name: 'Đường dẫn' }).innerText();
	expect(href).toContain('Đảng ủy xã Quỳnh Hải');
	for (const id of ancestors) {
		const response = await page.goto(`/dashboard?unit=${id}`);
		expect(response?.status(), id).toBe(404);
		await expect(page.getByText('Đơn vị nằm ngoài phạm vi bạn được xem.')).toBeVisible();
	}
});
