import { expect, login, logout, SCREENSHOTS, test } from './fixtures';

// A district officer (Huyện ủy Quỳnh Phụ) administers their part of the tree and its accounts:
// a new grassroots committee (refused empty, then added), a cell under it, the cell moved to
// another commune after a confirmation; an account created there with a generated password,
// then locked, so it can no longer sign in.

test('units and accounts: add, move with confirmation, create an account, lock it', async ({ page }) => {
	const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
	const commune = `Đảng ủy xã Quỳnh Hoa ${tag}`;
	const cell = `Chi bộ thôn Hoa Lư ${tag}`;
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức đảng' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổ chức đảng');
	await expect(page.getByRole('heading', { level: 2, name: 'Huyện ủy Quỳnh Phụ' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Đảng ủy xã An Vũ/ })).toBeVisible();

	// Add: refused without a name (beside the field), then added.
	const add = page.locator('form[action^="?/add"]');
	await add.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(add.getByText('Vui lòng nhập tên đơn vị.')).toBeVisible();
	await add.getByLabel('Tên đơn vị').fill(commune);
	await add.getByLabel('Cấp').selectOption('grassroots');
	await add.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByRole('status')).toHaveText(`Đã thêm ${commune}.`);
	await page.screenshot({ path: `${SCREENSHOTS}/tree-admin-1-district.png`, fullPage: true });

	// Into the new commune: its own forms; a cell under it.
	await page.getByRole('link', { name: commune }).click();
	await expect(page.getByRole('heading', { level: 2, name: commune })).toBeVisible();
	await expect(page.locator('#edit-name')).toHaveValue(commune);
	await add.getByLabel('Tên đơn vị').fill(cell);
	await add.getByLabel('Cấp').selectOption('cell');
	await add.getByLabel('Loại hình chi bộ').selectOption('residential');
	await add.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByRole('status')).toHaveText(`Đã thêm ${cell}.`);

	// Move the cell to another commune, confirmed in a second step.
	await page.getByRole('link', { name: cell }).click();
	// The cell's own page first: typing into the commune's search box before it is replaced loses the query.
	await expect(page.getByRole('heading', { level: 2, name: cell })).toBeVisible();
	await page.getByLabel('Tìm đơn vị cấp trên mới').fill('An Vũ');
	await page.getByLabel('Tìm đơn vị cấp trên mới').press('Enter');
	await page.getByRole('radio', { name: /Đảng ủy xã An Vũ/ }).check();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.getByRole('alertdialog')).toContainText(`Chuyển ${cell} sang Đảng ủy xã An Vũ?`);
	await page.screenshot({ path: `${SCREENSHOTS}/tree-admin-2-confirm-move.png`, fullPage: true });
	await page.getByRole('button', { name: 'Xác nhận chuyển' }).click();
	await expect(page.getByRole('status')).toHaveText(`Đã chuyển ${cell} sang Đảng ủy xã An Vũ.`);
	await expect(page.getByRole('navigation', { name: 'Đường dẫn đơn vị' })).toContainText('Đảng ủy xã An Vũ');

	// An account at the new commune, with a generated password shown once.
	await page.getByRole('navigation', { name: 'Đường dẫn đơn vị' }).getByRole('link', { name: 'Huyện ủy Quỳnh Phụ' }).click();
	await page.getByRole('link', { name: commune }).click();
	await page.getByRole('link', { name: 'Tài khoản của đơn vị' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản');
	const email = `canbo.${tag.toLowerCase()}@kieumau.vn`;
	const create = page.locator('form[action^="?/create"]');
	await create.getByLabel('Họ và tên').fill('Phạm Thị Hoa');
	await create.getByLabel('Email').fill('khong-phai-email');
	await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
	await expect(create.getByText('Email không đúng định dạng (ví dụ: ten@kieumau.vn).')).toBeVisible();
	await expect(create.getByLabel('Họ và tên')).toHaveValue('Phạm Thị Hoa');
	await create.getByLabel('Email').fill(email);
	await create.getByLabel('Vai trò').selectOption('inspector');
	await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
	const shown = page.getByTestId('new-password');
	await expect(shown).toContainText(email);
	const password = (await shown.locator('code').textContent())!.trim();
	expect(password).toMatch(/^\S{12}$/);
	await expect(page.getByRole('row', { name: /Phạm Thị Hoa/ })).toContainText('Đang hoạt động');
	await page.screenshot({ path: `${SCREENSHOTS}/tree-admin-3-account-created.png`, fullPage: true });

	// Lock it, after the in-page confirmation (never the browser's confirm()); it can no longer sign in.
	await page.getByRole('link', { name: 'Phạm Thị Hoa' }).click();
	const browserDialogs: string[] = [];
	page.on('dialog', (d) => {
		browserDialogs.push(d.message());
		void d.dismiss();
	});
	await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
	const confirmLock = page.getByRole('dialog', { name: 'Xác nhận “Khóa tài khoản”?' });
	await expect(confirmLock).toBeVisible();
	await expect(confirmLock).toContainText('Khóa tài khoản Phạm Thị Hoa? Người dùng sẽ bị đăng xuất');
	await confirmLock.getByRole('button', { name: 'Quay lại' }).click();
	await expect(confirmLock).toBeHidden();
	await expect(page.getByText('Đang hoạt động', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
	await confirmLock.getByRole('button', { name: 'Khóa tài khoản' }).click();
	await expect(page.getByRole('button', { name: 'Mở khóa tài khoản' })).toBeVisible();
	await expect(page.getByText('Đã khóa', { exact: true })).toBeVisible();
	expect(browserDialogs).toEqual([]);
	await page.screenshot({ path: `${SCREENSHOTS}/tree-admin-4-locked.png`, fullPage: true });
	await logout(page);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();
});
