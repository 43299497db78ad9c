#!/usr/bin/env node
// Crash durability probe (`npm run bench:crash`): PocketBase is killed with SIGKILL (kill -9)
// while several clients write, then restarted on the same data folder, CRASH_CYCLES times
// (default 20). After every restart it checks that
//   - every write the server acknowledged (2xx, with its id) is still there, fetched by id as
//     superuser (and, for lifecycle events, the enrollment's version is at least the one answered);
//   - SQLite's `PRAGMA integrity_check` says ok on data.db (and auxiliary.db), with the sqlite3 CLI
//     (installed through apt-get when missing);
//   - the dashboard counters (unit_stats, maintained by the hooks in the same transactions as the
//     records) equal the counts computed straight from units and enrollments, for every unit.
//
// One throwaway PocketBase (free port on 127.0.0.1, temporary data folder, the project's
// migrations and hooks, always --dev=false) seeded once with the demo. Writers per cycle
// (CRASH_WRITERS, default 6), until the kill:
//   register  as superuser: a new cell under a grassroots committee of the programme's province
//             (tree counters) and its secretary's account; as that secretary: the registration
//             (records API: rule, enrollment hooks, state counters) and SUBMIT (lifecycle API:
//             statechart, approval, audit row and counters in one transaction);
//   meet      as the secretary of a pilot cell of the demo: meetings of that enrollment;
//   read      as superuser: marks the demo's unread notifications read, each one once.
// The kill comes after a random CRASH_MIN_MS–CRASH_MAX_MS (default 500–3000 ms) of writing, counted
// from the cycle's first acknowledged write (at most 20 s after the start: every cycle is bounded).
// The rate limiter stays on; every request carries its own X-Forwarded-For address (trusted from
// the loopback), as many people each acting once (see scripts/bench-lifecycle.mjs).
//
// Prints one line per cycle and a summary; exits non-zero if a write is lost, the database is
// damaged or a counter differs. tests/integration/crash.test.ts runs crashBench() in a smoke mode;
// `--smoke` (npm test's benchmark step) runs one short cycle.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchScratch } from './lib/bench-scratch.mjs';
import { httpClient, smoke } from './lib/bench-http.mjs';
import { today } from './lib/clock.mjs';
import { defaults, startPocketBase } from './lib/instance.mjs';
import { freePort, root, servePocketBase } from './lib/pocketbase.mjs';

const num = (v, d) => (v === undefined || v === '' || !Number.isFinite(Number(v)) ? d : Number(v));

/** The sqlite3 CLI, installed with apt-get when missing (like ensureChromium in scripts/lib/setup.mjs). */
export function ensureSqlite3() {
	if (spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0) return;
	console.log('• Cài đặt sqlite3 (apt-get)…');
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	const apt = (args) => {
		const r = spawnSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
	};
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', 'sqlite3']);
}

/** `PRAGMA integrity_check` of one database file: 'ok' or SQLite's list of problems. */
function integrityCheck(file) {
	if (!existsSync(file)) return 'ok';
	const r = spawnSync('sqlite3', [file, 'PRAGMA integrity_check;'], { encoding: 'utf8', timeout: 60_000 });
	return r.status === 0 ? r.stdout.trim() : `sqlite3 exit ${r.status}: ${r.stderr.trim()}`;
}

/** One HTTP request (own X-Forwarded-For address, 10 s time limit); `must` throws unless 2xx. */
const { call, must } = httpClient('2001:db8:c4');

/** Every record of a collection as superuser (pages of 500). */
async function listAll(url, token, collection, query = '') {
	const items = [];
	for (let page = 1; ; page++) {
		const out = await must(url, token, 'GET', `/api/collections/${collection}/records?perPage=500&page=${page}&skipTotal=1${query}`, undefined, `Đọc ${collection}`);
		items.push(...out.items);
		if (out.items.length < 500) return items;
	}
}

