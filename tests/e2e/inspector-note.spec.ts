import { devices } from '@playwright/test';
import { daysAgo } from './demo-day';
import { expect, login, SCREENSHOTS, test } from './fixtures';

// Tạ Thị Hòa inspects Chi bộ tổ dân phố Vĩnh Thịnh (under mid-term review) on her phone. The
// meeting room has no signal: she writes the note offline, sends it (it waits), reloads the
// page (still offline), and when the connection is back the note is filed, exactly once.
const CELL = 'Chi bộ tổ dân phố Vĩnh Thịnh';
const STRENGTH = 'Chi ủy phân công rõ người, rõ việc; 100% đảng viên tham gia ý kiến tại buổi sinh hoạt chuyên đề.';

test.use({ viewport: devices['iPhone 13'].viewport, userAgent: devices['iPhone 13'].userAgent, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('a note written offline survives a reload and is filed once when back online', async ({ page, context }) => {
	await login(page, 'kiemtra.vinhtru@kieumau.vn');
	await page.getByRole('link', { name: `Lập biên bản cho ${CELL}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biên bản kiểm tra, đánh giá bước đầu');
	await expect(page.getByRole('heading', { name: 'Biên bản đã gửi (0)' })).toBeVisible();
	// The page is ready to open without a network before the inspector goes into the meeting.
	await expect(page.getByTestId('offline-ready')).toBeAttached();
	const status = page.getByTestId('note-status');
	await expect(status).toContainText('Chưa gửi');

	await context.setOffline(true);
	await page.getByLabel('Ngày kiểm tra').fill(daysAgo(2));
	await page.getByLabel('Buổi sinh hoạt dự kiểm tra').selectOption({ index: 1 });
	await page.getByLabel('2. Chất lượng sinh hoạt tốt').fill('Sinh hoạt đúng kỳ, nội dung chuyên đề sát thực tế của tổ dân phố.');
	await page.getByLabel('Ưu điểm').fill(STRENGTH);
	await page.getByLabel('Hạn chế').fill('Biên bản sinh hoạt còn ghi chép sơ sài.');
	await page.getByLabel('Kiến nghị').fill('Cập nhật minh chứng tự đánh giá ngay sau mỗi kỳ sinh hoạt.');
	await page.getByLabel('Có cách làm hay, sáng tạo cần nhân rộng').check();
	await page.getByLabel('Mô tả cách làm hay').fill('Mỗi đảng viên phụ trách 5–7 hộ gia đình, nắm tình hình và vận động hộ thực hiện phong trào.');
	await page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ', exact: true }).check();
	await page.getByLabel(/Ảnh chụp tại buổi kiểm tra/).setInputFiles({ name: 'buoi-sinh-hoat.png', mimeType: 'image/png', buffer: PNG });
	await page.getByRole('button', { name: 'Gửi biên bản' }).click();
	await expect(status).toHaveAttribute('data-status', 'queued');
	await expect(status).toContainText('Chưa gửi');
	await expect(status).toContainText('biên bản sẽ tự gửi khi có mạng');
	await page.screenshot({ path: `${SCREENSHOTS}/inspector-note-offline-phone.png`, fullPage: true });
	await page.screenshot({ path: `${SCREENSHOTS}/inspector-note-offline-phone-viewport.png` });

	// Reloaded with no network: the page opens from the browser, the note is still waiting.
	await page.reload();
	await expect(status).toHaveAttribute('data-status', 'queued');
	await expect(page.getByLabel('Ưu điểm')).toHaveValue(STRENGTH);
	await expect(page.getByText('buoi-sinh-hoat.png')).toBeVisible();

	// Back online: it goes by itself, once.
	await context.setOffline(false);
	await expect(status).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
	await expect(status).toContainText('Đã gửi');
	await page.screenshot({ path: `${SCREENSHOTS}/inspector-note-sent-phone.png`, fullPage: true });
	await page.reload();
	await expect(status).toContainText('Đã gửi');
	await expect(page.getByRole('heading', { name: 'Biên bản đã gửi (1)' })).toBeVisible();
	const filed = page.getByRole('article').filter({ hasText: STRENGTH });
	await expect(filed).toHaveCount(1);
	await expect(filed.getByRole('img')).toHaveCount(1);
	// The photo is protected in PocketBase: the app serves it with the inspector's own file token.
	const photo = await page.request.get((await filed.getByRole('link').first().getAttribute('href'))!);
	expect(photo.status()).toBe(200);
	expect(photo.headers()['content-type']).toBe('image/png');
	await expect.poll(() => filed.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

	// The committee sees it on the decision page, and the practice in the library.
	await page.goto('/practices');
	await expect(page.getByRole('article').filter({ hasText: 'Mỗi đảng viên phụ trách 5–7 hộ gia đình, nắm tình hình' })).toHaveCount(1);
});

test('an inspector cannot open a note for a cell not assigned to them', async ({ page }) => {
	await login(page, 'kiemtra.dongmai@kieumau.vn');
	// Chi bộ khu Biểu Nghi is assigned to this inspector but not under review: no note can be filed.
	await page.getByRole('link', { name: 'Chi bộ khu Biểu Nghi' }).click();
	await expect(page).toHaveURL(/\/enrollments\/[a-z0-9]{15}$/);
	await expect(page.getByRole('link', { name: 'Lập biên bản kiểm tra' })).toHaveCount(0);
	await page.goto(page.url() + '/review-note');
	await expect(page.getByRole('note')).toContainText('Chi bộ không trong giai đoạn đánh giá bước đầu (sơ kết)');
	await expect(page.getByRole('button', { name: 'Gửi biên bản' })).toHaveCount(0);
});

// A 1×1 PNG, the photo taken at the meeting.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
