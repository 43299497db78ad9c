#!/usr/bin/env node
// Benchmark of the import (`npm run bench:import`): a 10,000-row .xlsx of grassroots committees,
// cells and members, read as the app reads an upload, checked by PocketBase's dry run, written
// chunk by chunk through the apply route (as the page's progress bar does), then imported again
// to show that nothing changes.
//
// It starts its own throwaway PocketBase (free port, temporary data folder, the project's
// migrations and hooks, no demo data), makes a province, a district and its officer as superuser,
// and acts as that officer from then on: the hooks check every row against the officer's subtree,
// and every write runs the real record hooks (tree path, unit_stats counters, member counts).
//
// BENCH_ROWS (default 10000; 100 with --smoke, as npm test runs it) sets the file size. The rate
// limiter stays on, as in production.
import { writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import PocketBase from 'pocketbase';
import { benchScratch } from './lib/bench-scratch.mjs';
import { smoke } from './lib/bench-http.mjs';

const ROWS = Math.max(100, Number(process.env.BENCH_ROWS ?? (smoke ? 100 : 10_000)));
const root = resolve(import.meta.dirname, '..');

const scratch = await benchScratch('kieumau-bench-import-');
const { dataDir } = scratch;

/** The app's own file reader (TypeScript), bundled on the fly so this script reads files as the app does. */
async function loadReader() {
	const esbuild = await import('esbuild');
	// Beside node_modules, so that the bundle's own imports (exceljs) resolve.
	const outfile = join(root, 'node_modules', '.cache', 'kieumau-bench', 'read-file.mjs');
	await esbuild.build({
		entryPoints: [join(root, 'src', 'lib', 'server', 'import', 'read-file.ts')],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		alias: { $lib: join(root, 'src', 'lib') },
		logLevel: 'warning'
	});
	return import(pathToFileURL(outfile).href);
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const vi = (n) => n.toLocaleString('vi-VN');

/** A workbook like an officer's: grassroots committees of 20 cells, then members, ROWS rows in all. */
function workbook(districtCode) {
	const wb = new ExcelJS.Workbook();
	const units = wb.addWorksheet('Đơn vị');
	units.addRow(['Mã đơn vị', 'Tên', 'Loại (tỉnh/huyện/cơ sở/bộ phận/chi bộ)', 'Mã đơn vị cấp trên', 'Loại hình chi bộ', 'Chi bộ cơ sở (có/không)']);
	const members = wb.addWorksheet('Đảng viên');
	members.addRow(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Năm sinh', 'Chức vụ', 'Đang sinh hoạt (có/không)']);
	const CELLS_PER_G = 20;
	const MEMBERS_PER_CELL = 20;
	// units + members = ROWS with (1 + 20) units per committee and 20 members per cell.
	const committees = Math.max(1, Math.round(ROWS / (1 + CELLS_PER_G + CELLS_PER_G * MEMBERS_PER_CELL)));
	const types = ['khu dân cư', 'cơ quan hành chính', 'sự nghiệp', 'lực lượng vũ trang', 'doanh nghiệp'];
	const cells = [];
	for (let g = 1; g <= committees; g++) {
		const gCode = `${districtCode}-X${String(g).padStart(3, '0')}`;
		units.addRow([gCode, `Đảng ủy xã Thử Nghiệm ${g}`, 'cơ sở', districtCode, '', '']);
		for (let c = 1; c <= CELLS_PER_G; c++) {
			const cCode = `${gCode}-${String(c).padStart(2, '0')}`;
			units.addRow([cCode, `Chi bộ thôn Thử Nghiệm ${g}.${c}`, 'chi bộ', gCode, types[c % types.length], 'không']);
			cells.push(cCode);
		}
	}
	let rows = units.rowCount - 1;
	const positions = ['bí thư', 'phó bí thư', 'chi ủy viên'];
	for (let i = 0; rows < ROWS; i++, rows++) {
		const cell = cells[i % cells.length];
		const n = Math.floor(i / cells.length);
		members.addRow([`DV${String(n + 1).padStart(4, '0')}`, `Nguyễn Văn Thử ${i + 1}`, cell, String(1950 + (i % 50)), positions[n] ?? 'đảng viên', 'có']);
	}
	return { wb, units: units.rowCount - 1, members: members.rowCount - 1 };
}

try {
	const server = await scratch.start();
	console.log(`• PocketBase tạm thời tại ${server.url} (dữ liệu: ${dataDir})`);
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(scratch.admin.email, scratch.admin.password);
	const province = await su.collection('units').create({ name: 'Tỉnh ủy Đo Lường', kind: 'province', code: 'BI' });
	const district = await su.collection('units').create({ name: 'Huyện ủy Đo Lường', kind: 'district', code: 'BI-D', parent: province.id });
	const password = 'Bench@2026-import';
	const officer = await su.collection('users').create({
		email: 'nhaplieu@bench.kieumau.vn', password, passwordConfirm: password, verified: true,
		name: 'Cán bộ nhập liệu', role: 'officer', unit: district.id
	});
	const token = (await su.collection('users').impersonate(officer.id, 7200)).authStore.token;

	async function call(path, body) {
		const started = performance.now();
		const res = await fetch(server.url + path, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: token, 'x-forwarded-for': '2001:db8:1e::1' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const json = await res.json();
		if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
		return { json, ms: performance.now() - started };
	}

	const { readImportFile } = await loadReader();
	const file = join(dataDir, 'nhap-10000-dong.xlsx');
	const made = workbook('BI-D');
	writeFileSync(file, Buffer.from(await made.wb.xlsx.writeBuffer()));
	const bytes = new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file)));
	console.log(`• Tệp: ${vi(made.units)} đơn vị + ${vi(made.members)} đảng viên = ${vi(made.units + made.members)} dòng, ${(statSync(file).size / 1024).toFixed(0)} KB`);

	async function check(label) {
		let t = performance.now();
		const read = await readImportFile('nhap-10000-dong.xlsx', bytes);
		const parseMs = performance.now() - t;
		if (read.problems.length) throw new Error(JSON.stringify(read.problems));
		const dry = await call('/api/imports/dry-run', { fileName: 'nhap-10000-dong.xlsx', units: read.units, members: read.members });
		const c = dry.json.counts;
		console.log(
			`• ${label}: đọc tệp ${seconds(parseMs)} + kiểm tra (dry run) ${seconds(dry.ms)} = ${seconds(parseMs + dry.ms)}` +
				` → tạo ${vi(c.create)}, cập nhật ${vi(c.update)}, không đổi ${vi(c.unchanged)}, lỗi ${vi(c.error)}`
		);
		return dry.json;
	}

	const first = await check('Lần 1');
	if (first.counts.error) throw new Error(`lỗi: ${JSON.stringify(first.errors.slice(0, 5))}`);

	const chunkMs = [];
	const started = performance.now();
	for (;;) {
		const step = await call(`/api/imports/${first.importId}/apply`);
		chunkMs.push(step.ms);
		process.stdout.write(`\r  Đã ghi ${vi(step.json.written)}/${vi(step.json.total)} dòng`);
		if (step.json.status === 'done') break;
	}
	const applyMs = performance.now() - started;
	const sorted = [...chunkMs].sort((a, b) => a - b);
	const p = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	console.log(
		`\n• Ghi: ${seconds(applyMs)} cho ${vi(first.total)} dòng (${vi(Math.round(first.total / (applyMs / 1000)))} dòng/s),` +
			` ${chunkMs.length} giao dịch, mỗi giao dịch p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms`
	);

	const again = await check('Lần 2 (cùng tệp)');
	const changed = again.counts.create + again.counts.update;
	console.log(`• Nhập lại: ${changed} thay đổi, ${again.importId ? 'có' : 'không có'} gì để ghi.`);

	const units = await su.collection('units').getList(1, 1, { filter: su.filter('path ~ {:p} && id != {:d}', { p: district.path, d: district.id }) });
	const stats = await su.collection('unit_stats').getFirstListItem(su.filter('unit = {:u} && year = 0', { u: district.id }));
	console.log(`• Kiểm chứng: ${vi(units.totalItems)} đơn vị dưới huyện, bộ đếm chi bộ của huyện = ${vi(stats.cells)}`);
	if (changed !== 0) process.exitCode = 1;
} finally {
	scratch.cleanup();
}
