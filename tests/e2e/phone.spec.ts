// Phone-first (issue 16): every page of every role at 360×740. No horizontal overflow, the
// page's first heading in view without scrolling, axe with no critical or serious violation;
// the compact top bar's menu is an accessible disclosure; the lifecycle is a list of steps on
// a phone; dates read and are typed dd/mm/yyyy in both languages; a few defects' messages.
// Screenshots of every page at 360 px: test-results/screenshots/phone-*.png.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { expect, SCREENSHOTS, test, type Page } from './fixtures';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data.mjs';

const PHONE = { width: 360, height: 740 };

/** axe-core's browser script: the devDependency, or AXE_CORE_PATH where node_modules lacks it. */
function axePath(): string {
	if (process.env.AXE_CORE_PATH && existsSync(process.env.AXE_CORE_PATH)) return process.env.AXE_CORE_PATH;
	return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
}

/** Signs in at desktop width (the menu open), then takes the phone's size. */
async function signIn(page: Page, email: string) {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByTestId('user-name')).toBeVisible();
}

/** The page's pattern: ids replaced, so one enrollment stands for all. */
const pattern = (path: string) => path.replace(/\/[a-z0-9]{15}(?=\/|$)/g, '/:id');

/** Same-origin page links worth visiting (no downloads, no sign-out, no filters). */
async function linksOn(page: Page): Promise<string[]> {
	const hrefs = await page.locator('main a[href^="/"], header a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	return hrefs
		.map((h) => h.split('#')[0]!.split('?')[0]!)
		.filter((h) => h && !/\.(xlsx|csv|pdf)$/.test(h) && !h.startsWith('/files/') && !h.startsWith('/logout') && !h.startsWith('/lang') && !h.startsWith('/api/'));
}

interface Finding {
	page: string;
	problem: string;
}

/** Checks one page at phone size; returns what is wrong (empty when all is well). */
async function checkPage(page: Page, path: string, shot: string): Promise<Finding[]> {
	const out: Finding[] = [];
	const response = await page.goto(path);
	if (!response || response.status() >= 400) return [{ page: path, problem: `status ${response?.status()}` }];
	await page.waitForLoadState('networkidle');
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				if (r.right <= width + 1) return false;
				// Inside a box that scrolls on its own: not the page's overflow.
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					const s = getComputedStyle(p);
					if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) return false;
				}
				return true;
			})
			.slice(0, 4)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return { scroll: document.documentElement.scrollWidth, wide };
	});
	if (overflow.scroll > 360) out.push({ page: path, problem: `scrollWidth ${overflow.scroll} > 360 (${overflow.wide.join(', ')})` });
	const h1 = page.getByRole('heading', { level: 1 }).first();
	const box = await h1.boundingBox();
	if (!box) out.push({ page: path, problem: 'no visible h1' });
	else if (box.y < 0 || box.y + Math.min(box.height, 40) > PHONE.height) out.push({ page: path, problem: `h1 at y=${Math.round(box.y)}, not in the first screen` });
	await page.addScriptTag({ path: axePath() });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const r = await axe.run(document, { resultTypes: ['violations'] });
		return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
	});
	for (const v of violations) out.push({ page: path, problem: `axe ${v}` });
	await page.screenshot({ path: `${SCREENSHOTS}/phone-${shot}.png`, fullPage: false });
	return out;
}

const ROLES = [
	{ role: 'secretary', email: 'bithu.bieunghi@kieumau.vn' },
	{ role: 'officer-grassroots', email: 'danguy.quynhhai@kieumau.vn' },
	{ role: 'officer-district', email: 'huyenuy.quynhphu@kieumau.vn' },
	{ role: 'officer-province', email: 'tinhuy.thaibinh@kieumau.vn' },
	{ role: 'inspector', email: 'kiemtra.vinhtru@kieumau.vn' },
	{ role: 'viewer', email: 'theodoi.thaibinh@kieumau.vn' }
];

for (const r of ROLES) {
	test(`${r.role}: every page fits a 360 px phone, its heading in view, axe clean`, async ({ page }) => {
		test.setTimeout(300_000);
		await signIn(page, r.email);
		await page.setViewportSize(PHONE);
		// The pages of the menu, then the pages they link to, two levels deep, one per pattern.
		const seen = new Map<string, string>();
		let frontier = ['/'];
		for (let depth = 0; depth < 3 && frontier.length; depth++) {
			const next: string[] = [];
			for (const path of frontier) {
				if (seen.has(pattern(path))) continue;
				seen.set(pattern(path), path);
				const response = await page.goto(path);
				if (!response || response.status() >= 400) continue;
				next.push(...(await linksOn(page)).filter((h) => !seen.has(pattern(h))));
			}
			frontier = [...new Set(next)];
		}
		const findings: Finding[] = [];
		const checked = new Set<string>();
		for (let round = 0; round < 2; round++) {
			for (const [p, path] of [...seen]) {
				if (checked.has(p)) continue;
				checked.add(p);
				const shot = `${r.role}${p === '/' ? '-home' : p.replace(/[/:]+/g, '-')}`;
				findings.push(...(await checkPage(page, path, shot)));
				// What this page links to that no page before did (a file's own sub-pages).
				for (const h of await linksOn(page)) if (!seen.has(pattern(h))) seen.set(pattern(h), h);
			}
		}
		console.log(`${r.role}: ${seen.size} pages: ${[...seen.keys()].join(' ')}`);
		expect(findings.map((f) => `${f.page}: ${f.problem}`)).toEqual([]);
	});
}

