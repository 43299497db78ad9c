import { formatIsoDate, formatMonth, monthDue } from './demo-day';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// The secretary's home is the hub of the cell's workspace.

test('a pilot cell sees what is due, the plan’s progress and its score trend', async ({ page }) => {
	await login(page, 'bithu.bieunghi@kieumau.vn');
	const todo = page.getByRole('region', { name: 'Việc cần làm tháng này' });
	const { month, due } = monthDue('QN-QY-DM-BN');
	await expect(todo.getByRole('link', { name: `Tự đánh giá tháng ${formatMonth(month)}` })).toBeVisible();
	await expect(todo).toContainText(`hạn ${formatIsoDate(due)}`);
	await expect(page.getByRole('region', { name: 'Tiến độ kế hoạch' })).toContainText('công việc đã hoàn thành');
	await expect(page.getByRole('img', { name: /Tổng điểm tự đánh giá theo tháng/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Chi bộ tham gia chương trình' })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/cell-home-pilot.png`, fullPage: true });
});

test('a returned registration shows the committee’s comment on the home page', async ({ page }) => {
	await login(page, 'bithu.tbqpck@kieumau.vn');
	const note = page.getByRole('note', { name: 'Ý kiến của cấp ủy khi trả lại' });
	await expect(note).toContainText('Huyện ủy Quỳnh Phụ');
	await expect(note).toContainText('bổ sung chỉ tiêu cụ thể');
	await expect(page.getByRole('region', { name: 'Việc cần làm tháng này' }).getByRole('link', { name: 'Hoàn thiện bản đăng ký và gửi cấp ủy' })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/cell-home-returned.png`, fullPage: true });
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the home fits a 390 px screen', async ({ page }) => {
		await login(page, 'bithu.qh01@kieumau.vn');
		await expect(page.getByRole('img', { name: /Tổng điểm tự đánh giá theo tháng/ })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/cell-home-phone.png`, fullPage: true });
	});
});
