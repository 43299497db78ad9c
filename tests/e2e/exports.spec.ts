// Excel exports, as an officer gets them: click "Xuất Excel", take the download, open it with
// exceljs, and check that the file holds the numbers the page shows (read from the page itself).
import ExcelJS from 'exceljs';
import type { Download } from '@playwright/test';
import { journey, YEAR, YEAR_END } from './demo-day';
import { expect, login, logout, SCREENSHOTS, test, type Page } from './fixtures';

/** The id of a programme the officer can see, by name, from the dashboard's programme list. */
async function programmeId(page: Page, name: string): Promise<string> {
	await page.goto('/dashboard');
	const option = page.locator('select#programme option').filter({ hasText: name }).first();
	return (await option.getAttribute('value'))!;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ wb: ExcelJS.Workbook; name: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { wb: await open(file), name: file.suggestedFilename() };
}

async function open(file: Download): Promise<ExcelJS.Workbook> {
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
	return wb;
}

/** "12,5%" → 12.5; "–" → null; "3" → 3 (Vietnamese number format). */
function viNumber(text: string): number | null {
	const clean = text.replace(/[%\s]/g, '').replace(/\./g, '').replace(',', '.');
	return clean === '–' || clean === '' ? null : Number(clean);
}

/** The table of a sheet under its header row (found by its first header), as arrays of values. */
function table(ws: ExcelJS.Worksheet, firstHeader: string): { headers: unknown[]; rows: unknown[][] } {
	let headerRow = 0;
	ws.eachRow((row, n) => {
		if (!headerRow && row.getCell(1).value === firstHeader) headerRow = n;
	});
	expect(headerRow, `header "${firstHeader}" in ${ws.name}`).toBeGreaterThan(0);
	const width = ws.getRow(headerRow).cellCount;
	const values = (n: number) => Array.from({ length: width }, (_, i) => ws.getRow(n).getCell(i + 1).value);
	const rows: unknown[][] = [];
	for (let n = headerRow + 1; n <= ws.rowCount; n++) {
		const v = values(n);
		// The table ends at an empty row or a merged one (the layout's "Tổng số" line).
		if (v.every((x) => x === null) || ws.getRow(n).getCell(1).isMerged) break;
		rows.push(v);
	}
	return { headers: values(headerRow), rows };
}

