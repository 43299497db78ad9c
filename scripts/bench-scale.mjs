// Measures the dashboard and inbox queries at national scale (a benchmark, not a test):
//   node scripts/generate-national.mjs        # once: ~300k cells, 3.6M self-assessments
//   node scripts/bench-scale.mjs [--dir .scale/pb_data] [--runs 200]
//   node scripts/bench-scale.mjs --smoke      # npm test: generates 600 cells in .scratch/, 5 runs
// Starts PocketBase on the generated data (loopback, free port), signs in officers of a
// province, a district and a grassroots committee, checks a sample of the dashboard counters
// against direct counts, then times each query as the app sends it (through the API, with the
// user's rules applied) and prints p50/p95 against the 100 ms goal.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PocketBase from 'pocketbase';
import { defaults } from './lib/instance.mjs';
import { freePort, root, servePocketBase } from './lib/pocketbase.mjs';

const { values } = parseArgs({
	options: { dir: { type: 'string' }, runs: { type: 'string' }, smoke: { type: 'boolean', default: false } }
});
// --smoke (npm test): a tiny generated tree (600 cells, 2 months) in its own folder, 5 runs a query.
if (values.smoke) {
	const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-national.mjs'), '--cells', '600', '--months', '2', '--dir', '.scratch/scale-smoke'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error(`generate-national (smoke) failed (exit ${r.status})`);
}
const dataDir = join(root, values.dir ?? (values.smoke ? '.scratch/scale-smoke' : '.scale/pb_data'));
const RUNS = Number(values.runs ?? (values.smoke ? 5 : 200));
const YEAR = 2026;
const GOAL_MS = 100;
if (!existsSync(join(dataDir, 'data.db'))) {
	console.error(`Không có dữ liệu ở ${dataDir}: chạy trước node scripts/generate-national.mjs`);
	process.exit(1);
}

const sqlite = (query) => spawnSync('sqlite3', ['-readonly', join(dataDir, 'data.db'), query], { encoding: 'utf8' }).stdout.trim();
const pb = await servePocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
let address = 1;
function client() {
	const c = new PocketBase(pb.url);
	c.autoCancellation(false);
	const ip = `2001:db8:bec::${(address++).toString(16)}`;
	c.beforeSend = (url, options) => {
		options.headers = { ...(options.headers ?? {}), 'X-Forwarded-For': ip };
		return { url, options };
	};
	return c;
}

try {
	const su = client();
	await su.collection('_superusers').authWithPassword(defaults.adminEmail, defaults.adminPassword);
	const officers = {};
	// A committee with the most decisions waiting, so that the inbox is also timed with rows in it.
	const busiest = sqlite(`SELECT awaiting FROM enrollments WHERE state IN ('selection','plan_review','review','classification','recognition') GROUP BY awaiting ORDER BY COUNT(*) DESC LIMIT 1`);
	const levels = [['tỉnh', 'p00000000000001'], ['huyện', 'd00000000000001'], ['cơ sở', 'g00000000000001']];
	if (busiest) levels.push(['có việc', busiest]);
	for (const [level, unit] of levels) {
		const email = `bench.${unit}@kieumau.vn`;
		let user = await su.collection('users').getFirstListItem(su.filter('email = {:email}', { email })).catch(() => null);
		user ??= await su.collection('users').create({ email, password: 'Bench@2026x', passwordConfirm: 'Bench@2026x', name: `Cán bộ ${level}`, role: 'officer', unit, verified: true });
		const c = client();
		const impersonated = await su.collection('users').impersonate(user.id, 3600);
		c.authStore.save(impersonated.authStore.token, impersonated.authStore.record);
		officers[level] = { client: c, unit: await su.collection('units').getOne(unit) };
	}

	// The counters must be right before their speed means anything.
	for (const { unit } of Object.values(officers)) {
		const direct = sqlite(`SELECT COUNT(*), SUM(state = 'pilot'), SUM(rating IN ('excellent','good')) FROM enrollments WHERE path LIKE '${unit.path}%' AND year = ${YEAR}`);
		const stored = sqlite(`SELECT enrolled, state_pilot, goodOrBetter FROM unit_stats WHERE unit = '${unit.id}' AND year = ${YEAR}`);
		if (direct !== stored) throw new Error(`unit_stats of ${unit.name} disagree with the records: ${stored} ≠ ${direct}`);
	}
	const sizes = sqlite(`SELECT (SELECT COUNT(*) FROM units WHERE kind = 'cell'), (SELECT COUNT(*) FROM enrollments), (SELECT COUNT(*) FROM self_assessments)`).split('|');
	console.log(`Dữ liệu: ${Number(sizes[0]).toLocaleString('vi-VN')} chi bộ, ${Number(sizes[1]).toLocaleString('vi-VN')} hồ sơ, ${Number(sizes[2]).toLocaleString('vi-VN')} bản tự đánh giá; bộ đếm khớp với đếm trực tiếp.`);

	// The queries exactly as src/lib/server/dashboard.ts and src/lib/server/enrollments.ts send them.
	const queries = {
		'bảng chỉ tiêu (đơn vị + trực thuộc)': (c, unit) =>
			c.collection('unit_stats').getFullList({
				filter: c.filter('(unit = {:u} || parent = {:u}) && (year = 0 || year = {:year})', { u: unit.id, year: YEAR }),
				expand: 'unit'
			}),
		// The inbox reads PocketBase's /api/committee/awaiting route (pb_hooks/lib/inbox.js): the
		// records list API sleeps up to 500 ms on repeated empty filtered answers, by design.
		'hộp việc (chờ quyết định)': (c) => c.send('/api/committee/awaiting', { method: 'GET', query: { limit: '200' } }),
		'đếm theo bước (trang chủ)': (c, unit) =>
			c.collection('unit_stats').getFullList({ filter: c.filter('unit = {:u} && year != 0', { u: unit.id }) })
	};

	const rows = [];
	for (const [name, query] of Object.entries(queries)) {
		for (const [level, { client: c, unit }] of Object.entries(officers)) {
			for (let i = 0; i < 5; i++) await query(c, unit);
			const times = [];
			const deadline = Date.now() + 60_000;
			for (let i = 0; i < RUNS && Date.now() < deadline; i++) {
				const t = performance.now();
				await query(c, unit);
				times.push(performance.now() - t);
			}
			times.sort((a, b) => a - b);
			const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
			rows.push({ name, level, runs: times.length, p50: at(0.5), p95: at(0.95) });
		}
	}
	console.log('\nTruy vấn                              cấp      lần   p50 ms   p95 ms   ≤ 100 ms');
	for (const r of rows) {
		console.log(`${r.name.padEnd(38)}${r.level.padEnd(9)}${String(r.runs).padStart(4)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}   ${r.p95 <= GOAL_MS ? 'đạt' : 'CHƯA ĐẠT'}`);
	}
} finally {
	pb.child.kill('SIGTERM');
	if (values.smoke) {
		await new Promise((r) => pb.child.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
}
