import { TODAY, YEAR } from './demo-day';
import { expect, login, logout, SCREENSHOTS, test, type Page } from './fixtures';

// The resolution and plan of Chi bộ Công ty Cổ phần Cơ khí Quỳnh Phụ (TB-QP-CK): its
// registration was returned in the demo data; the cell sends it again, Huyện ủy Quỳnh Phụ selects
// it, and the cell files its resolution and plan: wrong uploads and invalid rows are refused
// beside the fields, rows are added, reordered and removed, and the plan is saved.
const CELL = 'Chi bộ Công ty Cổ phần Cơ khí Quỳnh Phụ';
const SECRETARY = 'bithu.tbqpck@kieumau.vn';

async function toPlanning(page: Page) {
	await login(page, SECRETARY);
	await page.getByRole('navigation', { name: 'Biểu mẫu của chi bộ' }).getByRole('link', { name: 'Đăng ký' }).click();
	await page.getByRole('button', { name: 'Lưu và gửi đăng ký' }).click();
	await expect(page.getByRole('status')).toContainText('Đã gửi đăng ký');
	await logout(page);
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: CELL }).first().click();
	await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
	await page.getByRole('button', { name: 'Xác nhận: Phê duyệt' }).click();
	await expect(page.getByRole('status')).toContainText('Đã ghi nhận “Phê duyệt”');
	await logout(page);
}

const file = (name: string, mimeType: string, size: number) => ({
	name,
	mimeType,
	buffer: Buffer.concat([Buffer.from(mimeType === 'application/pdf' ? '%PDF-1.4\n' : ''), Buffer.alloc(size, 32)])
});

