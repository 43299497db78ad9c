import { expect, login, logout, SCREENSHOTS, test, type Page } from './fixtures';

// Chi bộ cơ quan Đảng ủy – UBND xã An Vũ is a draft in the demo data: its secretary submits the
// registration, Đảng ủy xã An Vũ approves, Huyện ủy Quỳnh Phụ approves, and the cell is selected
// into the pilot, which both committees' dashboards then show.
const CELL = 'Chi bộ cơ quan Đảng ủy – Ủy ban nhân dân xã An Vũ';

async function decide(page: Page, action: string) {
	await page.getByRole('button', { name: action, exact: true }).click();
	await page.getByRole('button', { name: `Xác nhận: ${action}` }).click();
	await expect(page.getByRole('status')).toContainText(`Đã ghi nhận “${action}”`);
}

test('registration → grassroots approval → district approval puts the cell in the pilot', async ({ page }) => {
	await login(page, 'bithu.tbqpav04@kieumau.vn');
	await page.getByRole('link', { name: CELL }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CELL);
	await expect(page.locator('[data-state="draft"]')).toHaveAttribute('aria-current', 'step');
	// The cell's own secretary reaches the workspace forms from the file.
	await expect(page.getByRole('navigation', { name: 'Không gian chi bộ' }).getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', /\/registration$/);
	await decide(page, 'Gửi');
	await expect(page.locator('[data-state="selection"]')).toHaveAttribute('aria-current', 'step');
	// Now it is the committees' turn: the cell may only withdraw.
	await expect(page.getByRole('group', { name: 'Thao tác được phép' }).getByRole('button')).toHaveText(['Rút khỏi chương trình']);
	await page.screenshot({ path: `${SCREENSHOTS}/journey-1-submitted.png`, fullPage: true });
	await logout(page);

	// The district cannot act before the grassroots committee: it has no button yet.
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await expect(page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: CELL })).toHaveCount(0);
	await logout(page);

	await login(page, 'danguy.anvu@kieumau.vn');
	await page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: CELL }).click();
	await decide(page, 'Phê duyệt');
	await expect(page.getByRole('list').filter({ hasText: 'đang chờ' }).filter({ hasText: 'Huyện ủy Quỳnh Phụ' })).toBeVisible();
	// The history says what the intermediate approval did, not "Chờ lựa chọn → Chờ lựa chọn".
	await expect(page.getByRole('region', { name: 'Lịch sử quyết định' })).toContainText('Đảng ủy xã An Vũ phê duyệt, chuyển Huyện ủy Quỳnh Phụ');
	await logout(page);

	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: CELL }).click();
	await decide(page, 'Phê duyệt');
	await expect(page.locator('[data-state="planning"]')).toHaveAttribute('aria-current', 'step');
	await expect(page.getByRole('navigation', { name: 'Không gian chi bộ' })).toHaveCount(0);
	const history = page.getByRole('region', { name: 'Lịch sử quyết định' });
	await expect(history).toContainText('Đảng ủy xã An Vũ');
	await expect(history).toContainText('Huyện ủy Quỳnh Phụ');
	await page.screenshot({ path: `${SCREENSHOTS}/journey-2-selected.png`, fullPage: true });

	// Both dashboards list the cell among those in the pilot.
	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Chi bộ đang thí điểm' }).getByRole('link', { name: CELL })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/journey-3-district-dashboard.png`, fullPage: true });
	await logout(page);
	await login(page, 'danguy.anvu@kieumau.vn');
	await expect(page.getByRole('region', { name: 'Chi bộ đang thí điểm' }).getByRole('link', { name: CELL })).toBeVisible();
});

test('returning without a comment is refused beside the field, and nothing changes', async ({ page }) => {
	await login(page, 'danguy.quynhhai@kieumau.vn');
	await page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: 'Chi bộ thôn An Phú' }).click();
	await page.getByRole('button', { name: 'Trả lại để hoàn thiện', exact: true }).click();
	await page.getByRole('button', { name: 'Xác nhận: Trả lại để hoàn thiện' }).click();
	await expect(page.getByText('Vui lòng nhập ý kiến (bắt buộc khi trả lại hoặc từ chối).')).toBeVisible();
	await expect(page.locator('[data-state="selection"]')).toHaveAttribute('aria-current', 'step');
	await page.getByLabel('Ý kiến (bắt buộc)').fill('Đề nghị bổ sung mục tiêu cụ thể về phát triển kinh tế của thôn.');
	await page.getByRole('button', { name: 'Xác nhận: Trả lại để hoàn thiện' }).click();
	await expect(page.getByRole('status')).toContainText('Đã ghi nhận');
	await expect(page.locator('[data-state="draft"]')).toHaveAttribute('aria-current', 'step');
	await expect(page.getByRole('region', { name: 'Lịch sử quyết định' })).toContainText('Đề nghị bổ sung mục tiêu');
});

test('rejecting asks for confirmation before it happens', async ({ page }) => {
	await login(page, 'danguy.anvu@kieumau.vn');
	await page.getByRole('region', { name: 'Việc chờ cấp ủy quyết định' }).getByRole('link', { name: 'Chi bộ thôn Bến Hiệp' }).click();
	await page.getByRole('button', { name: 'Từ chối', exact: true }).click();
	await page.getByLabel('Ý kiến (bắt buộc)').fill('Chi bộ chưa đáp ứng điều kiện đăng ký năm nay.');
	await page.getByRole('button', { name: 'Xác nhận: Từ chối' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('không thể hoàn tác');
	await page.screenshot({ path: `${SCREENSHOTS}/confirm-reject.png` });
	await dialog.getByRole('button', { name: 'Quay lại' }).click();
	await expect(page.locator('[data-state="selection"]')).toHaveAttribute('aria-current', 'step');
	await page.getByRole('button', { name: 'Xác nhận: Từ chối' }).click();
	await dialog.getByRole('button', { name: 'Tôi xác nhận' }).click();
	await expect(page.getByRole('status')).toContainText('Đã ghi nhận “Từ chối”');
	await expect(page.locator('[data-state="rejected"]')).toHaveAttribute('aria-current', 'step');
});
