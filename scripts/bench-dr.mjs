#!/usr/bin/env node
// Disaster drill (`npm run bench:dr`): the machine is lost, the data comes back from S3.
//   1. versitygw (a real S3 server on a local folder) on a free port, with two buckets: one for
//      PocketBase's uploads (its S3 file storage, set from S3_* as npm start does), one for the
//      Litestream replica (REPLICA_URL=s3://…);
//   2. PocketBase + Litestream on a copy of the data (the national data of `npm run
//      generate:national`, .scale/pb_data, or DR_FROM; the integration test: the seeded demo);
//   3. optional: the write stall of PocketBase's built-in backup (POST /api/backups) while one
//      client keeps writing;
//   4. DR_WRITERS clients (default 6) write for DR_WRITE_MS (default 8000): new cells (records,
//      tree counters) and, one in two, their secretary's account with an avatar (a file in S3);
//      every acknowledged write is remembered with the moment of its answer;
//   5. kill -9 of PocketBase and Litestream at once, the data folder deleted;
//   6. `npm run restore`'s code (scripts/lib/replica.mjs restoreReplica) from the S3 replica into
//      an empty folder, then PocketBase + Litestream as npm start runs them;
//   7. every acknowledged write older than the replication bound (1 s) must be there, and every
//      file of those must come back byte for byte from S3 through PocketBase.
// Reports RPO (acknowledged writes lost; the age at the kill of the oldest and the newest lost)
// and RTO (restore start → PocketBase answering), and the backup's write stall.
// Exits non-zero when a write older than the interval or a file is lost.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildHooks } from './build-hooks.mjs';
import { defaults, startPocketBase } from './lib/instance.mjs';
import { ensurePocketBase, freePort, root } from './lib/pocketbase.mjs';
import { applySettings } from './lib/production.mjs';
import { RPO_MS, restoreReplica, startLitestream, stopChild } from './lib/replica.mjs';
import { ensureLitestream, ensureVersitygw, toolPath } from './lib/tools.mjs';

const num = (v, d) => (v === undefined || v === '' || !Number.isFinite(Number(v)) ? d : Number(v));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Litestream's bound (scripts/lib/replica.mjs): acknowledged writes older than this at the kill must survive. */
const INTERVAL_MS = RPO_MS;

let addressCounter = 0;
/** A documentation-range address, new for every request: no per-address rate limit runs out. */
const nextAddress = () => {
	const n = ++addressCounter;
	return `2001:db8:d4::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
};

/** One request; resolves to { status, body }, throws when the server is gone. */
async function call(url, token, method, path, body, timeoutMs = 60_000) {
	const isForm = body instanceof FormData;
	const res = await fetch(url + path, {
		method,
		headers: {
			...(isForm || body === undefined ? {} : { 'Content-Type': 'application/json' }),
			'X-Forwarded-For': nextAddress(),
			...(token ? { Authorization: token } : {})
		},
		body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs)
	});
	const text = await res.text();
	let parsed = null;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		parsed = text;
	}
	return { status: res.status, body: parsed };
}
const ok = (s) => s >= 200 && s < 300;
async function must(url, token, method, path, body, what) {
	const out = await call(url, token, method, path, body);
	if (!ok(out.status)) throw new Error(`${what}: ${out.status} ${JSON.stringify(out.body)}`);
	return out.body;
}
const superuserToken = async (url) =>
	(await must(url, null, 'POST', '/api/collections/_superusers/auth-with-password', { identity: defaults.adminEmail, password: defaults.adminPassword }, 'Đăng nhập quản trị')).token;

/** A valid 1×1 PNG followed by n: each file differs, and its bytes are checked after the restore. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const png = (n) => Buffer.concat([PNG, Buffer.from(`kieumau-dr-${n}`)]);

/** versitygw on a free port over `dir`, with the given buckets (sub-folders). */
async function startS3(dir, buckets) {
	ensureVersitygw();
	for (const b of buckets) mkdirSync(join(dir, b), { recursive: true });
	const port = await freePort();
	const access = 'kieumau-dr';
	const secret = 'kieumau-dr-secret-' + Math.random().toString(36).slice(2);
	const env = { ...process.env };
	delete env.AWS_CA_BUNDLE;
	const child = spawn(toolPath('versitygw'), ['--port', `127.0.0.1:${port}`, '--access', access, '--secret', secret, 'posix', dir], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const endpoint = `http://127.0.0.1:${port}`;
	const deadline = performance.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`versitygw dừng (${child.exitCode}): ${stderr}`);
		try {
			await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
			break;
		} catch {
			if (performance.now() > deadline) throw new Error(`versitygw không trả lời trên ${endpoint}: ${stderr}`);
			await sleep(100);
		}
	}
	return { child, endpoint, access, secret };
}

