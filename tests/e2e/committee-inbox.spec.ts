import type { Browser } from '@playwright/test';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// Chi bộ khu Bình Lục Hạ waits for Đảng ủy phường Hồng Phong (selection, first step). Its officer
// approves it from the inbox; Thành ủy Đông Triều's inbox, open in another browser, shows it
// without a reload.
const CELL = 'Chi bộ khu Bình Lục Hạ';

async function personOn(browser: Browser, address: string) {
	const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address }, locale: 'vi-VN' });
	return { context, page: await context.newPage() };
}

test('an officer approves from the inbox; the next level\'s inbox updates without a reload', async ({ page, browser, address }) => {
	// The district officer, in another browser, watching their inbox.
	const district = await personOn(browser, address.replace(/\d+$/, (n) => String((Number(n) % 250) + 3)));
	await login(district.page, 'thanhuy.dongtrieu@kieumau.vn');
	await district.page.goto('/inbox');
	await expect(district.page.getByRole('heading', { level: 1 })).toHaveText('Hộp việc chờ quyết định');
	await expect(district.page.locator('[data-live="live"]')).toBeVisible();
	const districtRows = district.page.getByRole('region', { name: /Hồ sơ chờ quyết định/ });
	await expect(districtRows.getByRole('link', { name: CELL, exact: true })).toHaveCount(0);
	let reloads = 0;
	district.page.on('framenavigated', (f) => { if (f === district.page.mainFrame()) reloads++; });

	// The grassroots officer approves it from their inbox, with the filed material one click away.
	await login(page, 'danguy.hongphong@kieumau.vn');
	await page.getByRole('link', { name: 'Hộp việc', exact: true }).click();
	await expect(page.getByRole('link', { name: `Xem hồ sơ của ${CELL}` })).toHaveAttribute('href', /#ho-so$/);
	await page.getByRole('checkbox', { name: `Chọn ${CELL}` }).check();
	await page.getByLabel('Ý kiến chung (không bắt buộc)').fill('Đồng ý lựa chọn chi bộ tham gia thí điểm.');
	await page.screenshot({ path: `${SCREENSHOTS}/inbox-grassroots-selected.png`, fullPage: true });
	await page.getByRole('button', { name: 'Phê duyệt 1 hồ sơ đã chọn' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Kết quả phê duyệt' })).toContainText(`${CELL}: Đã phê duyệt. Hồ sơ chuyển sang: Chờ lựa chọn.`);
	await expect(page.getByRole('link', { name: CELL, exact: true })).toHaveCount(0);

	// The district's inbox has it now, with no navigation on that page.
	await expect(districtRows.getByRole('link', { name: CELL, exact: true })).toBeVisible({ timeout: 10_000 });
	await expect(districtRows.locator('tr', { hasText: CELL })).toContainText('mới');
	expect(reloads).toBe(0);
	await district.page.screenshot({ path: `${SCREENSHOTS}/inbox-district-live.png`, fullPage: true });

	// Opening it: the quota that remains for this decision, and the cell's file in one view.
	await districtRows.getByRole('link', { name: CELL, exact: true }).click();
	await expect(district.page.getByRole('note', { name: 'Chỉ tiêu thí điểm' })).toContainText('còn 3 chỗ');
	const dossier = district.page.getByRole('region', { name: 'Hồ sơ chi bộ đã nộp' });
	await expect(dossier).toContainText('Đăng ký tham gia');
	await expect(dossier).toContainText('Mục tiêu');
	await district.page.screenshot({ path: `${SCREENSHOTS}/decision-page-selection.png`, fullPage: true });
	await district.context.close();
});

test('the inbox filters by kind, and a bulk approval reports each file', async ({ page }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.goto('/inbox');
	const rows = page.getByRole('region', { name: /Hồ sơ chờ quyết định/ });
	await expect(rows.getByRole('link', { name: 'Chi bộ Trạm Y tế xã An Vũ', exact: true })).toBeVisible();
	await page.getByLabel('Loại việc').selectOption({ label: 'Duyệt nghị quyết và kế hoạch' });
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(page).toHaveURL(/loai=plan_review/);
	await expect(rows).toContainText('Không có hồ sơ nào khớp bộ lọc.');
	await page.getByRole('link', { name: 'Bỏ lọc' }).click();

	await page.getByRole('checkbox', { name: 'Chọn Chi bộ Trạm Y tế xã An Vũ' }).check();
	await page.getByRole('checkbox', { name: 'Chọn Chi bộ Quân sự xã Quỳnh Hải' }).check();
	await page.getByRole('button', { name: 'Phê duyệt 2 hồ sơ đã chọn' }).click();
	const result = page.getByRole('status').filter({ hasText: 'Kết quả phê duyệt' });
	await expect(result).toContainText('2/2');
	await expect(result).toContainText('Chi bộ Trạm Y tế xã An Vũ: Đã phê duyệt. Hồ sơ chuyển sang: Xây dựng nghị quyết và kế hoạch.');
	await page.screenshot({ path: `${SCREENSHOTS}/inbox-bulk-result.png`, fullPage: true });
});