test('the dashboard export holds the numbers on the dashboard', async ({ page }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.goto('/dashboard');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi chỉ tiêu: Huyện ủy Quỳnh Phụ');
	await page.screenshot({ path: `${SCREENSHOTS}/exports-dashboard.png` });

	const { wb, name } = await download(page, () => page.getByRole('link', { name: 'Xuất Excel' }).click());
	// The browser keeps the Vietnamese name (filename*), not the ASCII fallback.
	expect(name).toMatch(/^Chỉ tiêu - Huyện ủy Quỳnh Phụ - \d{2}-\d{2}-\d{4}\.xlsx$/);
	expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Theo bước', 'Theo loại hình', 'Đơn vị trực thuộc']);
	for (const ws of wb.worksheets) {
		expect(ws.getCell('A1').value).toMatch(/^Huyện ủy Quỳnh Phụ: /);
		expect(ws.getCell('A2').value).toMatch(/^Ngày xuất: \d{2}\/\d{2}\/\d{4}$/);
		expect(ws.views[0]).toMatchObject({ state: 'frozen' });
		expect(ws.autoFilter).toBeTruthy();
	}

	// Targets: each card's figure against the sheet's share (0.0%) and counts.
	const targets = table(wb.getWorksheet('Chỉ tiêu')!, 'Chỉ tiêu');
	expect(targets.headers).toEqual(['Chỉ tiêu', 'Số chi bộ đạt', 'Tổng số chi bộ', 'Tỷ lệ', 'Chỉ tiêu đề ra', 'Đánh giá']);
	const ids = ['goodOrBetter', 'model', 'grassrootsModel', 'underGrassrootsModel', 'newModel'];
	expect(targets.rows).toHaveLength(ids.length);
	for (const [i, id] of ids.entries()) {
		const card = page.getByTestId(`target-${id}`);
		const [label, shown] = await Promise.all([card.getByRole('heading').innerText(), card.locator('.value').innerText()]);
		const row = targets.rows[i]!;
		expect(row[0]).toBe(label);
		if (id === 'newModel') expect(row[1]).toBe(viNumber(shown));
		else if (shown === '–') expect(row[3]).toBeNull();
		else expect(Math.round((row[3] as number) * 1000) / 10).toBe(viNumber(shown));
		expect(row[5]).toBe(await card.locator('.badge').innerText());
	}
	const pctCell = wb.getWorksheet('Chỉ tiêu')!.getCell(`D${6}`);
	expect(pctCell.numFmt).toBe('0.0%');

	// By state: the total and every state shown.
	const byStatePanel = page.getByRole('region', { name: 'Chi bộ tham gia theo bước' });
	const shownStates = await byStatePanel.locator('dl > div').evaluateAll((divs) =>
		divs.map((d) => [d.querySelector('dt')!.textContent!.trim(), Number(d.querySelector('dd')!.textContent)] as const)
	);
	const byState = new Map(table(wb.getWorksheet('Theo bước')!, 'Bước').rows.map((r) => [r[0], r[1]]));
	expect(shownStates.length).toBeGreaterThan(1);
	for (const [label, count] of shownStates) expect(byState.get(label), label).toBe(count);

	// By type: the page's table row for row.
	const typeRows = await page.getByRole('region', { name: 'Theo loại hình chi bộ' }).locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
	);
	const typeSheet = table(wb.getWorksheet('Theo loại hình')!, 'Loại hình').rows;
	expect(typeSheet.map((r) => [r[0], String(r[1])])).toEqual(typeRows);

	// Children: name, cells, participating, in the pilot, and the two shares.
	const childRows = await page.getByRole('region', { name: 'Các đơn vị trực thuộc' }).locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td, i) => (i === 0 ? td.textContent!.split('·')[0]!.trim() : td.textContent!.trim())))
	);
	const childSheet = table(wb.getWorksheet('Đơn vị trực thuộc')!, 'Đơn vị').rows;
	expect(childSheet).toHaveLength(childRows.length);
	childRows.forEach((shown, i) => {
		const row = childSheet[i]!;
		expect(row[0]).toBe(shown[0]);
		expect([row[2], row[3], row[4]]).toEqual([Number(shown[1]), Number(shown[2]), Number(shown[3])]);
		const pct = (v: unknown) => (v === null ? null : Math.round((v as number) * 1000) / 10);
		expect([pct(row[5]), pct(row[6])]).toEqual([viNumber(shown[4]!), viNumber(shown[5]!)]);
	});
});

test('the inbox export holds the files the inbox lists, in its order', async ({ page }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await page.goto('/inbox');
	const heading = await page.getByRole('heading', { name: /Hồ sơ chờ quyết định/ }).innerText();
	const count = Number(/\((\d+)\)/.exec(heading)![1]);
	const cells = await page.locator('tr[data-enrollment] td:nth-child(2) a').allInnerTexts();
	expect(cells).toHaveLength(count);

	const { wb, name } = await download(page, () => page.getByRole('link', { name: 'Xuất Excel' }).click());
	expect(name).toMatch(/^Hộp việc - Huyện ủy Quỳnh Phụ - /);
	const ws = wb.worksheets[0]!;
	expect(ws.name).toBe('Hộp việc');
	const { headers, rows } = table(ws, 'Chi bộ');
	expect(headers).toEqual(['Chi bộ', 'Loại hình', 'Việc cần quyết định', 'Đơn vị', 'Chương trình', 'Chờ từ ngày', 'Đã chờ']);
	expect(rows).toHaveLength(count);
	expect(rows.map((r) => r[0])).toEqual(cells);
	// Dates are real dates, shown dd/mm/yyyy.
	if (rows.length) {
		expect(rows[0]![5]).toBeInstanceOf(Date);
		expect(ws.getCell(5, 6).numFmt).toBe('dd/mm/yyyy');
	}
});