test('signing in on a phone lands on a page whose menu is folded behind its button', async ({ page }) => {
	// After the sign-in the app navigates on the client: the no-JavaScript rule must not come alive then.
	await page.setViewportSize(PHONE);
	await page.goto('/login');
	await page.getByLabel('Email').fill('bithu.bieunghi@kieumau.vn');
	await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toBeVisible();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('the top bar on a phone: one compact row, a menu button that opens and closes as a disclosure', async ({ page }) => {
	await signIn(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.setViewportSize(PHONE);
	await page.goto('/inbox');
	const bar = await page.locator('header.topbar').boundingBox();
	expect(bar!.height).toBeLessThanOrEqual(64);
	const menu = page.getByRole('button', { name: 'Menu' });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
	await expect(nav).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
	await page.screenshot({ path: `${SCREENSHOTS}/phone-menu-closed.png` });

	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(nav.getByRole('link', { name: 'Hộp việc' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Hộp việc' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	await page.screenshot({ path: `${SCREENSHOTS}/phone-menu-open.png` });
	// Escape closes it and gives the focus back to the button.
	await nav.getByRole('link', { name: 'Chỉ tiêu' }).focus();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(nav).toBeHidden();
	await expect(menu).toBeFocused();
	// Following a link closes it too.
	await menu.click();
	await nav.getByRole('link', { name: 'Chỉ tiêu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu: Huyện ủy Quỳnh Phụ');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');

	// On a wide screen there is no menu button: the menu is the bar.
	await page.setViewportSize({ width: 1280, height: 900 });
	await expect(menu).toBeHidden();
	await expect(nav).toBeVisible();
});

test('the lifecycle on a phone is a list of steps with the current one marked; the chart stays on wide screens', async ({ page }) => {
	// The secretary's own file: it exists whatever other specs have decided before this one.
	await signIn(page, 'bithu.bieunghi@kieumau.vn');
	const href = await page.locator('main a[href^="/enrollments/"]').first().getAttribute('href');
	await page.goto(href!.match(/^\/enrollments\/[a-z0-9]{15}/)![0]);
	await expect(page.getByRole('img', { name: 'Sơ đồ quy trình của hồ sơ' })).toBeVisible();
	await page.setViewportSize(PHONE);
	await expect(page.getByRole('img', { name: 'Sơ đồ quy trình của hồ sơ' })).toBeHidden();
	const steps = page.getByRole('list', { name: 'Các bước của quy trình' });
	await expect(steps).toBeVisible();
	const current = steps.locator('[aria-current="step"]');
	await expect(current).toHaveCount(1);
	const size = await current.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(14);
	await current.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${SCREENSHOTS}/phone-lifecycle-steps.png` });
});

test('dates are typed and read dd/mm/yyyy, in English too', async ({ page, context }) => {
	await signIn(page, 'bithu.bieunghi@kieumau.vn');
	const meetings = await page.locator('main a[href$="/meetings"]').first().getAttribute('href');
	await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }]);
	await page.goto(meetings!);
	const date = page.getByLabel('Meeting date');
	await expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
	await date.fill('31/02/2026');
	await page.getByRole('button', { name: 'Record a meeting' }).click();
	await expect(page.getByText('The date is not valid.')).toBeVisible();
	await date.fill('5/3/2026');
	await date.blur();
	await expect(date).toHaveValue('05/03/2026');
	// The meetings already filed read dd/mm/yyyy too.
	await expect(page.locator('main').getByText(/\b\d{2}\/\d{2}\/\d{4}\b/).first()).toBeVisible();
	await page.setViewportSize(PHONE);
	await date.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${SCREENSHOTS}/phone-date-english.png` });
});

test('messages: an import without a file is named beside the file field, in Vietnamese', async ({ page }) => {
	await signIn(page, 'danguy.quynhhai@kieumau.vn');
	await page.goto('/units/import');
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(page.getByText('Vui lòng chọn một tệp .csv hoặc .xlsx.')).toBeVisible();
	await expect(page.getByLabel('Tệp dữ liệu (.xlsx hoặc .csv, tối đa 10 MB)')).toHaveAttribute('aria-invalid', 'true');
});

test('messages: a review-note section over the limit is marked on its own field', async ({ page }) => {
	await signIn(page, 'kiemtra.vinhtru@kieumau.vn');
	await page.getByRole('link', { name: 'Lập biên bản cho Chi bộ tổ dân phố Vĩnh Thịnh' }).click();
	await expect(page.getByTestId('note-status')).toContainText('Chưa gửi');
	const first = page.locator('textarea[id^="finding-"]').first();
	await first.fill('x'.repeat(5001));
	await page.getByLabel('Ưu điểm').fill('Sinh hoạt đều đặn');
	await page.getByRole('button', { name: 'Gửi biên bản' }).click();
	await expect(first).toHaveAttribute('aria-invalid', 'true');
	const id = await first.getAttribute('id');
	await expect(page.locator(`#${id}-error`)).toHaveText('Mỗi nhóm tối đa 5.000 ký tự.');
});
