// Lists and dashboards at national size under concurrency (a benchmark, not a test):
//   node scripts/generate-national.mjs                 # once: ~300k cells (about a minute)
//   node scripts/bench-lists.mjs [--dir .scale/pb_data] [--connections 50] [--seconds 10]
//   node scripts/bench-lists.mjs --smoke               # a tiny generated tree, a few seconds
//   node scripts/bench-lists.mjs --legacy              # the requests as the app sent them before
//                                                      # issue 12 (run it on a checkout of that time)
// Starts PocketBase on the generated data (loopback, free port, normal mode), signs in an officer
// of a province and one of a district, and for each runs every request kind below for --seconds
// with --connections requests always in flight, the way src/lib/server sends them (the user's own
// token, so the API rules apply). Prints p50/p95/p99, worst, req/s and errors per kind, against
// the goals: lists p95 ≤ 50 ms, dashboards p95 ≤ 30 ms. Exits non-zero on any failed request
// (and, in --smoke, on a list that is not in cell-name order or leaves the officer's subtree).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PocketBase from 'pocketbase';
import { defaults } from './lib/instance.mjs';
import { freePort, root, servePocketBase } from './lib/pocketbase.mjs';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: '.scale/pb_data' },
		connections: { type: 'string', default: '50' },
		seconds: { type: 'string', default: '10' },
		only: { type: 'string', default: '' },
		smoke: { type: 'boolean', default: false },
		legacy: { type: 'boolean', default: false }
	}
});
const SMOKE = values.smoke;
const CONNECTIONS = SMOKE ? 4 : Number(values.connections);
const SECONDS = SMOKE ? 0.5 : Number(values.seconds);
const GOALS = { list: 50, dashboard: 30 };
const YEAR = 2026;
const TREE_YEAR = 0;
// src/lib/domain/lifecycle-phases.ts statesInPhase('pilot'), as the officer's home asks for it.
const PILOT_STATES = ['planning', 'plan_review', 'pilot', 'review', 'evaluation', 'classification'];

let dataDir = join(root, values.dir);
if (SMOKE) {
	dataDir = join(root, '.scale', 'smoke-lists');
	const g = spawnSync(process.execPath, [join(root, 'scripts/generate-national.mjs'), '--cells', '3000', '--months', '1', '--dir', '.scale/smoke-lists'], { cwd: root, encoding: 'utf8' });
	if (g.status !== 0) throw new Error(`generate-national failed:\n${g.stdout}\n${g.stderr}`);
} else if (!existsSync(join(dataDir, 'data.db'))) {
	console.error(`Không có dữ liệu ở ${dataDir}: chạy trước node scripts/generate-national.mjs`);
	process.exit(1);
}

const pb = await servePocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
const sqlite = (query) => spawnSync('sqlite3', ['-readonly', join(dataDir, 'data.db'), query], { encoding: 'utf8' }).stdout.trim();

/** A URL of the records API with the query as the JS SDK writes it. */
function url(collection, query) {
	return `${pb.url}/api/collections/${collection}/records?${new URLSearchParams(query)}`;
}
const pilot = PILOT_STATES.map((s) => `state = "${s}"`).join(' || ');
/** The subtree as inPhase writes it: a LIKE for a province or district (walk of the name index), a range below (seek). */
const scope = (u) => (u.kind === 'province' || u.kind === 'district' ? `path ~ "${u.path}%"` : `path >= "${u.path}" && path < "${u.path.slice(0, -1)}0"`);