test('the registration list goes upward in the party-document layout', async ({ page }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	// The programme Chi bộ thôn Đồng Hới is in: this year's, or in January last year's, whose pilot
	// it is still finishing (scripts/lib/demo-calendar.mjs).
	const year = journey('TB-QP-QH-01').year;
	await page.goto(`/dashboard?programme=${await programmeId(page, `Chi bộ kiểu mẫu ${year} (Tỉnh ủy Thái Bình)`)}`);
	// Registered = every cell that sent its registration, minus the refused and withdrawn ones.
	const shown = await page.getByRole('region', { name: 'Chi bộ tham gia theo bước' }).locator('dl > div').evaluateAll((divs) =>
		Object.fromEntries(divs.map((d) => [d.querySelector('dt')!.textContent!.trim(), Number(d.querySelector('dd')!.textContent)]))
	);
	const expected = shown['Tổng số chi bộ tham gia']! - (shown['Nháp đăng ký'] ?? 0) - (shown['Bị từ chối'] ?? 0) - (shown['Đã rút'] ?? 0);

	const { wb, name } = await download(page, () => page.getByRole('link', { name: 'Danh sách chi bộ đăng ký' }).click());
	expect(name).toMatch(new RegExp(`^Danh sách chi bộ đăng ký ${year} - Huyện ủy Quỳnh Phụ - `));
	const ws = wb.worksheets[0]!;
	expect(ws.getCell('A1').value).toBe('ĐẢNG BỘ TỈNH THÁI BÌNH');
	expect(ws.getCell('A2').value).toBe('HUYỆN ỦY QUỲNH PHỤ');
	expect(ws.getCell('F1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
	expect(ws.getCell('F2').value).toMatch(/^Quỳnh Phụ, ngày \d{2} tháng \d{2} năm \d{4}$/);
	expect(ws.getCell('A6').value).toBe(`DANH SÁCH CHI BỘ ĐĂNG KÝ XÂY DỰNG CHI BỘ KIỂU MẪU NĂM ${year}`);
	expect(ws.getCell('A6').font).toMatchObject({ name: 'Times New Roman', bold: true });

	const { headers, rows } = table(ws, 'STT');
	expect(headers).toEqual(['STT', 'Tên chi bộ', 'Thuộc đảng bộ', 'Loại hình', 'Số đảng viên', 'Bí thư', 'Kết quả tự chấm (điểm)', 'Xếp loại đề xuất', 'Ghi chú']);
	expect(rows).toHaveLength(expected);
	expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
	const dongHoi = rows.find((r) => r[1] === 'Chi bộ thôn Đồng Hới')!;
	expect(dongHoi.slice(2, 6)).toEqual(['Đảng ủy xã Quỳnh Hải', 'Chi bộ khu dân cư', 20, 'Phạm Văn Dũng']);
	// A refused cell is not on it (the demo's drafts are sent by other journeys of this run, so
	// the count check below stands for them).
	expect(rows.map((r) => r[1])).not.toContain('Chi bộ cơ quan thị trấn Quỳnh Côi');

	const total = 9 + rows.length + 1;
	expect(ws.getCell(`A${total}`).value).toBe(`Tổng số: ${expected} chi bộ.`);
	expect(ws.getCell(`F${total + 2}`).value).toBe('T/M BAN THƯỜNG VỤ');
	expect(ws.getCell(`F${total + 3}`).value).toBe('BÍ THƯ');
	expect(ws.getCell(`I${total + 2}`).master.address).toBe(`F${total + 2}`);

	// The recognition list has the same frame, and nobody is proposed yet in the demo.
	const recognitions = await download(page, () => page.getByRole('link', { name: 'Danh sách đề nghị công nhận' }).click());
	const rws = recognitions.wb.worksheets[0]!;
	expect(rws.getCell('A6').value).toBe(`DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CHI BỘ KIỂU MẪU NĂM ${year}`);
	expect(table(rws, 'STT').rows).toHaveLength(0);
});

test('exports follow PocketBase’s rules: not for other roles, not outside one’s subtree', async ({ page }) => {
	await login(page, 'bithu.bieunghi@kieumau.vn');
	expect((await page.request.get('/inbox/export.xlsx')).status()).toBe(403);
	expect((await page.request.get('/enrollments/export/registrations.xlsx')).status()).toBe(403);
	const members = await page.request.get('/cell/members/export.xlsx');
	expect(members.status()).toBe(200);
	expect(members.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	expect(members.headers()['content-disposition']).toContain("filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%E1%BA%A3ng%20vi%C3%AAn");
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await members.body()) as unknown as ArrayBuffer);
	const { rows } = table(wb.worksheets[0]!, 'STT');
	expect(rows.length).toBeGreaterThan(0);
});

test('an English reader gets English headers', async ({ page, context }) => {
	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	await context.addCookies([{ name: 'lang', value: 'en', domain: 'localhost', path: '/' }]);
	const res = await page.request.get('/inbox/export.xlsx');
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
	expect(wb.worksheets[0]!.name).toBe('Inbox');
	expect(table(wb.worksheets[0]!, 'Party cell').headers[0]).toBe('Party cell');
});

test('every other list exports: home lists, units, accounts, practices', async ({ page }) => {
	// The district's own province, a real unit outside its subtree: its id as the province
	// officer's dashboard breadcrumb links it.
	await login(page, 'tinhuy.thaibinh@kieumau.vn');
	await page.goto('/dashboard');
	await page.getByRole('link', { name: 'Huyện ủy Quỳnh Phụ' }).click();
	const crumb = page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Tỉnh ủy Thái Bình' });
	const province = new URL((await crumb.getAttribute('href'))!, 'http://x').searchParams.get('unit');
	expect(province).toBeTruthy();
	await logout(page);

	await login(page, 'huyenuy.quynhphu@kieumau.vn');
	const book = async (path: string) => {
		const res = await page.request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
		return wb;
	};

	// Home: the officer's three lists, the pilot list as long as the page's.
	await page.goto('/');
	const pilotOnPage = await page.getByRole('region', { name: 'Chi bộ đang thí điểm' }).locator('tbody tr').count();
	const home = await book('/export.xlsx');
	expect(home.worksheets.map((w) => w.name)).toEqual(['Việc chờ quyết định', 'Tình hình', 'Chi bộ đang thí điểm']);
	expect(table(home.getWorksheet('Chi bộ đang thí điểm')!, 'Chi bộ').rows).toHaveLength(pilotOnPage);

	// Units directly under the district, in Vietnamese order, with member counts as numbers.
	const units = table((await book('/units/export.xlsx')).worksheets[0]!, 'STT').rows;
	const names = units.map((r) => r[1] as string);
	expect(names).toContain('Đảng ủy xã Quỳnh Hải');
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
	expect(units.every((r) => typeof r[7] === 'number')).toBe(true);

	// Accounts: only the district's subtree (the rule decides), never another province's.
	const users = table((await book('/users/export.xlsx')).worksheets[0]!, 'STT').rows;
	expect(users.map((r) => r[1])).toContain('Phạm Văn Dũng');
	expect(users.map((r) => r[1])).not.toContain('Đặng Xuân Quảng');

	// The accounts page with filters: its export link holds exactly the rows the page lists.
	await page.goto('/users?role=officer&status=active');
	const onPage = await page.locator('table tbody tr td:first-child .small').allInnerTexts();
	expect(onPage.length).toBeGreaterThan(1);
	await expect(page.getByRole('link', { name: 'Trang sau ›' })).toHaveCount(0);
	const exportHref = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
	expect(exportHref).toContain('role=officer');
	const filtered = table((await book(exportHref!)).worksheets[0]!, 'STT').rows;
	expect(filtered.map((r) => r[4])).toEqual(onPage);
	expect(filtered.every((r) => r[2] === 'Cán bộ cấp ủy' && r[5] === 'Đang hoạt động')).toBe(true);
	// A search the page narrows to one account narrows the export the same way.
	await page.goto('/users?q=quynhhai');
	const searched = await page.locator('table tbody tr td:first-child .small').allInnerTexts();
	const searchHref = (await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href'))!;
	expect(table((await book(searchHref)).worksheets[0]!, 'STT').rows.map((r) => r[4])).toEqual(searched);
	expect(searched.length).toBeLessThan(users.length);

	const practices = await book('/practices/export.xlsx');
	expect(practices.worksheets[0]!.name).toBe('Cách làm hay');

	// A unit outside the subtree is refused, as on the dashboard: the district's own province too.
	expect((await page.request.get(`/units/export.xlsx?unit=${province}`)).status()).toBe(404);
	expect((await page.request.get(`/dashboard/export.xlsx?unit=${province}`)).status()).toBe(404);
});

test('the recognition list carries each cell’s score, proposed rating and decision', async ({ page }) => {
	await login(page, 'huyenuy.thaithuy@kieumau.vn');
	// The year whose evaluation is under way: this year's from November, else last year's.
	const res = await page.request.get(`/enrollments/export/recognitions.xlsx?programme=${await programmeId(page, `Chi bộ kiểu mẫu ${YEAR_END} (Tỉnh ủy Thái Bình)`)}`);
	expect(res.status()).toBe(200);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
	const ws = wb.worksheets[0]!;
	expect(ws.getCell('A2').value).toBe('HUYỆN ỦY THÁI THỤY');
	expect(ws.getCell('A6').value).toBe(`DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CHI BỘ KIỂU MẪU NĂM ${YEAR_END}`);
	const { rows } = table(ws, 'STT');
	expect(rows.length).toBeGreaterThan(0);
	for (const r of rows) {
		expect(typeof r[6], String(r[1])).toBe('number');
		expect(String(r[7])).toMatch(/^Hoàn thành/);
		expect(String(r[8])).toMatch(/^(Đã công nhận|Chờ .* xét công nhận)/);
	}
});

test('the criteria framework exports with every criterion of the editor and each type’s total', async ({ page }) => {
	await login(page, 'tinhuy.thaibinh@kieumau.vn');
	await page.goto('/programmes');
	await page.getByRole('link', { name: `Chi bộ kiểu mẫu ${YEAR}`, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Chi bộ kiểu mẫu ${YEAR}`);
	await page.getByRole('navigation', { name: 'Phần của chương trình' }).getByRole('link', { name: 'Khung tiêu chí' }).click();
	await expect(page).toHaveURL(/\/criteria$/);
	await expect(page.locator('input[id$="-code"]').first()).toBeVisible();
	const codes = await page.locator('input[id$="-code"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(codes.length).toBeGreaterThan(10);
	const { wb } = await download(page, () => page.getByTestId('export-link').click());
	const criteria = table(wb.getWorksheet('Khung tiêu chí')!, 'STT');
	expect(criteria.rows.map((r) => r[1])).toEqual(codes);
	const totals = table(wb.getWorksheet('Tổng theo loại hình')!, 'Loại hình');
	expect(totals.rows.map((r) => r[0])).toContain('Chi bộ khu dân cư');
	expect(totals.rows.every((r) => r[1] === 100)).toBe(true);
});