/** At most this long from a (re)start to the first acknowledged write: each cycle stays bounded. */
const WARM_CAP_MS = 20_000;
const ok = (s) => s >= 200 && s < 300;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the probe. Returns the summary; `log` gets one line per cycle.
 * Options: cycles, writers, minMs / maxMs (the writing window before the kill), from (the data
 * folder of a running, seeded PocketBase to copy instead of seeding: the smoke test's shortcut).
 * @param {{ cycles?: number, writers?: number, minMs?: number, maxMs?: number, from?: string | null, log?: (line: string) => void }} [options]
 */
export async function crashBench({
	cycles = num(process.env.CRASH_CYCLES, smoke ? 1 : 20),
	writers = num(process.env.CRASH_WRITERS, 6),
	minMs = num(process.env.CRASH_MIN_MS, smoke ? 300 : 500),
	maxMs = num(process.env.CRASH_MAX_MS, smoke ? 600 : 3000),
	from = null,
	log = (line) => console.log(line)
} = {}) {
	ensureSqlite3();
	const started = performance.now();
	const scratch = await benchScratch('kieumau-crash-');
	const { dataDir } = scratch;
	let server = null;
	const stop = async (signal) => {
		if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
		const exited = new Promise((r) => server.child.once('exit', r));
		server.child.kill(signal);
		await exited;
	};
	const serve = async () => (server = await servePocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true }));
	/** @type {{ acknowledged: number, lost: number, integrityFailures: number, counterMismatches: number }[]} */
	const perCycle = [];
	/** @type {{ perCycle: typeof perCycle, cycles: number, acknowledged: number, lost: number, integrityFailures: number, counterMismatches: number, seconds: number, problems: string[], failed?: boolean }} */
	const summary = { perCycle, cycles: 0, acknowledged: 0, lost: 0, integrityFailures: 0, counterMismatches: 0, seconds: 0, problems: [] };
	try {
		// ─── The demo, once ─────────────────────────────────────────────────────────────────
		const seedStarted = performance.now();
		if (from) {
			// A consistent copy of an already seeded server's databases (the integration run's), even while it runs.
			log(`• Dữ liệu tạm thời: ${dataDir}; chép dữ liệu mẫu từ ${from}…`);
			for (const f of ['data.db', 'auxiliary.db']) {
				const r = spawnSync('sqlite3', [join(from, f), `VACUUM INTO '${join(dataDir, f)}'`], { encoding: 'utf8', timeout: 60_000 });
				if (r.status !== 0) throw new Error(`Không chép được ${f}: ${r.stderr}`);
			}
			server = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: false });
		} else {
			log(`• Dữ liệu tạm thời: ${dataDir}; nạp dữ liệu mẫu…`);
			const originalLog = console.log;
			console.log = () => {}; // the seed's progress lines
			try {
				server = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: true });
			} finally {
				console.log = originalLog;
			}
		}
		log(`• Dữ liệu mẫu sau ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
		let url = server.url;
		// Tokens are signed with each account's token key, which survives restarts.
		const su = (await must(url, null, 'POST', '/api/collections/_superusers/auth-with-password', { identity: defaults.adminEmail, password: defaults.adminPassword }, 'Đăng nhập quản trị')).token;
		const impersonate = async (userId) => (await must(url, su, 'POST', `/api/collections/users/impersonate/${userId}`, { duration: 86400 }, 'Mạo danh')).token;

		const pilot = (await must(url, su, 'GET', `/api/collections/enrollments/records?perPage=1&filter=${encodeURIComponent('state = "pilot"')}&expand=programme`, undefined, 'Hồ sơ thí điểm')).items[0];
		if (!pilot) throw new Error('Dữ liệu mẫu không có hồ sơ đang thí điểm');
		const programme = pilot.expand.programme;
		const pilotSecretary = (await must(url, su, 'GET', `/api/collections/users/records?perPage=1&filter=${encodeURIComponent(`role = "secretary" && unit = "${pilot.cell}"`)}`, undefined, 'Bí thư chi bộ thí điểm')).items[0];
		if (!pilotSecretary) throw new Error('Chi bộ thí điểm không có tài khoản bí thư');
		const pilotToken = await impersonate(pilotSecretary.id);
		const grassroots = (await listAll(url, su, 'units', `&filter=${encodeURIComponent('kind = "grassroots"')}`)).find((u) => u.path.includes(programme.owner));
		if (!grassroots) throw new Error('Không có đảng ủy cơ sở trong tỉnh của chương trình');
		const unread = (await listAll(url, su, 'notifications', `&filter=${encodeURIComponent("readAt = ''")}&fields=id`)).map((n) => n.id);
		const day = today();
		log(`• Hồ sơ thí điểm ${pilot.id}, đảng ủy ${grassroots.code || grassroots.name}, ${unread.length} thông báo chưa đọc`);

		/** Acknowledged writes: { collection, id, version? }. */
		const acked = [];
		const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
		let serial = 0;

		// ─── The writers ────────────────────────────────────────────────────────────────────
		const writer = {
			async register(state) {
				const n = ++serial;
				const cellRes = await call(url, su, 'POST', '/api/collections/units/records', {
					name: `Chi bộ thôn Thử Sập ${tag} ${n}`,
					kind: 'cell',
					parent: grassroots.id,
					cellType: 'residential',
					memberCount: 12
				});
				if (!ok(cellRes.status)) throw new Error(`unit ${cellRes.status} ${JSON.stringify(cellRes.body)}`);
				acked.push({ collection: 'units', id: cellRes.body.id });
				const cell = cellRes.body;
				const password = `ThuSap@${tag}-${n}`;
				const userRes = await call(url, su, 'POST', '/api/collections/users/records', {
					email: `bithu.thusap.${tag.toLowerCase()}.${n}@crash.kieumau.vn`,
					password,
					passwordConfirm: password,
					verified: true,
					name: `Bí thư Thử Sập ${n}`,
					role: 'secretary',
					unit: cell.id
				});
				if (!ok(userRes.status)) throw new Error(`user ${userRes.status} ${JSON.stringify(userRes.body)}`);
				acked.push({ collection: 'users', id: userRes.body.id });
				const impRes = await call(url, su, 'POST', `/api/collections/users/impersonate/${userRes.body.id}`, { duration: 3600 });
				if (!ok(impRes.status)) throw new Error(`impersonate ${impRes.status} ${JSON.stringify(impRes.body)}`);
				const sec = impRes.body.token;
				const enrRes = await call(url, sec, 'POST', '/api/collections/enrollments/records', {
					cell: cell.id,
					programme: programme.id,
					goals: 'Xây dựng chi bộ đoàn kết, nền nếp sinh hoạt, lãnh đạo thực hiện tốt nhiệm vụ chính trị của thôn.',
					commitments: 'Chi bộ cam kết thực hiện đầy đủ các bước của chương trình.',
					contactName: `Bí thư Thử Sập ${n}`,
					contactPhone: '0912345678'
				});
				if (!ok(enrRes.status)) throw new Error(`enrollment ${enrRes.status} ${JSON.stringify(enrRes.body)}`);
				acked.push({ collection: 'enrollments', id: enrRes.body.id, version: enrRes.body.version });
				const evRes = await call(url, sec, 'POST', `/api/enrollments/${enrRes.body.id}/events`, { type: 'SUBMIT', expectedState: 'draft' });
				if (!ok(evRes.status)) throw new Error(`SUBMIT ${evRes.status} ${JSON.stringify(evRes.body)}`);
				acked.push({ collection: 'enrollments', id: enrRes.body.id, version: evRes.body.version, state: evRes.body.state });
				state.done++;
			},
			async meet(state) {
				const n = ++serial;
				const res = await call(url, pilotToken, 'POST', '/api/collections/meetings/records', {
					enrollment: pilot.id,
					date: `${day} 12:00:00.000Z`,
					kind: 'regular',
					topic: `Sinh hoạt chi bộ (thử sập ${tag} ${n})`,
					present: 9,
					total: 10,
					excused: 1,
					resolutions: 'Chi bộ thống nhất các nội dung lãnh đạo trong tháng.'
				});
				if (!ok(res.status)) throw new Error(`meeting ${res.status} ${JSON.stringify(res.body)}`);
				acked.push({ collection: 'meetings', id: res.body.id });
				state.done++;
			},
			async read(state) {
				const id = unread.shift();
				if (!id) return sleep(50);
				const res = await call(url, su, 'PATCH', `/api/collections/notifications/records/${id}`, { readAt: `${day} 08:00:00.000Z` });
				if (!ok(res.status)) throw new Error(`notification ${res.status} ${JSON.stringify(res.body)}`);
				acked.push({ collection: 'notifications', id, read: true });
				state.done++;
			}
		};
		const kinds = ['register', 'meet', 'register', 'read', 'register', 'meet'];

		// ─── The checks after a restart ─────────────────────────────────────────────────────
		const { bucketDelta, STATS_COLUMNS, TREE_COLUMNS, TREE_YEAR } = createRequire(import.meta.url)(join(root, 'pb_hooks/lib/generated/domain.cjs'));
		async function lostWrites() {
			const lost = [];
			const byCollection = new Map();
			for (const a of acked) {
				if (!byCollection.has(a.collection)) byCollection.set(a.collection, new Map());
				const m = byCollection.get(a.collection);
				const prev = m.get(a.id);
				// The latest acknowledgement of a record is what must be there.
				if (!prev || (a.version ?? 0) >= (prev.version ?? 0)) m.set(a.id, a);
			}
			for (const [collection, wants] of byCollection) {
				const ids = [...wants.keys()];
				for (let i = 0; i < ids.length; i += 50) {
					const chunk = ids.slice(i, i + 50);
					const filter = chunk.map((id) => `id = "${id}"`).join(' || ');
					const found = new Map((await listAll(url, su, collection, `&filter=${encodeURIComponent(filter)}`)).map((r) => [r.id, r]));
					for (const id of chunk) {
						const want = wants.get(id);
						const got = found.get(id);
						if (!got) lost.push(`${collection}/${id} không còn`);
						else if (want.version !== undefined && got.version < want.version) lost.push(`${collection}/${id} version ${got.version} < ${want.version}`);
						else if (want.read && !got.readAt) lost.push(`${collection}/${id} mất readAt`);
					}
				}
			}
			return lost;
		}
		async function counterMismatches() {
			const [units, enrollments, rows] = await Promise.all([listAll(url, su, 'units'), listAll(url, su, 'enrollments'), listAll(url, su, 'unit_stats')]);
			const cells = units.filter((u) => u.kind === 'cell');
			const grassrootsCells = new Set(cells.filter((c) => c.isGrassroots).map((c) => c.id));
			const years = [...new Set(enrollments.map((e) => e.year))];
			const stored = new Map();
			for (const row of rows) {
				const cols = row.year === TREE_YEAR ? TREE_COLUMNS : STATS_COLUMNS;
				const key = `${row.unit}:${row.year}`;
				const counts = stored.get(key) ?? {};
				for (const c of cols) if (row[c]) counts[c] = (counts[c] ?? 0) + row[c];
				stored.set(key, counts);
			}
			const mismatches = [];
			const norm = (o) => JSON.stringify(Object.entries(o).filter(([, v]) => v !== 0).sort());
			for (const unit of units) {
				const within = (path) => path.startsWith(unit.path);
				const mine = cells.filter((c) => within(c.path));
				const tree = { cells: mine.length, cellsGrassroots: mine.filter((c) => c.isGrassroots).length };
				if (norm(tree) !== norm(stored.get(`${unit.id}:${TREE_YEAR}`) ?? {})) {
					mismatches.push(`${unit.code || unit.name} (cây): cần ${norm(tree)} có ${norm(stored.get(`${unit.id}:${TREE_YEAR}`) ?? {})}`);
				}
				for (const year of years) {
					const want = {};
					for (const e of enrollments) {
						if (e.year !== year || !within(e.path)) continue;
						const delta = bucketDelta(null, { state: e.state, cellType: e.cellType, rating: e.rating, isGrassroots: grassrootsCells.has(e.cell) });
						for (const [k, v] of Object.entries(delta)) want[k] = (want[k] ?? 0) + v;
					}
					const got = stored.get(`${unit.id}:${year}`) ?? {};
					if (norm(want) !== norm(got)) mismatches.push(`${unit.code || unit.name} (${year}): cần ${norm(want)} có ${norm(got)}`);
				}
			}
			return mismatches;
		}

		// ─── The cycles ─────────────────────────────────────────────────────────────────────
		for (let cycle = 1; cycle <= cycles; cycle++) {
			const cycleStarted = performance.now();
			const before = acked.length;
			let stopped = false;
			const errors = [];
			const states = Array.from({ length: writers }, (_, i) => ({ kind: kinds[i % kinds.length], done: 0 }));
			const running = states.map(async (state) => {
				while (!stopped) {
					try {
						await writer[state.kind](state);
					} catch (err) {
						// After the kill every request fails: that is the point. Before it, a refusal is a bug of the probe.
						if (!stopped) errors.push(`${state.kind}: ${err.message}`);
						return;
					}
				}
			});
			// The window starts at the cycle's first acknowledged write: a freshly started server
			// (its pool of hook VMs) can take seconds on a loaded machine before it answers.
			const warmStarted = performance.now();
			while (acked.length === before && performance.now() - warmStarted < WARM_CAP_MS && !errors.length) await sleep(20);
			const windowStart = performance.now();
			const windowMs = minMs + Math.random() * Math.max(0, maxMs - minMs);
			await sleep(windowMs);
			stopped = true;
			await stop('SIGKILL');
			await Promise.all(running);
			const acknowledged = acked.length - before;

			await serve();
			url = server.url;
			const integrity = ['data.db', 'auxiliary.db'].map((f) => [f, integrityCheck(join(dataDir, f))]).filter(([, r]) => r !== 'ok');
			// A damaged database may refuse the reads: that is a finding of this cycle, not a crash of the probe.
			const unreadable = [];
			const attempt = async (what, fn) => {
				try {
					return await fn();
				} catch (err) {
					unreadable.push(`${what}: ${err.message}`);
					return [];
				}
			};
			const lost = await attempt('kiểm tra lần ghi', lostWrites);
			const mismatches = await attempt('kiểm tra bộ đếm', counterMismatches);

			summary.cycles++;
			summary.perCycle.push({ acknowledged, lost: lost.length, integrityFailures: integrity.length, counterMismatches: mismatches.length });
			summary.acknowledged = acked.length;
			summary.lost = lost.length;
			summary.integrityFailures += integrity.length;
			summary.counterMismatches += mismatches.length;
			for (const p of [...errors.map((e) => `lỗi ghi trước khi dừng: ${e}`), ...unreadable.map((e) => `không đọc được sau khi khởi động lại: ${e}`), ...lost, ...integrity.map(([f, r]) => `${f}: ${r}`), ...mismatches]) {
				summary.problems.push(`chu kỳ ${cycle}: ${p}`);
			}
			const perCollection = Object.entries(
				acked.slice(before).reduce((acc, a) => ((acc[a.collection] = (acc[a.collection] ?? 0) + 1), acc), {})
			).map(([k, v]) => `${k} ${v}`).join(', ');
			log(
				`chu kỳ ${String(cycle).padStart(2)}: khởi động ${((windowStart - warmStarted) / 1000).toFixed(1)} s, ghi ${(windowMs / 1000).toFixed(1)} s, kill -9; xác nhận ${acknowledged} (${perCollection}); ` +
					`mất ${lost.length}; integrity ${integrity.length ? 'LỖI' : 'ok'}; bộ đếm lệch ${mismatches.length}; ` +
					`lỗi ghi ${errors.length}${unreadable.length ? `; KHÔNG ĐỌC ĐƯỢC ${unreadable.length}` : ''}; ${((performance.now() - cycleStarted) / 1000).toFixed(1)} s`
			);
		}
	} finally {
		await stop('SIGTERM');
		scratch.cleanup();
	}
	summary.seconds = (performance.now() - started) / 1000;
	summary.failed = summary.lost > 0 || summary.integrityFailures > 0 || summary.counterMismatches > 0 || summary.problems.length > 0;
	log(
		`Tổng kết: ${summary.cycles} chu kỳ, ${summary.acknowledged} lần ghi được xác nhận, mất ${summary.lost}, ` +
			`integrity lỗi ${summary.integrityFailures}, bộ đếm lệch ${summary.counterMismatches}, ${summary.seconds.toFixed(1)} s`
	);
	return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		const summary = await crashBench();
		for (const p of summary.problems.slice(0, 50)) console.error(`  ✗ ${p}`);
		process.exit(summary.failed ? 1 : 0);
	} catch (err) {
		console.error(err);
		process.exit(2);
	}
}