test('resolution and plan: invalid → errors → fixed → saved in one go', async ({ page }) => {
	test.setTimeout(120_000);
	await toPlanning(page);
	await login(page, SECRETARY);
	await page.getByRole('navigation', { name: 'Biểu mẫu của chi bộ' }).getByRole('link', { name: 'Nghị quyết và kế hoạch' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị quyết chuyên đề và kế hoạch thực hiện');
	const saveButton = page.getByRole('button', { name: 'Lưu kế hoạch' });
	// Saves from the keyboard (leaving the last field shows its error and moves the button) and
	// waits for the server's answer, so that the next edits are not overwritten by it.
	const save = {
		press: async (key: string) => {
			await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), saveButton.press(key)]);
		}
	};

	// Everything wrong at once: no number, a text file, a task with no assignee, due before its month.
	await page.getByLabel('Ngày ban hành').fill(TODAY);
	await page.getByLabel('Người ký').fill('Vũ Đình Khôi');
	await page.getByLabel(/Văn bản nghị quyết/).setInputFiles(file('ghi-chu.txt', 'text/plain', 100));
	await page.getByLabel('Nội dung công việc').fill('Phát động thi đua lao động sản xuất');
	await page.getByLabel('Tháng theo lộ trình').fill(`${YEAR}-12`);
	await page.getByLabel('Hạn hoàn thành').fill(`${YEAR}-11-30`);
	await save.press('Enter');
	await expect(page.getByText('Vui lòng nhập số nghị quyết.')).toBeVisible();
	await expect(page.getByText('Chỉ nhận tệp PDF, JPG hoặc PNG.')).toBeVisible();
	await expect(page.getByText('Vui lòng chọn đảng viên thực hiện.')).toBeVisible();
	await expect(page.getByText('Hạn hoàn thành không được trước tháng thực hiện theo lộ trình.')).toBeVisible();
	await expect(page.getByLabel('Nội dung công việc')).toHaveValue('Phát động thi đua lao động sản xuất');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-plan-1-invalid.png`, fullPage: true });

	// An oversized PDF is refused too.
	await page.getByLabel(/Văn bản nghị quyết/).setInputFiles(file('nghi-quyet.pdf', 'application/pdf', 10 * 1024 * 1024 + 10));
	await save.press('Enter');
	await expect(page.getByText('Tệp quá lớn: tối đa 10 MB.')).toBeVisible();

	// Fix: number, a real PDF, the first task, then two more rows; move the last one up, remove one.
	await page.getByLabel('Số nghị quyết').fill('07-NQ/CB');
	await page.getByLabel(/Văn bản nghị quyết/).setInputFiles(file('nghi-quyet-07.pdf', 'application/pdf', 2048));
	const row = (i: number) => page.getByRole('group', { name: `Công việc ${i}` });
	await row(1).getByLabel('Người thực hiện').selectOption({ index: 1 });
	await row(1).getByLabel('Hạn hoàn thành').fill(`${YEAR}-12-31`);
	await page.getByRole('button', { name: '+ Thêm công việc' }).click();
	await expect(row(2).getByLabel('Nội dung công việc')).toBeFocused();
	await row(2).getByLabel('Nội dung công việc').fill('Việc sẽ bị xóa');
	await page.getByRole('button', { name: '+ Thêm công việc' }).click();
	await row(3).getByLabel('Nội dung công việc').fill('Huấn luyện an toàn, vệ sinh lao động cho công nhân');
	await row(3).getByLabel('Người thực hiện').selectOption({ index: 2 });
	await row(3).getByLabel('Tháng theo lộ trình').fill(`${YEAR}-12`);
	await row(3).getByLabel('Hạn hoàn thành').fill(`${YEAR}-12-15`);
	await page.getByRole('button', { name: 'Chuyển công việc 3 lên trên' }).click();
	await expect(row(2).getByLabel('Nội dung công việc')).toHaveValue('Huấn luyện an toàn, vệ sinh lao động cho công nhân');
	await page.getByRole('button', { name: 'Xóa công việc 3' }).click();
	await expect(page.getByRole('group', { name: /^Công việc \d$/ })).toHaveCount(2);

	await save.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Đã lưu nghị quyết và kế hoạch.');
	await page.reload();
	await expect(page.getByText('Đã tải lên: nghi_quyet_07')).toBeVisible();
	// The uploaded document opens through the app (the file is protected in PocketBase).
	const doc = await page.request.get((await page.getByRole('link', { name: 'Mở văn bản nghị quyết đã tải lên' }).getAttribute('href'))!);
	expect(doc.status()).toBe(200);
	expect(doc.headers()['content-type']).toBe('application/pdf');
	await expect(row(1).getByLabel('Nội dung công việc')).toHaveValue('Phát động thi đua lao động sản xuất');
	await expect(row(2).getByLabel('Nội dung công việc')).toHaveValue('Huấn luyện an toàn, vệ sinh lao động cho công nhân');
	await expect(page.getByRole('region', { name: 'Tiến độ kế hoạch' })).toContainText('0/2');
	await page.screenshot({ path: `${SCREENSHOTS}/cell-plan-2-saved.png`, fullPage: true });

	// Sending it (SUBMIT) is the same action pair as the registration's, proven there; the plan
	// stays in planning here so that the district's inbox in other journeys holds no plan review.
	await expect(page.getByRole('button', { name: 'Lưu và gửi cấp ủy duyệt' })).toBeEnabled();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('a pilot cell updates a task’s status with the keyboard', async ({ page }) => {
		await login(page, 'bithu.tbqpqc01@kieumau.vn');
		await page.goto('/');
		await page.getByRole('link', { name: 'Nghị quyết và kế hoạch' }).focus();
		await page.keyboard.press('Enter');
		const status = page.getByRole('group', { name: 'Công việc 7' }).getByLabel('Tình trạng');
		await status.focus();
		await status.selectOption('done');
		await page.getByRole('button', { name: 'Lưu kế hoạch' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Đã lưu nghị quyết và kế hoạch.');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SCREENSHOTS}/cell-plan-phone.png`, fullPage: true });
	});
});