/** The request kinds, each a list of URLs fetched together (one page's worth), from an officer's unit. */
const KINDS = values.legacy ? {
	'list 20 (app)': { goal: 'list', urls: (u) => [url('enrollments', { page: 1, perPage: 20, skipTotal: 1, filter: `path ~ "${u.path}%" && (${pilot})`, sort: 'cell.name', expand: 'cell,programme,awaiting' })] },
	'list 100 (app)': { goal: 'list', urls: (u) => [url('enrollments', { page: 1, perPage: 100, skipTotal: 1, filter: `path ~ "${u.path}%" && (${pilot})`, sort: 'cell.name', expand: 'cell,programme,awaiting' })] },
	'list 20 (rule only)': { goal: 'list', urls: () => [url('enrollments', { page: 1, perPage: 20, skipTotal: 1, sort: 'cell.name' })] },
	dashboard: {
		goal: 'dashboard',
		urls: (u) => [url('unit_stats', { page: 1, perPage: 500, skipTotal: 1, filter: `(unit = "${u.id}" || parent = "${u.id}") && (year = ${TREE_YEAR} || year = ${YEAR})`, expand: 'unit' })]
	},
	'counts by state': { goal: 'dashboard', urls: (u) => [url('unit_stats', { page: 1, perPage: 1000, skipTotal: 1, filter: `unit = "${u.id}" && year != ${TREE_YEAR}` })] }
} : {
	// src/lib/server/enrollments.ts inPhase: the officer home's pilot list (100 rows) and a 20-row
	// page of it, from the enrollment_rows view (the enrollments' rules, the names joined in).
	'list 20 (app)': { goal: 'list', urls: (u) => [url('enrollment_rows', { page: 1, perPage: 20, skipTotal: 1, filter: `${scope(u)} && (${pilot})`, sort: 'cellName' })] },
	'list 100 (app)': { goal: 'list', urls: (u) => [url('enrollment_rows', { page: 1, perPage: 100, skipTotal: 1, filter: `${scope(u)} && (${pilot})`, sort: 'cellName' })] },
	// The rule alone decides the rows (no filter from the client), sorted by cell name.
	'list 20 (rule only)': { goal: 'list', urls: () => [url('enrollment_rows', { page: 1, perPage: 20, skipTotal: 1, sort: 'cellName' })] },
	// src/lib/server/dashboard.ts unitAndChildren: the unit's own counters and its children's rows, side by side.
	dashboard: {
		goal: 'dashboard',
		urls: (u) => [
			url('unit_stats', { page: 1, perPage: 1000, skipTotal: 1, filter: `unit = "${u.id}" && (year = ${TREE_YEAR} || year = ${YEAR})` }),
			url('unit_rows', { page: 1, perPage: 1000, skipTotal: 1, filter: `parent = "${u.id}" && (year = ${TREE_YEAR} || year = ${YEAR})` })
		]
	},
	// The officer home's counts by state (src/lib/server/enrollments.ts countByState).
	'counts by state': { goal: 'dashboard', urls: (u) => [url('unit_stats', { page: 1, perPage: 1000, skipTotal: 1, filter: `unit = "${u.id}" && year != ${TREE_YEAR}` })] }
};

// Each request comes from its own address, as many officers' browsers would through SvelteKit
// (which sets X-Forwarded-For): the rate limiter (600 requests / 10 s per address) stays as shipped.
let address = 0;
const nextAddress = () => `2001:db8:11::${((address++ % 65535) + 1).toString(16)}`;

async function fetchAll(urls, token) {
	const headers = { Authorization: token, 'X-Forwarded-For': nextAddress() };
	const answers = await Promise.all(urls.map((u) => fetch(u, { headers })));
	const bodies = await Promise.all(answers.map((a) => a.json()));
	const failed = answers.find((a) => !a.ok);
	if (failed) throw new Error(`HTTP ${failed.status}: ${JSON.stringify(bodies[answers.indexOf(failed)]).slice(0, 200)}`);
	return bodies;
}

/**
 * CPU time PocketBase has used so far, in ms (utime + stime of /proc/PID/stat, 100 ticks a second):
 * per request it says what a kind costs whatever else the machine is doing, where latencies on a
 * shared 2-core machine mostly measure the others' load.
 */