/**
 * The write stall of PocketBase's built-in backup: one client writes in a loop (new cells, one
 * at a time) while POST /api/backups zips the data folder. Returns the backup's duration and the
 * longest write during it, against the longest write before it.
 */
export async function measureBackupStall(url, token, parent, log = console.log) {
	const latencies = [];
	let stop = false;
	let n = 0;
	const writer = (async () => {
		while (!stop) {
			const t0 = performance.now();
			const r = await call(url, token, 'POST', '/api/collections/units/records', { name: `Chi bộ thử sao lưu ${++n}`, kind: 'cell', parent, cellType: 'residential' }, 3_600_000);
			// A refused write (database is locked after PocketBase's 10 s busy timeout) is a finding, not the end.
			latencies.push({ t: t0, ms: performance.now() - t0, failed: ok(r.status) ? null : `${r.status} ${r.body?.message ?? ''}` });
		}
	})();
	await sleep(1500);
	const baseline = Math.max(0, ...latencies.map((l) => l.ms));
	const started = performance.now();
	const name = `dr_${Math.random().toString(36).slice(2, 8)}.zip`;
	log(`• Sao lưu có sẵn của PocketBase (${name}) trong lúc một máy khách ghi liên tục…`);
	const backup = await call(url, token, 'POST', '/api/backups', { name }, 3_600_000);
	const seconds = (performance.now() - started) / 1000;
	await sleep(500);
	stop = true;
	await writer;
	if (!ok(backup.status)) throw new Error(`POST /api/backups: ${backup.status} ${JSON.stringify(backup.body)}`);
	const during = latencies.filter((l) => l.t + l.ms >= started && l.t <= started + seconds * 1000);
	const stallMs = Math.max(0, ...during.map((l) => l.ms));
	await call(url, token, 'DELETE', `/api/backups/${name}`);
	const failed = latencies.filter((l) => l.failed).map((l) => l.failed);
	return { seconds, stallMs, baselineMs: baseline, writesDuring: during.length, failedWrites: failed.length, failures: [...new Set(failed)] };
}

/**
 * Runs the drill. `from`: a data folder to copy (not running: copied file by file; running:
 * VACUUM INTO with the sqlite3 CLI). Returns the summary; `log` gets the progress lines.
 * @param {{ from?: string, running?: boolean, writers?: number, writeMs?: number, backupStall?: boolean, log?: (line: string) => void }} [options]
 */
