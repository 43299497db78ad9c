import { expect, login, SCREENSHOTS, test } from './fixtures';

// Each role signs in and lands on its own home, which shows what that role has to do.
const roles = [
	{ role: 'secretary', email: 'bithu.bieunghi@kieumau.vn', heading: 'Chi bộ tham gia chương trình', unit: 'Chi bộ khu Biểu Nghi' },
	{ role: 'officer-grassroots', email: 'danguy.quynhhai@kieumau.vn', heading: 'Việc chờ cấp ủy quyết định', unit: 'Đảng ủy xã Quỳnh Hải' },
	{ role: 'officer-district', email: 'huyenuy.quynhphu@kieumau.vn', heading: 'Việc chờ cấp ủy quyết định', unit: 'Huyện ủy Quỳnh Phụ' },
	{ role: 'officer-province', email: 'tinhuy.quangninh@kieumau.vn', heading: 'Tình hình trong phạm vi phụ trách', unit: 'Tỉnh ủy Quảng Ninh' },
	{ role: 'inspector', email: 'kiemtra.vinhtru@kieumau.vn', heading: 'Chi bộ được phân công kiểm tra, giám sát', unit: 'Đảng ủy thị trấn Vĩnh Trụ' },
	{ role: 'viewer', email: 'theodoi.thaibinh@kieumau.vn', heading: 'Tình hình trong phạm vi theo dõi', unit: 'Tỉnh ủy Thái Bình' }
];

for (const r of roles) {
	test(`${r.role} signs in and sees their own home`, async ({ page }) => {
		await login(page, r.email);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.unit);
		await expect(page.getByRole('heading', { name: r.heading })).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/home-${r.role}.png`, fullPage: true });
	});
}

test('the inspector sees the cell assigned to them', async ({ page }) => {
	await login(page, 'kiemtra.vinhtru@kieumau.vn');
	await expect(
		page.getByRole('region', { name: 'Chi bộ được phân công kiểm tra, giám sát' }).getByRole('link', { name: 'Chi bộ tổ dân phố Vĩnh Thịnh' })
	).toBeVisible();
});
