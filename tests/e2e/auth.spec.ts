import { expect, login, logout, SCREENSHOTS, test } from './fixtures';

test('an anonymous visitor is sent to the Vietnamese login page', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await page.screenshot({ path: `${SCREENSHOTS}/login.png`, fullPage: true });
});

test('a deep link survives the login', async ({ page }) => {
	await page.goto('/enrollments/abc');
	await expect(page).toHaveURL(/\/login\?next=%2Fenrollments%2Fabc/);
});

test('empty fields get Vietnamese errors beside them, and nothing is sent', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByText('Vui lòng nhập email.')).toBeVisible();
	await expect(page.getByText('Vui lòng nhập mật khẩu.')).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('a wrong password gets a clear Vietnamese error, keeps the email and shows no stack trace', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Email').fill('bithu.bieunghi@kieumau.vn');
	await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
	await expect(page.getByLabel('Email')).toHaveValue('bithu.bieunghi@kieumau.vn');
	await expect(page.getByLabel('Mật khẩu')).toHaveValue('');
	const text = await page.locator('body').innerText();
	expect(text).not.toMatch(/Error|stack|at \w+ \(|ClientResponseError|500/);
});

test('repeated wrong passwords are rate-limited with a Vietnamese message', async ({ page }) => {
	await page.goto('/login');
	let limited = false;
	for (let i = 0; i < 8 && !limited; i++) {
		await page.getByLabel('Email').fill('bithu.bieunghi@kieumau.vn');
		await page.getByLabel('Mật khẩu').fill(`sai-${i}`);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toBeVisible();
		limited = (await alert.innerText()).includes('quá nhiều lần');
	}
	expect(limited).toBe(true);
	await page.screenshot({ path: `${SCREENSHOTS}/login-rate-limited.png` });
});

test('logging out ends the session', async ({ page }) => {
	await login(page, 'bithu.bieunghi@kieumau.vn');
	await logout(page);
	await page.goto('/');
	await expect(page).toHaveURL(/\/login$/);
});
