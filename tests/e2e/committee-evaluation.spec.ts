import type { Browser, Page } from '@playwright/test';
import { longDate } from '../../src/lib/domain/decision-document';
import { daysAgo, filedMonths, journey } from './demo-day';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// Chi bộ khu Đồn Sơn has concluded its mid-term review with at least six monthly self-assessments.
// Đảng ủy phường Đông Mai starts the year-end evaluation, the cell sends its summary, the
// committee classifies it from the twelve months and the review note, and recognition goes up
// Đông Mai → Thị ủy Quảng Yên → Tỉnh ủy Quảng Ninh, ending in a decision that is printed.
const CELL = 'Chi bộ khu Đồn Sơn';
const decided = daysAgo(1);

async function decide(page: Page, action: string, fill?: (p: Page) => Promise<void>, confirm = false) {
	await page.getByRole('button', { name: action, exact: true }).click();
	if (fill) await fill(page);
	await page.getByRole('button', { name: `Xác nhận: ${action}` }).click();
	if (confirm) await page.getByRole('dialog').getByRole('button', { name: 'Tôi xác nhận' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận' })).toContainText(`Đã ghi nhận “${action}”`);
}

async function person(browser: Browser, address: string, email: string) {
	const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

test('year-end evaluation, classification, recognition up the chain, and the printed decision', async ({ page, browser, address }) => {
	test.setTimeout(180_000);
	await login(page, 'danguy.dongmai@kieumau.vn');
	await page.getByRole('region', { name: 'Chi bộ đang thí điểm' }).getByRole('link', { name: CELL }).click();
	await expect(page).toHaveURL(/\/enrollments\/[a-z0-9]{15}$/);
	const url = page.url();
	await decide(page, 'Bắt đầu đánh giá cuối năm');

	const secretary = await person(browser, address, 'bithu.dongson@kieumau.vn');
	await secretary.goto(url);
	await decide(secretary, 'Gửi');
	await secretary.context().close();

	// The committee sees the twelve months and the review note, then scores and classifies.
	await page.goto(url);
	const year = page.getByRole('region', { name: `Kết quả tự đánh giá năm ${journey('QN-QY-DM-DS').year}` });
	await expect(year.getByRole('table')).toContainText('Điểm');
	await expect(year).toContainText(`${filedMonths('QN-QY-DM-DS').length}/12`);
	await expect(page.getByRole('region', { name: 'Thao tác' })).toContainText('xuất sắc từ 90');
	await expect(page.getByRole('region', { name: 'Thao tác' })).toContainText('Đề xuất của tổ kiểm tra');
	await year.screenshot({ path: `${SCREENSHOTS}/evaluation-year.png` });
	await page.getByRole('region', { name: 'Thao tác' }).screenshot({ path: `${SCREENSHOTS}/evaluation-actions.png` });
	await decide(page, 'Xếp loại', async (p) => {
		await p.getByLabel('Điểm của cấp ủy (0–100)').fill('92');
		await p.getByRole('combobox', { name: 'Xếp loại' }).selectOption('excellent');
		await p.getByLabel('Ý kiến (bắt buộc)').fill('Chi bộ hoàn thành xuất sắc các chỉ tiêu; sinh hoạt nền nếp, có cách làm hay được nhân rộng.');
	}, true);
	await decide(page, 'Phê duyệt');

	const town = await person(browser, address, 'thiuy.quangyen@kieumau.vn');
	await town.goto(url);
	await decide(town, 'Phê duyệt');
	await town.context().close();

	const province = await person(browser, address, 'tinhuy.quangninh@kieumau.vn');
	await province.goto(url);
	await decide(province, 'Phê duyệt', async (p) => {
		await p.getByLabel('Số quyết định').fill('125-QĐ/TU');
		await p.getByLabel('Ngày quyết định').fill(decided);
		await p.getByLabel('Người ký').fill('Nguyễn Xuân Ký');
	}, true);
	await expect(province.locator('[data-state="recognized"]')).toHaveAttribute('aria-current', 'step');

	// The printable decision: A4, party layout, Vietnamese; as the print medium shows it, and as a PDF.
	await province.getByRole('link', { name: 'In quyết định công nhận' }).click();
	const sheet = province.getByRole('article', { name: 'Quyết định công nhận số 125-QĐ/TU' });
	await expect(sheet).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');
	await expect(sheet).toContainText('TỈNH ỦY QUẢNG NINH');
	// The party-document date (leading zero on days 1–9 and months 1–2: see decision-document.ts).
	await expect(sheet).toContainText(`Quảng Ninh, ${longDate(decided)}`);
	await expect(sheet).toContainText('Số 125-QĐ/TU');
	await expect(sheet).toContainText('BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH');
	await expect(sheet).toContainText(`Điều 1. Công nhận ${CELL}, trực thuộc Đảng ủy phường Đông Mai,`);
	await expect(sheet).toContainText('Hoàn thành xuất sắc nhiệm vụ');
	await expect(sheet).toContainText('Xét đề nghị của Đảng ủy phường Đông Mai, Thị ủy Quảng Yên');
	await expect(sheet).toContainText('Nguyễn Xuân Ký');
	await province.emulateMedia({ media: 'print' });
	await expect(province.locator('.topbar')).toBeHidden();
	await province.setViewportSize({ width: 794, height: 1123 });
	await province.screenshot({ path: `${SCREENSHOTS}/decision-print.png`, fullPage: true });
	const pdf = await province.pdf({ path: `${SCREENSHOTS}/decision-print.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	// One A4 page.
	expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
	await province.context().close();
});