function pbCpuMs() {
	try {
		const fields = readFileSync(`/proc/${pb.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}

/** --connections loops, each sending the next request as soon as the last answered, for --seconds. */
async function load(urls, token) {
	const times = [];
	let errors = 0;
	let firstError = '';
	const until = performance.now() + SECONDS * 1000;
	const loop = async () => {
		while (performance.now() < until) {
			const t = performance.now();
			try {
				await fetchAll(urls, token);
				times.push(performance.now() - t);
			} catch (err) {
				errors++;
				firstError ||= String(err);
			}
		}
	};
	const started = performance.now();
	const cpu = pbCpuMs();
	await Promise.all(Array.from({ length: CONNECTIONS }, loop));
	const elapsed = (performance.now() - started) / 1000;
	const cpuMs = (pbCpuMs() - cpu) / Math.max(1, times.length + errors);
	times.sort((a, b) => a - b);
	const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
	return { n: times.length, rps: times.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99), worst: times[times.length - 1] ?? NaN, errors, firstError, cpuMs };
}

let failures = 0;
try {
	const su = new PocketBase(pb.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(defaults.adminEmail, defaults.adminPassword);
	const officers = [];
	for (const [level, unitId] of [['tỉnh', 'p00000000000001'], ['huyện', 'd00000000000001']]) {
		const email = `bench.${unitId}@kieumau.vn`;
		let user = await su.collection('users').getFirstListItem(su.filter('email = {:email}', { email })).catch(() => null);
		user ??= await su.collection('users').create({ email, password: 'Bench@2026x', passwordConfirm: 'Bench@2026x', name: `Cán bộ ${level}`, role: 'officer', unit: unitId, verified: true });
		const { authStore } = await su.collection('users').impersonate(user.id, 3600);
		officers.push({ level, token: authStore.token, unit: await su.collection('units').getOne(unitId) });
	}
	const sizes = sqlite(`SELECT (SELECT COUNT(*) FROM units WHERE kind = 'cell'), (SELECT COUNT(*) FROM enrollments)`).split('|');
	console.log(`Dữ liệu: ${Number(sizes[0]).toLocaleString('vi-VN')} chi bộ, ${Number(sizes[1]).toLocaleString('vi-VN')} hồ sơ; ${CONNECTIONS} kết nối, ${SECONDS} s mỗi loại; tải máy trước khi đo: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

	// What the lists return must be right before their speed means anything: in the officer's
	// subtree, in cell-name order, and the whole subtree's pilot cells when they fit in the page.
	for (const o of officers) {
		const [page] = await fetchAll(KINDS['list 100 (app)'].urls(o.unit), o.token);
		const names = page.items.map((r) => (values.legacy ? r.expand?.cell?.name : r.cellName));
		const outside = page.items.filter((r) => !r.path.startsWith(o.unit.path) || !PILOT_STATES.includes(r.state) || !(values.legacy ? r.expand?.programme : r.programmeName));
		const sorted = names.every((n, i) => i === 0 || names[i - 1] <= n);
		const expected = Number(sqlite(`SELECT COUNT(*) FROM enrollments WHERE path LIKE '${o.unit.path}%' AND state IN (${PILOT_STATES.map((s) => `'${s}'`).join(',')})`));
		if (outside.length || !sorted || page.items.length !== Math.min(100, expected)) {
			console.error(`LỖI danh sách của cán bộ ${o.level}: ${page.items.length} dòng (cần ${Math.min(100, expected)}), ${outside.length} ngoài phạm vi, ${sorted ? 'đúng' : 'sai'} thứ tự tên`);
			failures++;
		}
	}

	const stale = values.legacy ? 0 : Number(sqlite(`SELECT COUNT(*) FROM enrollments e JOIN units u ON u.id = e.cell WHERE e.cellName != u.name`));
	if (stale) {
		console.error(`LỖI ${stale} hồ sơ có cellName khác tên chi bộ`);
		failures++;
	}

	const rows = [];
	for (const [kind, { goal, urls }] of Object.entries(KINDS)) {
		if (values.only && !kind.includes(values.only)) continue;
		for (const o of officers) {
			for (let i = 0; i < 3; i++) await fetchAll(urls(o.unit), o.token);
			const r = await load(urls(o.unit), o.token);
			rows.push({ kind, level: o.level, goal: GOALS[goal], ...r });
			if (r.errors) {
				failures++;
				console.error(`LỖI ${kind} (${o.level}): ${r.errors} yêu cầu hỏng, ví dụ: ${r.firstError}`);
			}
		}
	}
	const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–').padStart(8);
	// CPU ms a request of PocketBase: 2 cores to itself would serve at most 2000 / that per second.
	console.log('\nLoại yêu cầu            cấp     lần   req/s   p50 ms  p95 ms  p99 ms  tệ nhất  lỗi  CPU ms/yc  mục tiêu');
	for (const r of rows) {
		console.log(`${r.kind.padEnd(24)}${r.level.padEnd(6)}${String(r.n).padStart(6)}${r.rps.toFixed(0).padStart(8)}${f(r.p50)}${f(r.p95)}${f(r.p99)}${f(r.worst)}${String(r.errors).padStart(5)}${f(r.cpuMs).padStart(11)}  p95 ≤ ${r.goal} ms: ${r.p95 <= r.goal ? 'đạt' : 'CHƯA ĐẠT'}`);
	}
	console.log(`Tải máy sau khi đo: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
	pb.child.kill('SIGTERM');
	if (SMOKE) rmSync(dataDir, { recursive: true, force: true });
}
if (failures) {
	console.error(`bench:lists: ${failures} lỗi`);
	process.exit(1);
}
