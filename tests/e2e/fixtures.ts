// Playwright fixtures: each test is its own person on its own address (the app takes the
// client address from X-Forwarded-For in the e2e server), so that the login rate limit, which
// is real, bites only the test that means to hit it.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data.mjs';

let next = 1;
export const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

export const test = base.extend<{ address: string }>({
	address: async ({}, use, info) => {
		await use(`198.51.100.${((info.workerIndex * 50 + next++) % 250) + 1}`);
	},
	context: async ({ browser, address }, use) => {
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address }, locale: 'vi-VN' });
		await use(context);
		await context.close();
	}
});

export { expect };
export type { Page } from '@playwright/test';

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	// Signed in: the user block is there (on a phone it is folded in the menu, so not visible).
	await expect(page.getByTestId('user-name')).toBeAttached();
}

/** Opens the phone's menu when there is one (on a wide screen the menu is the bar). */
export async function openMenu(page: Page) {
	const menu = page.locator('header.topbar .menu-toggle');
	if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

export async function logout(page: Page) {
	await openMenu(page);
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page).toHaveURL(/\/login/);
}
