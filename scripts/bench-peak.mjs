#!/usr/bin/env node
// `npm run bench:peak`: the month-end peak through the real app (issue 12). The built SvelteKit
// node server in front of PocketBase, both as `npm start` runs them (scripts/lib/instance.mjs,
// PocketBase's load settings from scripts/lib/pocketbase.mjs), on generated national-shape data,
// with an open-loop load generator on the same machine: requests leave at the target rates
// whether or not earlier ones came back, as people do, so a stall shows as latency and errors
// instead of slowing the generator down.
//
//   reads (through SvelteKit, as signed-in people, each with its own address):
//     home (bí thư) 30 %, tự đánh giá (the self-assessment page) 25 %, hộp việc (an officer's
//     inbox) 20 %, bảng chỉ tiêu (an officer's dashboard) 15 %, home (cán bộ) 10 %;
//   writes (PocketBase's API with the user's token, as the app and a phone's offline drafts send):
//     self-assessment creates 40 %, meeting creates 40 %, lifecycle events 20 % (a secretary's
//     SUBMIT of a draft registration, then its committee's RETURN with a comment, and again).
//
// Reports per kind p50 / p95 / p99 / worst, errors, shed requests (503 from SvelteKit's limiter,
// 429 from PocketBase's rate limiter), PocketBase's and the app's peak memory (RSS) and the
// largest WAL, then checks the goals: no collapse (worst ≤ 2 s, PocketBase ≤ 2 GB, every request
// not shed succeeds), then p95 ≤ 100 ms and p99 ≤ 300 ms. Exits non-zero when no collapse fails
// (with --smoke: when a request not shed fails).
//
// Options (flags or environment):
//   --cells N      (PEAK_CELLS, default 20000) size of the generated tree: scripts/generate-national.mjs
//                  --cells N --months 1, kept in .scale/peak-N and copied for every run (each run
//                  writes). 300000 is the national size (README: how long generating takes).
//   --dir DIR      a data folder to copy instead (it must hold generated data)
//   --duration S   (PEAK_DURATION, default 60) seconds of load after a 5 s warm-up
//   --reads R      (PEAK_READS, default 1200) page reads per second
//   --writes W     (PEAK_WRITES, default 150) writes per second
//   --smoke        npm test: 600 cells, 3 s at 20 reads/s and 6 writes/s, and --shed-check
//   --shed-check   a second app with a tiny limiter (4 + 8), 60 page loads at once: 200 or a fast 503
//                  with Retry-After and the Vietnamese reason, nothing else
//   --ssr C        instead of the mix: each page kind alone, C requests in flight (closed loop) for
//                  --duration seconds: pages/s, p50/p99, and pages per CPU-second of the app and
//                  PocketBase together (their utime + stime from /proc), i.e. pages/s per core
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHooks } from './build-hooks.mjs';
import { chunk, httpClient, percentile } from './lib/bench-http.mjs';
import { defaults, startApp } from './lib/instance.mjs';
import { ensurePocketBase, freePort, loadEnv, loadFlags, root, servePocketBase } from './lib/pocketbase.mjs';

const { values } = parseArgs({
	options: {
		cells: { type: 'string' },
		dir: { type: 'string' },
		duration: { type: 'string' },
		reads: { type: 'string' },
		writes: { type: 'string' },
		smoke: { type: 'boolean', default: false },
		ssr: { type: 'string' },
		'shed-check': { type: 'boolean', default: false }
	}
});
const smoke = values.smoke;
const num = (flag, envName, fallback) => {
	const v = flag ?? process.env[envName];
	return v === undefined || v === '' || !Number.isFinite(Number(v)) ? fallback : Number(v);
};
const CELLS = num(values.cells, 'PEAK_CELLS', smoke ? 600 : 20_000);
const DURATION_S = num(values.duration, 'PEAK_DURATION', smoke ? 3 : 60);
const READS = num(values.reads, 'PEAK_READS', smoke ? 20 : 1200);
const WRITES = num(values.writes, 'PEAK_WRITES', smoke ? 6 : 150);
const WARMUP_S = smoke ? 1 : 5;
const TIMEOUT_MS = 10_000;
/** The year generate-national.mjs writes. */
const YEAR = 2026;
const GOALS = { worstMs: 2000, rssMb: 2048, p95Ms: 100, p99Ms: 300 };