export async function disasterDrill({
	from = process.env.DR_FROM || join(root, '.scale', 'pb_data'),
	running = false,
	writers = num(process.env.DR_WRITERS, 6),
	writeMs = num(process.env.DR_WRITE_MS, 8000),
	backupStall = process.env.DR_BACKUP_STALL !== '0',
	log = (line) => console.log(line)
} = {}) {
	ensurePocketBase();
	ensureLitestream();
	ensureVersitygw();
	await buildHooks();
	if (!existsSync(join(from, 'data.db'))) throw new Error(`Không có ${join(from, 'data.db')}: chạy npm run generate:national trước (hoặc đặt DR_FROM)`);
	const started = performance.now();
	const scratch = mkdtempSync(join(tmpdir(), 'kieumau-dr-'));
	const dataDir = join(scratch, 'pb_data');
	const restoredDir = join(scratch, 'restored');
	mkdirSync(dataDir);
	/** @type {import('node:child_process').ChildProcess[]} */
	const children = [];
	/** @type {{ rpo: { acknowledged: number, olderThanInterval: number, lost: number, lostOlderThanInterval: number, oldestLostAgeMs: number | null, newestLostAgeMs: number | null }, files: { acknowledged: number, checked: number, lost: number }, rtoSeconds: number, restoreSeconds: number, dataBytes: number, backup: Awaited<ReturnType<typeof measureBackupStall>> | null, backupAlone: Awaited<ReturnType<typeof measureBackupStall>> | null, refused: string[], problems: string[], seconds: number, failed?: boolean }} */
	const summary = {
		rpo: { acknowledged: 0, olderThanInterval: 0, lost: 0, lostOlderThanInterval: 0, oldestLostAgeMs: null, newestLostAgeMs: null },
		files: { acknowledged: 0, checked: 0, lost: 0 },
		rtoSeconds: 0,
		restoreSeconds: 0,
		dataBytes: 0,
		backup: null,
		backupAlone: null,
		refused: [],
		problems: [],
		seconds: 0
	};
	try {
		// ─── S3, and the environment npm start would get ─────────────────────────────────────
		const s3 = await startS3(join(scratch, 's3'), ['kieumau-files', 'kieumau-replica']);
		children.push(s3.child);
		const env = {
			...process.env,
			S3_ENDPOINT: s3.endpoint,
			S3_BUCKET: 'kieumau-files',
			S3_REGION: 'us-east-1',
			S3_ACCESS_KEY: s3.access,
			S3_SECRET: s3.secret,
			REPLICA_URL: 's3://kieumau-replica/kieumau/data.db'
		};
		log(`• versitygw ${s3.endpoint}; bản sao ${env.REPLICA_URL}; tệp tải lên vào bucket ${env.S3_BUCKET}`);

		// ─── The data ───────────────────────────────────────────────────────────────────────
		for (const f of ['data.db', 'auxiliary.db']) {
			if (!existsSync(join(from, f))) continue;
			if (running) {
				const r = spawnSync('sqlite3', [join(from, f), `VACUUM INTO '${join(dataDir, f)}'`], { encoding: 'utf8', timeout: 600_000 });
				if (r.status !== 0) throw new Error(`Không chép được ${f}: ${r.stderr}`);
			} else {
				copyFileSync(join(from, f), join(dataDir, f));
				for (const side of ['-wal', '-shm']) if (existsSync(join(from, f + side))) copyFileSync(join(from, f + side), join(dataDir, f + side));
			}
		}
		/** @type {Awaited<ReturnType<typeof startLitestream>> | null} */
		let litestream = null;
		const serve = async (dir) =>
			startPocketBase({
				dataDir: dir,
				http: `127.0.0.1:${await freePort()}`,
				quiet: true,
				afterMigrate: async () => {
					litestream = await startLitestream({ dataDir: dir, url: env.REPLICA_URL, quiet: true, env });
					children.push(litestream.child);
				},
				onServe: (pb) => {
					children.push(pb.child);
					return applySettings(pb.url, defaults.adminEmail, defaults.adminPassword, env).then(() => undefined);
				}
			});
		if (backupStall) {
			// The built-in backup alone first: PocketBase on the copy, without Litestream.
			const plain = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
			children.push(plain.child);
			const token = await superuserToken(plain.url);
			const p = (await must(plain.url, token, 'GET', `/api/collections/units/records?perPage=1&skipTotal=1&filter=${encodeURIComponent('kind = "grassroots"')}`, undefined, 'Đảng ủy cơ sở')).items[0]?.id;
			const alone = await measureBackupStall(plain.url, token, p, log);
			log(
				`  không có Litestream: ${alone.seconds.toFixed(1)} s; lần ghi lâu nhất trong lúc đó ${(alone.stallMs / 1000).toFixed(2)} s (trước đó ${(alone.baselineMs / 1000).toFixed(2)} s)` +
					`; ghi bị từ chối ${alone.failedWrites}${alone.failures.length ? ` (${alone.failures.join('; ')})` : ''}`
			);
			summary.backupAlone = alone;
			await stopChild(plain.child);
		}
		let server = await serve(dataDir);
		const ls1 = /** @type {NonNullable<typeof litestream>} */ (litestream);
		// The replica must hold a first snapshot before the drill means anything (in production it
		// was taken long before the disaster).
		const snapStarted = performance.now();
		while (!ls1.output().includes('snapshot complete')) {
			if (ls1.child.exitCode !== null) throw new Error(`Litestream dừng: ${ls1.output()}`);
			if (performance.now() - snapStarted > 900_000) throw new Error('Litestream chưa chụp xong bản đầu tiên sau 15 phút');
			await sleep(200);
		}
		summary.dataBytes = Number(/size=(\d+)/.exec(ls1.output().split('snapshot complete')[1] ?? '')?.[1] ?? 0);
		log(`• Bản chụp đầu tiên lên S3 sau ${((performance.now() - snapStarted) / 1000).toFixed(1)} s (${(summary.dataBytes / 1e6).toFixed(0)} MB nén)`);

		let url = server.url;
		let su = await superuserToken(url);
		const parentRes = await must(url, su, 'GET', `/api/collections/units/records?perPage=1&skipTotal=1&filter=${encodeURIComponent('kind = "grassroots"')}`, undefined, 'Đảng ủy cơ sở');
		const parent = parentRes.items[0]?.id;
		if (!parent) throw new Error('Dữ liệu không có đảng ủy cơ sở');

		if (backupStall) {
			summary.backup = await measureBackupStall(url, su, parent, log);
			log(
				`  có Litestream chạy bên cạnh: ${summary.backup.seconds.toFixed(1)} s; lần ghi lâu nhất trong lúc đó ${(summary.backup.stallMs / 1000).toFixed(2)} s ` +
					`(trước đó ${(summary.backup.baselineMs / 1000).toFixed(2)} s, ${summary.backup.writesDuring} lần ghi); ghi bị từ chối ${summary.backup.failedWrites}` +
					(summary.backup.failures.length ? ` (${summary.backup.failures.join('; ')})` : '')
			);
		}

		// ─── The writers ────────────────────────────────────────────────────────────────────
		/** @type {{ collection: string, id: string, at: number, file?: { name: string, bytes: Buffer } }[]} */
		const acked = [];
		const tag = Math.random().toString(36).slice(2, 6);
		let serial = 0;
		let stopped = false;
		const errors = [];
		async function register(withFile) {
			const n = ++serial;
			const cell = await call(url, su, 'POST', '/api/collections/units/records', { name: `Chi bộ thôn Diễn Tập ${tag} ${n}`, kind: 'cell', parent, cellType: 'residential' });
			if (!ok(cell.status)) throw new Error(`unit ${cell.status} ${JSON.stringify(cell.body)}`);
			acked.push({ collection: 'units', id: cell.body.id, at: performance.now() });
			if (!withFile) return;
			const bytes = png(n);
			const form = new FormData();
			const password = `DienTap@${tag}-${n}`;
			for (const [k, v] of Object.entries({ email: `bithu.dientap.${tag}.${n}@dr.kieumau.vn`, password, passwordConfirm: password, verified: 'true', name: `Bí thư Diễn Tập ${n}`, role: 'secretary', unit: cell.body.id })) form.append(k, v);
			form.append('avatar', new Blob([bytes], { type: 'image/png' }), `anh-${n}.png`);
			const user = await call(url, su, 'POST', '/api/collections/users/records', form);
			if (!ok(user.status)) throw new Error(`user ${user.status} ${JSON.stringify(user.body)}`);
			acked.push({ collection: 'users', id: user.body.id, at: performance.now(), file: { name: user.body.avatar, bytes } });
		}
		log(`• ${writers} máy khách ghi trong ${(writeMs / 1000).toFixed(1)} s rồi kill -9 PocketBase và Litestream…`);
		const running_ = Array.from({ length: writers }, async (_, i) => {
			while (!stopped) {
				try {
					await register(i % 2 === 0);
				} catch (err) {
					if (!stopped) {
						const message = err instanceof Error ? err.message : String(err);
						// A refusal while the server runs is a finding (e.g. database is locked), not the end of the drill.
						if (/^(unit|user) [45]\d\d/.test(message)) summary.refused.push(message);
						else errors.push(message);
						if (summary.refused.length > 50) return;
						continue;
					}
					return;
				}
			}
		});
		await sleep(writeMs);
		// On a loaded machine an account with its avatar can take seconds: the kill waits (at
		// most 20 s more) until a file was acknowledged more than the bound before it.
		const fileDeadline = performance.now() + 20_000;
		while (!acked.some((a) => a.file && performance.now() - a.at > INTERVAL_MS * 1.5) && performance.now() < fileDeadline && !errors.length) await sleep(100);
		// ─── The disaster ───────────────────────────────────────────────────────────────────
		stopped = true;
		const killedAt = performance.now();
		for (const c of [server.child, ls1.child]) c.kill('SIGKILL');
		await Promise.all(running_);
		await Promise.all([server.child, ls1.child].map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)))));
		rmSync(dataDir, { recursive: true, force: true });
		if (errors.length) summary.problems.push(...errors.map((e) => `lỗi ghi: ${e}`));
		log(`• kill -9 sau ${acked.length} lần ghi được xác nhận (${acked.filter((a) => a.file).length} có tệp); thư mục dữ liệu đã xóa`);

		// ─── The restore ────────────────────────────────────────────────────────────────────
		const restoreStarted = performance.now();
		restoreReplica({ dir: restoredDir, url: env.REPLICA_URL, env });
		summary.restoreSeconds = (performance.now() - restoreStarted) / 1000;
		litestream = null;
		server = await serve(restoredDir);
		summary.rtoSeconds = (performance.now() - restoreStarted) / 1000;
		log(`• Khôi phục ${summary.restoreSeconds.toFixed(1)} s; phục vụ lại sau ${summary.rtoSeconds.toFixed(1)} s (RTO)`);

		// ─── The checks ─────────────────────────────────────────────────────────────────────
		url = server.url;
		su = await superuserToken(url);
		const lostAges = [];
		const byCollection = new Map();
		for (const a of acked) {
			if (!byCollection.has(a.collection)) byCollection.set(a.collection, []);
			byCollection.get(a.collection).push(a);
		}
		const found = new Map();
		for (const [collection, list] of byCollection) {
			for (let i = 0; i < list.length; i += 50) {
				const chunk = list.slice(i, i + 50);
				const filter = chunk.map((a) => `id = "${a.id}"`).join(' || ');
				const res = await must(url, su, 'GET', `/api/collections/${collection}/records?perPage=50&skipTotal=1&filter=${encodeURIComponent(filter)}`, undefined, `Đọc ${collection}`);
				for (const r of res.items) found.set(`${collection}/${r.id}`, r);
			}
		}
		const fileToken = (await must(url, su, 'POST', '/api/files/token', undefined, 'Mã đọc tệp')).token;
		for (const a of acked) {
			const age = killedAt - a.at;
			const old = age > INTERVAL_MS;
			summary.rpo.acknowledged++;
			if (old) summary.rpo.olderThanInterval++;
			const record = found.get(`${a.collection}/${a.id}`);
			if (!record) {
				summary.rpo.lost++;
				lostAges.push(age);
				if (old) {
					summary.rpo.lostOlderThanInterval++;
					summary.problems.push(`${a.collection}/${a.id} mất (xác nhận ${(age / 1000).toFixed(2)} s trước khi sập)`);
				}
				continue;
			}
			if (!a.file) continue;
			summary.files.acknowledged++;
			summary.files.checked++;
			const res = await fetch(`${url}/api/files/users/${a.id}/${encodeURIComponent(a.file.name)}?token=${fileToken}`);
			const bytes = Buffer.from(await res.arrayBuffer());
			if (!res.ok || !bytes.equals(a.file.bytes)) {
				summary.files.lost++;
				summary.problems.push(`tệp ${a.file.name} của users/${a.id}: ${res.status}, ${bytes.length} byte thay vì ${a.file.bytes.length}`);
			}
		}
		if (lostAges.length) {
			summary.rpo.oldestLostAgeMs = Math.max(...lostAges);
			summary.rpo.newestLostAgeMs = Math.min(...lostAges);
		}
		if (summary.refused.length) summary.problems.push(...summary.refused.slice(0, 10).map((r) => `từ chối khi đang chạy: ${r}`));
		await stopChild(server.child);
		await stopChild(/** @type {any} */ (litestream)?.child);
	} finally {
		for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
		rmSync(scratch, { recursive: true, force: true });
	}
	summary.seconds = (performance.now() - started) / 1000;
	summary.failed = summary.problems.length > 0;
	const r = summary.rpo;
	log(
		`Tổng kết: ${r.acknowledged} lần ghi được xác nhận (${r.olderThanInterval} cũ hơn ${INTERVAL_MS / 1000} s), mất ${r.lost}` +
			(r.lost ? ` (cũ nhất ${((r.oldestLostAgeMs ?? 0) / 1000).toFixed(2)} s, mới nhất ${((r.newestLostAgeMs ?? 0) / 1000).toFixed(2)} s trước khi sập)` : '') +
			`, mất khi cũ hơn ${INTERVAL_MS / 1000} s: ${r.lostOlderThanInterval}; tệp ${summary.files.checked} kiểm, ${summary.files.lost} mất; ` +
			`RTO ${summary.rtoSeconds.toFixed(1)} s (khôi phục ${summary.restoreSeconds.toFixed(1)} s)` +
			(summary.backupAlone ? `; sao lưu có sẵn ${summary.backupAlone.seconds.toFixed(1)} s, chặn ghi tới ${(summary.backupAlone.stallMs / 1000).toFixed(2)} s` : '') +
			(summary.backup ? ` (có Litestream: ${summary.backup.seconds.toFixed(1)} s, chặn ghi tới ${(summary.backup.stallMs / 1000).toFixed(2)} s)` : '') +
			`; ${summary.seconds.toFixed(1)} s`
	);
	return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		const summary = await disasterDrill();
		for (const p of summary.problems.slice(0, 50)) console.error(`  ✗ ${p}`);
		process.exit(summary.failed ? 1 : 0);
	} catch (err) {
		console.error(err);
		process.exit(2);
	}
}
