import { expect, SCREENSHOTS, test, type Page } from './fixtures';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data.mjs';

// English as the second UI language: chosen on the login page (a cookie), kept across pages,
// and switched back. The pages' own words must all be English; names of units, people and
// programmes, and what users wrote, stay as entered (Vietnamese).
const UI_WORDS = [
	'Trang chủ', 'Hộp việc', 'Lưu bản nháp', 'Lưu và gửi', 'Lưu kế hoạch', 'Gửi biên bản', 'Chưa có', 'Chưa gửi', 'Đã gửi',
	'Quy trình', 'Thao tác', 'Lịch sử quyết định', 'Tiến độ kế hoạch', 'Tổng điểm', 'Hạn nộp', 'Tình trạng', 'Trạng thái',
	'Loại hình', 'Người liên hệ', 'Cam kết', 'Phân công', 'Biên bản kiểm tra', 'Ưu điểm', 'Hạn chế', 'Kiến nghị', 'Đã chờ',
	'Việc cần', 'Tỷ lệ dự', 'Thêm đảng viên', 'Không gian chi bộ', 'Đăng ký tham gia',
	'Tự đánh giá', 'Chờ lựa chọn', 'Đang thí điểm', 'Hoàn thành', 'Xếp loại', 'Phê duyệt', 'Chỉ tiêu', 'Cách làm hay', 'Xuất Excel',
	'Đường dẫn', 'Đơn vị', 'Theo loại hình', 'Bỏ lọc', 'Không tìm thấy', 'đang chờ', 'Cấp ủy viên'
];

async function signIn(page: Page, email: string) {
	await page.goto('/login');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('user-name')).toBeVisible();
}

/** The visible text of `main` has none of the pages' Vietnamese words. */
async function expectEnglish(page: Page, shot?: string) {
	const text = await page.locator('main').innerText();
	const left = UI_WORDS.filter((w) => text.includes(w)).map((w) => {
		const at = text.indexOf(w);
		return `${w} … ${text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, ' ')}`;
	});
	expect(left, `${page.url()}`).toEqual([]);
	if (shot) await page.screenshot({ path: `${SCREENSHOTS}/english-${shot}.png`, fullPage: true });
}

test('a secretary works in English and switches back to Vietnamese', async ({ page }) => {
	await signIn(page, 'bithu.bieunghi@kieumau.vn');
	await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' })).toBeVisible();
	await expect(page).toHaveTitle(/Home · Kiểu Mẫu/);
	await expectEnglish(page, 'secretary-home');

	const plan = page.getByRole('link', { name: 'Resolution and plan' }).first();
	const href = (await plan.getAttribute('href')) ?? '';
	const id = /\/enrollments\/(\w+)/.exec(href)?.[1];
	expect(id).toBeTruthy();
	for (const [path, heading] of [
		['registration', 'Register for the programme'],
		['plan', 'Thematic resolution and implementation plan'],
		['meetings', 'Cell meetings'],
		['assessments', 'Monthly self-assessment']
	] as const) {
		await page.goto(`/enrollments/${id}/${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectEnglish(page, `secretary-${path}`);
	}
	await page.goto(`/enrollments/${id}`);
	await expect(page.getByRole('heading', { name: 'Decision history' })).toBeVisible();
	await expectEnglish(page);

	await page.goto('/cell/members');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The cell.s party members/);
	// A zod message beside the field, in English, from the browser's own check.
	await page.getByRole('button', { name: 'Add a member' }).click();
	await expect(page.getByText('Please enter the party member’s full name.')).toBeVisible();
	await expectEnglish(page, 'secretary-members');

	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách đảng viên của chi bộ');
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('link', { name: 'Trang chủ', exact: true })).toBeVisible();
});

test('an officer reads the inbox, a file and the dashboard in English', async ({ page }) => {
	await signIn(page, 'danguy.anvu@kieumau.vn');
	await expect(page.getByRole('heading', { name: 'Cells in the pilot' })).toBeVisible();
	await expectEnglish(page, 'officer-home');

	await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Inbox' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inbox: awaiting decision');
	await expect(page.getByRole('heading', { name: 'Approve several at once' })).toBeVisible();
	await expectEnglish(page, 'officer-inbox');

	await page.locator('tbody tr').first().getByRole('link').first().click();
	await expect(page.getByRole('heading', { name: 'Actions' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Allowed actions' })).toBeVisible();
	await expectEnglish(page, 'officer-file');

	await page.goto('/dashboard');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Targets:');
	await expect(page.getByTestId('target-model')).toContainText(/Target met|Not met/);
	await expectEnglish(page, 'officer-dashboard');

	await page.goto('/practices');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library of good and creative practices');
	await expectEnglish(page);
});

test('an inspector opens the review note in English', async ({ page }) => {
	await signIn(page, 'kiemtra.vinhtru@kieumau.vn');
	await expect(page.getByRole('heading', { name: 'Cells under mid-term review: notes to file' })).toBeVisible();
	await expectEnglish(page, 'inspector-home');
	await page.getByRole('link', { name: /^File a note for / }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inspection notes, mid-term review');
	await expect(page.getByTestId('note-status')).toContainText('Not sent');
	await page.getByRole('button', { name: 'Send note' }).click();
	await expect(page.getByText('Please write findings per criteria group, or strengths and shortcomings.')).toBeVisible();
	await expectEnglish(page, 'inspector-note');

	// The error page says the server's reason in English too.
	await page.goto('/enrollments/aaaaaaaaaaaaaaa');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
	await expect(page.getByText('File not found, or outside the area you may see.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
});