const READ_MIX = [
	['home (bí thư)', 0.3],
	['tự đánh giá', 0.25],
	['hộp việc', 0.2],
	['bảng chỉ tiêu', 0.15],
	['home (cán bộ)', 0.1]
];
const WRITE_MIX = [
	['tạo tự đánh giá', 0.4],
	['tạo buổi sinh hoạt', 0.4],
	['sự kiện hồ sơ', 0.2]
];

// ─── Data ───────────────────────────────────────────────────────────────────────────────────

ensurePocketBase();
await buildHooks();
if (!existsSync(join(root, 'build', 'index.js'))) {
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('vite build failed');
}
const source = values.dir ? join(root, values.dir) : join(root, smoke ? '.scratch' : '.scale', `peak-${CELLS}`);
if (!existsSync(join(source, 'data.db'))) {
	if (values.dir) throw new Error(`Không có dữ liệu ở ${source}`);
	console.log(`• Sinh dữ liệu ${CELLS.toLocaleString('vi-VN')} chi bộ vào ${source}…`);
	const started = performance.now();
	const rel = source.slice(root.length + 1);
	const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-national.mjs'), '--cells', String(CELLS), '--months', '1', '--dir', rel], {
		cwd: root,
		stdio: ['ignore', smoke ? 'ignore' : 'inherit', 'inherit']
	});
	if (r.status !== 0) throw new Error(`generate-national failed (exit ${r.status})`);
	console.log(`• Sinh dữ liệu xong sau ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const dataDir = mkdtempSync(join(tmpdir(), 'kieumau-peak-'));
cpSync(source, dataDir, { recursive: true });
const sqlite = (query) => {
	const r = spawnSync('sqlite3', ['-readonly', '-separator', '|', join(dataDir, 'data.db'), query], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`sqlite3: ${r.stderr}`);
	return r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => l.split('|')) : [];
};

let pb = null;
let app = null;
/**
 * Stops the app and PocketBase and waits until they are gone (PocketBase writes on its way out, and
 * under load it may wait for requests still running: after 5 s it is killed), then deletes the copy.
 */
const cleanup = async () => {
	const children = [app, pb?.child].filter((c) => c && c.exitCode === null && c.signalCode === null);
	const exited = Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
	for (const c of children) c.kill('SIGTERM');
	const timer = setTimeout(() => children.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL')), 5000);
	await exited;
	clearTimeout(timer);
	rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

const rssMb = (pid) => {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
	} catch {
		return 0;
	}
};
const walMb = () => {
	try {
		return statSync(join(dataDir, 'data.db-wal')).size / 1048576;
	} catch {
		return 0;
	}
};

const { call, attempt, must } = httpClient('2001:db8:9e');
let exitCode = 0;
try {
	pb = await servePocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
	const appPort = await freePort();
	// The app's own log (each failed page prints its error) stays out of the report.
	app = startApp({ port: appPort, pbUrl: pb.url, env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }, quiet: true });
	const appUrl = `http://127.0.0.1:${appPort}`;
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${appUrl}/login`)).ok) break;
		} catch {
			/* not yet */
		}
		if (i > 100) throw new Error('the app did not start');
		await new Promise((r) => setTimeout(r, 100));
	}
	console.log(`• PocketBase ${pb.url} (${loadFlags().join(' ')} GOMEMLIMIT=${loadEnv().GOMEMLIMIT}), ứng dụng ${appUrl}, dữ liệu ${dataDir}`);

	// ─── People ─────────────────────────────────────────────────────────────────────────────
	const setupStarted = performance.now();
	const step = (what) => !smoke && console.log(`  ${what}: ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);
	const su = (await must(pb.url, null, 'POST', '/api/collections/_superusers/auth-with-password', { identity: defaults.adminEmail, password: defaults.adminPassword }, 'superuser')).token;
	const saWrites = Math.ceil(WRITES * 0.4 * (DURATION_S + WARMUP_S) * 1.2) + 10;
	// Each pilot enrollment has months 02–12 of the generated year free (the data holds month 01).
	const pilotCount = Math.max(4, Math.ceil(saWrites / 11));
	const pilots = sqlite(`SELECT e.id, e.cell FROM enrollments e WHERE e.state = 'pilot' ORDER BY e.id LIMIT ${pilotCount}`);
	const drafts = sqlite(`SELECT e.id, e.cell, u.parent FROM enrollments e JOIN units u ON u.id = e.cell WHERE e.state = 'draft' ORDER BY e.id LIMIT ${smoke ? 8 : 200}`);
	const districts = sqlite(`SELECT id FROM units WHERE kind = 'district' ORDER BY id LIMIT ${smoke ? 2 : 40}`).map((r) => r[0]);
	const password = 'Bench@2026-peak';
	const byKey = new Map();
	const person = (key, name, role, unit) => byKey.set(key, { key, name, role, unit });
	for (const [, cell] of pilots) person(`s-${cell}`, 'Bí thư chi bộ', 'secretary', cell);
	for (const [, cell] of drafts) person(`s-${cell}`, 'Bí thư chi bộ', 'secretary', cell);
	for (const [, , parent] of drafts) person(`o-${parent}`, 'Cán bộ cấp ủy', 'officer', parent);
	for (const d of districts) person(`o-${d}`, 'Cán bộ huyện ủy', 'officer', d);
	const people = [...byKey.values()];
	const tokens = new Map();
	// The first account through the API (hooks, password hash), the others as copies of its row in
	// one SQL transaction: a password hash costs ~70 ms of CPU, thousands of them would take minutes.
	const [first, ...rest] = people;
	first.id = (await must(pb.url, su, 'POST', '/api/collections/users/records', {
		email: `${first.key}@peak.kieumau.vn`, password, passwordConfirm: password, verified: true, name: first.name, role: first.role, unit: first.unit
	}, 'user')).id;
	const columns = sqlite('PRAGMA table_info(users)').map((r) => r[1]);
	const q = (v) => `'${String(v).replace(/'/g, "''")}'`;
	const randomId = () => Array.from({ length: 15 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');
	const statements = rest.map((p) => {
		p.id = randomId();
		const set = { id: p.id, email: `${p.key}@peak.kieumau.vn`, tokenKey: randomId() + randomId(), name: p.name, role: p.role, unit: p.unit };
		return `INSERT INTO users (${columns.join(', ')}) SELECT ${columns.map((c) => (c in set ? q(set[c]) : c)).join(', ')} FROM users WHERE id = ${q(first.id)};`;
	});
	const inserted = spawnSync('sqlite3', ['-bail', join(dataDir, 'data.db')], { input: `PRAGMA busy_timeout = 10000;\nBEGIN;\n${statements.join('\n')}\nCOMMIT;\n`, encoding: 'utf8' });
	if (inserted.status !== 0) throw new Error(`users (SQL): ${inserted.stderr}`);
	step(`${people.length} tài khoản đã tạo`);
	await Promise.all(
		chunk(people, Math.ceil(people.length / 8)).map(async (part) => {
			for (const p of part) {
				const out = await must(pb.url, su, 'POST', `/api/collections/users/impersonate/${p.id}`, { duration: 7200 }, 'impersonate');
				tokens.set(p.key, out.token);
			}
		})
	);
	// The generated programmes have no criteria: one of 100 points each, so that a self-assessment scores.
	const programmes = sqlite(`SELECT id FROM programmes WHERE id NOT IN (SELECT programme FROM criteria)`).map((r) => r[0]);
	for (const part of chunk(programmes, 25)) {
		const res = await call(pb.url, su, 'POST', '/api/batch', {
			requests: part.map((programme) => ({
				method: 'POST',
				url: '/api/collections/criteria/records',
				body: { programme, code: '1.1', title: 'Hoàn thành nhiệm vụ chính trị', group: 1, maxScore: 100, order: 1 }
			}))
		}, { timeoutMs: 60_000 });
		if (res.status !== 200) throw new Error(`criteria: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
	}
	const cookieOf = (token) => `pb_auth=${encodeURIComponent(JSON.stringify({ token, record: null }))}`;
	console.log(`• ${people.length} tài khoản (${pilots.length} chi bộ thí điểm, ${drafts.length} hồ sơ nháp, ${districts.length} huyện) sau ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

	// ─── What each kind sends ───────────────────────────────────────────────────────────────
	let n = 0;
	const pick = (list) => list[n++ % list.length];
	const page = (path, token) => attempt(appUrl, null, 'GET', path, undefined, { timeoutMs: TIMEOUT_MS, headers: { cookie: cookieOf(token), accept: 'text/html' } });
	const monthCursor = new Map();
	const nextMonth = (enrollment) => {
		const m = (monthCursor.get(enrollment) ?? 1) + 1;
		monthCursor.set(enrollment, m);
		return m <= 12 ? `${YEAR}-${String(m).padStart(2, '0')}` : null;
	};
	let pilotCursor = 0;
	const idleDrafts = drafts.map(([id, cell, parent]) => ({ id, cell, parent, state: 'draft' }));
	let draftCursor = 0;
	const send = {
		'home (bí thư)': () => page('/', tokens.get(`s-${pick(pilots)[1]}`)),
		'tự đánh giá': () => {
			const [id, cell] = pick(pilots);
			return page(`/enrollments/${id}/assessments`, tokens.get(`s-${cell}`));
		},
		'hộp việc': () => page('/inbox', tokens.get(`o-${pick(districts)}`)),
		'bảng chỉ tiêu': () => page('/dashboard', tokens.get(`o-${pick(districts)}`)),
		'home (cán bộ)': () => page('/', tokens.get(`o-${pick(districts)}`)),
		'tạo tự đánh giá': () => {
			for (let tries = 0; tries < pilots.length; tries++) {
				const [id, cell] = pilots[pilotCursor++ % pilots.length];
				const month = nextMonth(id);
				if (!month) continue;
				return attempt(pb.url, tokens.get(`s-${cell}`), 'POST', '/api/collections/self_assessments/records', { enrollment: id, month, scores: { '1.1': 80 + (n++ % 20) } }, { timeoutMs: TIMEOUT_MS });
			}
			return null;
		},
		'tạo buổi sinh hoạt': () => {
			const [id, cell] = pick(pilots);
			return attempt(pb.url, tokens.get(`s-${cell}`), 'POST', '/api/collections/meetings/records', {
				enrollment: id, date: `${YEAR}-06-15 00:00:00.000Z`, kind: 'regular', topic: 'Sinh hoạt chi bộ định kỳ tháng 6', present: 8, total: 8
			}, { timeoutMs: TIMEOUT_MS });
		},
		'sự kiện hồ sơ': async () => {
			// One event in flight per enrollment: the next idle one, SUBMIT from draft, RETURN from selection.
			for (let tries = 0; tries < idleDrafts.length; tries++) {
				const d = idleDrafts[draftCursor++ % idleDrafts.length];
				if (d.busy) continue;
				d.busy = true;
				const submit = d.state === 'draft';
				const out = await attempt(pb.url, tokens.get(submit ? `s-${d.cell}` : `o-${d.parent}`), 'POST', `/api/enrollments/${d.id}/events`,
					submit ? { type: 'SUBMIT', expectedState: 'draft' } : { type: 'RETURN', comment: 'Đề nghị bổ sung mục tiêu', expectedState: 'selection' }, { timeoutMs: TIMEOUT_MS });
				if (out.status === 200) d.state = submit ? 'selection' : 'draft';
				d.busy = false;
				return out;
			}
			return null;
		}
	};
	// Every kind once before anything is timed: a page or write that fails here fails the run at once.
	for (const kind of Object.keys(send)) {
		const out = await send[kind]();
		if (out && (out.status < 200 || out.status > 299)) throw new Error(`${kind}: ${out.status} ${String(typeof out.body === 'string' ? out.body : JSON.stringify(out.body)).slice(0, 300)}`);
	}

	// Shedding, checked live (always in --smoke): a second app with a limiter of 4 requests in flight
	// and 8 waiting, hit by 60 page loads at once, must answer each with the page (200) or at once
	// with 503, Retry-After and the Vietnamese reason; nothing else, nothing slow.
	if (smoke || values['shed-check']) {
		const tightPort = await freePort();
		const tight = startApp({ port: tightPort, pbUrl: pb.url, env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', MAX_PAGES_IN_FLIGHT: '4', MAX_PAGES_QUEUED: '8', MAX_QUEUE_WAIT_MS: '200' }, quiet: true });
		try {
			const tightUrl = `http://127.0.0.1:${tightPort}`;
			for (let i = 0; ; i++) {
				try {
					if ((await fetch(`${tightUrl}/login`)).ok) break;
				} catch {
					/* not yet */
				}
				if (i > 100) throw new Error('the second app did not start');
				await new Promise((r) => setTimeout(r, 100));
			}
			const officer = tokens.get(`o-${districts[0]}`);
			const burst = await Promise.all(Array.from({ length: 60 }, () =>
				attempt(tightUrl, null, 'GET', '/inbox', undefined, { timeoutMs: TIMEOUT_MS, headers: { cookie: cookieOf(officer), accept: 'text/html' } })));
			const byStatus = {};
			for (const r of burst) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
			const refused = burst.filter((r) => r.status === 503);
			const worstShed = Math.max(0, ...refused.map((r) => r.ms));
			console.log(`• Giãn tải (app thứ hai, 4 trang cùng lúc, 8 chờ): 60 trang cùng lúc → ${Object.entries(byStatus).map(([k, v]) => `${k}: ${v}`).join(', ')}; 503 chậm nhất ${worstShed.toFixed(0)} ms`);
			const problems = [];
			if (!refused.length) problems.push('không có 503 nào');
			if (!burst.some((r) => r.status === 200)) problems.push('không trang nào được phục vụ');
			if (burst.some((r) => r.status !== 200 && r.status !== 503)) problems.push('có trạng thái khác 200/503');
			if (refused.some((r) => r.headers.get('retry-after') !== '2')) problems.push('503 thiếu Retry-After');
			if (refused.some((r) => !String(r.body).includes('Hệ thống đang quá tải'))) problems.push('503 thiếu lời giải thích tiếng Việt');
			if (problems.length) throw new Error(`giãn tải: ${problems.join('; ')}`);
		} finally {
			tight.kill('SIGTERM');
		}
	}

	if (values.ssr) {
		const connections = Number(values.ssr);
		const cpu = (pid) => {
			const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
		};
		console.log(`\nSSR, ${connections} yêu cầu đồng thời, ${DURATION_S} s mỗi trang; tải máy (loadavg 1 phút) ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
		// PocketBase's request log (auxiliary.db, written in batches): its calls per page.
		const logged = () => Number(spawnSync('sqlite3', ['-readonly', join(dataDir, 'auxiliary.db'), 'SELECT COUNT(*) FROM _logs'], { encoding: 'utf8' }).stdout.trim() || 0);
		const settle = () => new Promise((r) => setTimeout(r, 4000));
		console.log('trang              trang/s    p50    p99   lỗi   CPU s (app + PB)   trang / CPU-giây   lượt gọi PB / trang');
		for (const kind of ['hộp việc', 'home (cán bộ)', 'home (bí thư)']) {
			for (let i = 0; i < 20; i++) await send[kind]();
			await settle();
			const logs0 = logged();
			const cpu0 = cpu(app.pid) + cpu(pb.child.pid);
			const appCpu0 = cpu(app.pid);
			const ms = [];
			let failed = 0;
			const started = performance.now();
			await Promise.all(Array.from({ length: connections }, async () => {
				while (performance.now() - started < DURATION_S * 1000) {
					const out = await send[kind]();
					ms.push(out.ms);
					if (out.status !== 200) failed++;
				}
			}));
			const seconds = (performance.now() - started) / 1000;
			const used = cpu(app.pid) + cpu(pb.child.pid) - cpu0;
			const appUsed = cpu(app.pid) - appCpu0;
			ms.sort((a, b) => a - b);
			await settle();
			const calls = (logged() - logs0) / ms.length;
			console.log(`${kind.padEnd(16)}${(ms.length / seconds).toFixed(0).padStart(9)}${percentile(ms, 50).toFixed(0).padStart(7)}${percentile(ms, 99).toFixed(0).padStart(7)}${String(failed).padStart(6)}   ${used.toFixed(1).padStart(6)} (${appUsed.toFixed(1)} + ${(used - appUsed).toFixed(1)})${(ms.length / used).toFixed(0).padStart(12)}${calls.toFixed(2).padStart(20)}`);
			if (failed) exitCode = 1;
		}
		throw null;
	}

	// ─── The load ───────────────────────────────────────────────────────────────────────────
	const stats = new Map(Object.keys(send).map((k) => [k, { ms: [], ok: 0, shed: 0, errors: 0, statuses: {} }]));
	let inFlight = 0;
	let notSent = 0;
	const MAX_IN_FLIGHT = 4000;
	let peakPb = 0;
	let peakApp = 0;
	let peakWal = 0;
	const sampler = setInterval(() => {
		peakPb = Math.max(peakPb, rssMb(pb.child.pid));
		peakApp = Math.max(peakApp, rssMb(app.pid));
		peakWal = Math.max(peakWal, walMb());
	}, 250);
	const pending = new Set();
	function fire(kind, timed) {
		if (inFlight >= MAX_IN_FLIGHT) {
			notSent++;
			return;
		}
		inFlight++;
		const p = Promise.resolve(send[kind]()).then((out) => {
			inFlight--;
			if (!out || !timed) return;
			const s = stats.get(kind);
			s.ms.push(out.ms);
			s.statuses[out.status] = (s.statuses[out.status] ?? 0) + 1;
			if (out.status >= 200 && out.status < 300) s.ok++;
			else if (out.status === 503 || out.status === 429) s.shed++;
			else s.errors++;
		});
		pending.add(p);
		p.finally(() => pending.delete(p));
	}
	/** Open loop: each kind at its share of the rate, spread evenly, whatever the answers do. */
	async function drive(seconds, timed) {
		const kinds = [...READ_MIX.map(([k, share]) => [k, READS * share]), ...WRITE_MIX.map(([k, share]) => [k, WRITES * share])].filter(([, r]) => r > 0);
		const started = performance.now();
		const sent = new Map(kinds.map(([k]) => [k, 0]));
		while (performance.now() - started < seconds * 1000) {
			const elapsed = (performance.now() - started) / 1000;
			for (const [k, rate] of kinds) {
				const due = Math.floor(elapsed * rate);
				while (sent.get(k) < due) {
					sent.set(k, sent.get(k) + 1);
					fire(k, timed);
				}
			}
			await new Promise((r) => setTimeout(r, 2));
		}
	}
	console.log(`• Tải: ${READS} lượt đọc/s + ${WRITES} lượt ghi/s trong ${DURATION_S} s (khởi động ${WARMUP_S} s)…`);
	await drive(WARMUP_S, false);
	const loadStarted = performance.now();
	const load1Before = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
	await drive(DURATION_S, true);
	await Promise.allSettled([...pending]);
	const seconds = (performance.now() - loadStarted) / 1000;
	clearInterval(sampler);
	const load1After = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

	// ─── The report ─────────────────────────────────────────────────────────────────────────
	const pad = (s, w, left = false) => (left ? String(s).padEnd(w) : String(s).padStart(w));
	console.log(`\nKiểu Mẫu — bench:peak: ${CELLS.toLocaleString('vi-VN')} chi bộ, ${READS} đọc/s + ${WRITES} ghi/s mục tiêu, ${seconds.toFixed(0)} s; tải máy (loadavg 1 phút) ${load1Before} → ${load1After} trên 2 lõi`);
	console.log([pad('loại', 20, true), pad('số', 7), pad('/s', 7), pad('p50', 7), pad('p95', 7), pad('p99', 7), pad('tệ nhất', 8), pad('lỗi', 6), pad('giãn tải', 9)].join(' '));
	const all = [];
	let errors = 0;
	let shed = 0;
	let worst = 0;
	const kindRows = [];
	for (const [kind, s] of stats) {
		const sorted = s.ms.slice().sort((a, b) => a - b);
		const ok = s.ms.length ? sorted : [NaN];
		all.push(...sorted);
		errors += s.errors;
		shed += s.shed;
		worst = Math.max(worst, sorted.at(-1) ?? 0);
		const row = { kind, count: s.ms.length, rate: s.ms.length / seconds, p50: percentile(ok, 50), p95: percentile(ok, 95), p99: percentile(ok, 99), worst: sorted.at(-1) ?? NaN, errors: s.errors, shed: s.shed, statuses: s.statuses };
		kindRows.push(row);
		console.log([pad(kind, 20, true), pad(row.count, 7), pad(row.rate.toFixed(1), 7), pad(row.p50.toFixed(0), 7), pad(row.p95.toFixed(0), 7), pad(row.p99.toFixed(0), 7), pad(row.worst.toFixed(0), 8), pad(row.errors, 6), pad(row.shed, 9)].join(' '));
		if (s.errors) console.log(`    trạng thái: ${Object.entries(s.statuses).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
	}
	all.sort((a, b) => a - b);
	const p95 = percentile(all, 95);
	const p99 = percentile(all, 99);
	console.log(`tất cả: ${all.length} yêu cầu (${(all.length / seconds).toFixed(0)}/s), p95 ${p95.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, tệ nhất ${worst.toFixed(0)} ms, lỗi ${errors}, giãn tải ${shed}, chưa gửi (bên tải quá ${MAX_IN_FLIGHT} yêu cầu dở) ${notSent}`);
	console.log(`bộ nhớ đỉnh: PocketBase ${peakPb.toFixed(0)} MB, ứng dụng ${peakApp.toFixed(0)} MB; WAL lớn nhất ${peakWal.toFixed(1)} MB`);
	const noCollapse = worst <= GOALS.worstMs && peakPb <= GOALS.rssMb && errors === 0 && notSent === 0;
	const fast = p95 <= GOALS.p95Ms && p99 <= GOALS.p99Ms;
	console.log(`mục tiêu 1, không sụp (tệ nhất ≤ ${GOALS.worstMs} ms, PocketBase ≤ ${GOALS.rssMb} MB, không lỗi ngoài giãn tải): ${noCollapse ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
	console.log(`mục tiêu 2, nhanh (p95 ≤ ${GOALS.p95Ms} ms, p99 ≤ ${GOALS.p99Ms} ms): ${fast ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
	// A smoke run checks that every kind works (npm test, on a machine busy with other tests): only a
	// failed request fails it; a full run fails when it collapses.
	if (smoke ? errors > 0 || notSent > 0 : !noCollapse) exitCode = 1;
} catch (err) {
	if (err !== null) {
		console.error(err);
		exitCode = 2;
	}
} finally {
	await cleanup();
}
process.exit(exitCode);
