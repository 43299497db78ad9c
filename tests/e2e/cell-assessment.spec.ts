import { formatIsoDate, formatMonth, monthDue } from './demo-day';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// The monthly self-assessment of Chi bộ thôn Đồng Hới (TB-QP-QH-01, in the pilot, assessed up
// to the last month whose deadline has passed): the month due now is open; invalid scores are
// refused beside the criteria, the total and the rating it implies update live, a second
// submission edits it.
const { month, due } = monthDue('TB-QP-QH-01');

test('self-assessment: invalid scores → errors → fixed → filed → edited', async ({ page }) => {
	await login(page, 'bithu.qh01@kieumau.vn');
	await page.getByRole('link', { name: `Tự đánh giá tháng ${formatMonth(month)}` }).click();
	await expect(page.getByRole('heading', { name: `Tháng ${formatMonth(month)}` })).toBeVisible();
	await expect(page.getByText(`Hạn nộp: ${formatIsoDate(due)}.`)).toBeVisible();

	await page.getByLabel('Điểm 1.1').fill('9'); // max 8
	await page.getByRole('button', { name: 'Nộp bản tự đánh giá' }).click();
	await expect(page.getByText('Điểm từ 0 đến 8.')).toBeVisible();
	await expect(page.getByText('Vui lòng chấm điểm tiêu chí này.').first()).toBeVisible();
	await expect(page.getByLabel('Điểm 1.1')).toHaveValue('9');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-assessment-1-invalid.png`, fullPage: true });

	// Fill every criterion with its maximum but one point less on 1.1: 99 of 100.
	const inputs = page.getByRole('spinbutton');
	const n = await inputs.count();
	for (let i = 0; i < n; i++) {
		const input = inputs.nth(i);
		await input.fill((await input.getAttribute('max'))!);
	}
	await page.getByLabel('Điểm 1.1').fill('7');
	await page.getByLabel('Minh chứng 2.1').fill('Biên bản sinh hoạt chi bộ định kỳ ngày 05/11/2026: 19/20 đảng viên dự.');
	const live = page.getByTestId('live-total');
	await expect(live).toContainText('99/100');
	await expect(live).toContainText('Hoàn thành xuất sắc nhiệm vụ');
	await page.getByRole('button', { name: 'Nộp bản tự đánh giá' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã ghi nhận bản tự đánh giá.');
	const row = page.getByRole('row', { name: new RegExp(`^${formatMonth(month).replace('/', '\\/')}`) });
	await expect(row).toContainText('Đã nộp');
	await expect(row).toContainText('99');

	// A second submission for the same month edits it.
	await page.getByLabel('Điểm 1.1').fill('3');
	await expect(live).toContainText('95/100');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi bản tự đánh giá.');
	await expect(row).toContainText('95');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-assessment-2-filed.png`, fullPage: true });
});

test.describe('on a phone, with the keyboard alone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a score is typed and the form is sent with Enter', async ({ page }) => {
		await login(page, 'bithu.av01@kieumau.vn');
		await page.goto('/');
		await page.getByRole('link', { name: 'Tự đánh giá hằng tháng' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: /^Tháng / })).toBeVisible();
		await page.getByLabel('Điểm 1.1').focus();
		// The month may be filed already (the months due follow the date): replace what is there.
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('20');
		await page.keyboard.press('Enter');
		await expect(page.getByText('Điểm từ 0 đến 8.')).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/cell-assessment-phone-invalid.png`, fullPage: true });
	});
});
