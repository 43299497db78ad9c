// Continuous replication of PocketBase's data.db with Litestream, and the restore from it:
// every change is on the replica within a second of its answer (RPO_MS).
//
// REPLICA_URL (contract): file:///abs/path or s3://bucket/path. Unset, the replica is a folder
// beside the data folder: <data folder>-replica (pb_data → pb_replica, git-ignored). An s3://
// replica takes its endpoint, region and keys from S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY and
// S3_SECRET, the same variables as PocketBase's S3 file storage.
// Litestream's config is written for each run with ${VAR} references: no secret lands on disk.
// Only Node built-ins here: scripts/start.mjs runs this before `npm ci` has happened.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { root, spawnTied } from './pocketbase.mjs';
import { toolPath } from './tools.mjs';

/**
 * What a lost disk may lose: writes answered less than RPO_MS before it. Litestream ships a
 * change in two steps: its monitor copies new WAL frames into its own log every
 * MONITOR_INTERVAL, and the replica uploads that log at most every SYNC_INTERVAL. At its
 * defaults (1 s and 1 s) a write could wait up to 2 s plus the upload: the drill lost writes
 * answered 1.3 s before the kill on a loaded machine. 200 ms + 500 ms leave 300 ms for the
 * upload within the 1 s goal.
 */
export const RPO_MS = 1000;
export const MONITOR_INTERVAL = '200ms';
export const SYNC_INTERVAL = '500ms';
/** A full snapshot every night; snapshots and the changes between them kept a week (point-in-time restore). */
export const SNAPSHOT_INTERVAL = '24h';
export const SNAPSHOT_RETENTION = '168h';
/**
 * Litestream checkpoints the WAL itself (it holds a read transaction so that PocketBase's
 * automatic checkpoints cannot restart the WAL under it) and then commits one row of its own
 * (_litestream_seq). PocketBase opens its transactions DEFERRED: one that read before that commit
 * and writes after it fails with "database is locked (517)" (SQLITE_BUSY_SNAPSHOT), and the
 * request with it. At its default (a checkpoint every 1,000 pages, ~4 MB of WAL) the demo's
 * seed met that once in ~220 lifecycle events. Checkpointing at 25,000 pages (~100 MB of WAL),
 * or after a minute without writes, makes those commits rare while the writes are busy.
 */
export const MIN_CHECKPOINT_PAGES = 25_000;

/** Where the last `npm start` of this clone replicated to: the restore's default when REPLICA_URL is unset. */
const lastReplicaFile = join(root, '.pb', 'last-replica.json');

/** The default replica of a data folder: a sibling folder, so losing the data folder leaves it. */
export function defaultReplicaUrl(dataDir) {
	const abs = resolve(dataDir);
	const name = basename(abs) === 'pb_data' ? 'pb_replica' : `${basename(abs)}-replica`;
	return pathToFileURL(join(dirname(abs), name)).href;
}

/**
 * REPLICA_URL as Litestream needs it: `file://relative/path` and a bare path are taken relative
 * to the current folder (file:///abs/path stays as it is); s3:// untouched.
 */
export function normalizeReplicaUrl(url) {
	if (/^file:\/\/[^/]/.test(url)) return pathToFileURL(resolve(url.slice('file://'.length))).href;
	if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return pathToFileURL(resolve(url)).href;
	return url;
}

export function replicaUrlFor(dataDir, env = process.env) {
	return env.REPLICA_URL ? normalizeReplicaUrl(env.REPLICA_URL) : defaultReplicaUrl(dataDir);
}

export function rememberReplica(url) {
	mkdirSync(dirname(lastReplicaFile), { recursive: true });
	writeFileSync(lastReplicaFile, JSON.stringify({ url }) + '\n');
}

/** REPLICA_URL, else the replica the last `npm start` of this clone wrote to, else the default one of pb_data. */
export function replicaUrlForRestore(env = process.env) {
	if (env.REPLICA_URL) return normalizeReplicaUrl(env.REPLICA_URL);
	if (existsSync(lastReplicaFile)) {
		try {
			const { url } = JSON.parse(readFileSync(lastReplicaFile, 'utf8'));
			if (url) return url;
		} catch {
			/* unreadable: fall through to the default */
		}
	}
	return defaultReplicaUrl(join(root, 'pb_data'));
}

/** Checks a replica URL; returns a Vietnamese reason when it cannot be used, else null. */
export function replicaUrlProblem(url, env = process.env) {
	let u;
	try {
		u = new URL(url);
	} catch {
		return `REPLICA_URL không hợp lệ: "${url}" (cần file:///đường/dẫn hoặc s3://bucket/đường/dẫn)`;
	}
	if (u.protocol === 'file:') return u.pathname && u.pathname !== '/' ? null : `REPLICA_URL thiếu đường dẫn thư mục: "${url}"`;
	if (u.protocol === 's3:') {
		if (!u.hostname) return `REPLICA_URL thiếu tên bucket: "${url}"`;
		const missing = ['S3_ACCESS_KEY', 'S3_SECRET'].filter((k) => !env[k]);
		return missing.length ? `REPLICA_URL là S3 nhưng thiếu biến môi trường ${missing.join(', ')}` : null;
	}
	return `REPLICA_URL chỉ nhận file:// hoặc s3://, không nhận "${u.protocol}"`;
}

/** Litestream's YAML for one database and its replica; S3 settings by ${VAR} reference. */
export function litestreamConfig(dbPath, url, env = process.env) {
	const lines = [
		`# Written by scripts/lib/replica.mjs for ${dbPath}; secrets come from the environment.`,
		'snapshot:',
		`  interval: ${SNAPSHOT_INTERVAL}`,
		`  retention: ${SNAPSHOT_RETENTION}`,
		'dbs:',
		`  - path: ${JSON.stringify(dbPath)}`,
		`    monitor-interval: ${MONITOR_INTERVAL}`,
		`    min-checkpoint-page-count: ${MIN_CHECKPOINT_PAGES}`,
		'    replica:'
	];
	const u = new URL(url);
	if (u.protocol === 'file:') {
		lines.push('      type: file', `      path: ${JSON.stringify(fileURLToPath(u))}`);
	} else {
		lines.push(`      url: ${JSON.stringify(url)}`);
		if (env.S3_ENDPOINT) lines.push('      endpoint: ${S3_ENDPOINT}', '      force-path-style: true');
		if (env.S3_REGION) lines.push('      region: ${S3_REGION}');
		lines.push('      access-key-id: ${S3_ACCESS_KEY}', '      secret-access-key: ${S3_SECRET}');
	}
	lines.push(`      sync-interval: ${SYNC_INTERVAL}`);
	return lines.join('\n') + '\n';
}

/**
 * Litestream's environment. These machines set AWS_CA_BUNDLE, and with it Litestream's S3
 * client fails on a plain-http endpoint ("unable to add custom RootCAs HTTPClient").
 */
export function litestreamEnv(env = process.env) {
	const out = { ...env };
	if (!env.S3_ENDPOINT || env.S3_ENDPOINT.startsWith('http://')) delete out.AWS_CA_BUNDLE;
	return out;
}

function writeConfig(dbPath, url, env) {
	const dir = join(tmpdir(), 'kieumau-litestream');
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const file = join(dir, `${Buffer.from(dbPath).toString('base64url').slice(-48)}-${process.pid}.yml`);
	writeFileSync(file, litestreamConfig(dbPath, url, env), { mode: 0o600 });
	return file;
}

/**
 * Starts `litestream replicate` for <dataDir>/data.db (which must exist: run it after the
 * migration). Resolves once Litestream watches the database and its replica. Its log: `log`.
 * Stop it with SIGTERM: it syncs what is left, then exits.
 */
export async function startLitestream({ dataDir, url = replicaUrlFor(dataDir), quiet = false, env = process.env }) {
	const problem = replicaUrlProblem(url, env);
	if (problem) throw new Error(problem);
	const dbPath = resolve(dataDir, 'data.db');
	const config = writeConfig(dbPath, url, env);
	// Its log goes to a file, never to a pipe of this process: a Go program writing to a pipe
	// whose reader is gone dies of SIGPIPE, and Litestream must outlive a killed parent long
	// enough to sync what is left (it does on the SIGTERM of the parent-death signal).
	const log = config.replace(/\.yml$/, '.log');
	const fd = openSync(log, 'a', 0o600);
	const child = spawnTied(toolPath('litestream'), ['replicate', '-config', config], {
		stdio: ['ignore', fd, fd],
		env: litestreamEnv(env)
	});
	closeSync(fd);
	const output = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
	// npm start keeps its log (its path is printed); tests and drills (quiet) leave nothing behind.
	child.once('exit', () => {
		rmSync(config, { force: true });
		if (quiet) rmSync(log, { force: true });
	});
	// Ready once it watches the database and knows its replica (it then syncs every interval).
	const deadline = performance.now() + 15_000;
	while (!output().includes('replicating to')) {
		if (child.exitCode !== null) throw new Error(`Litestream dừng ngay khi khởi động (mã ${child.exitCode}):\n${output()}`);
		if (performance.now() > deadline) throw new Error(`Litestream không khởi động trong 15 s:\n${output()}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	if (!quiet) console.log(`• Litestream sao chép ${dbPath} → ${url} (nhật ký: ${log})`);
	return { child, url, log, output };
}

/** Stops a child with SIGTERM and waits for it (SIGKILL after `ms`). */
export async function stopChild(child, ms = 15_000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), ms);
	await exited;
	clearTimeout(timer);
}

/**
 * Restores the newest state of the replica (or the state at `timestamp`, RFC 3339) into
 * `dir`/data.db. The folder must be missing or empty. Returns Litestream's output.
 */
export function restoreReplica({ dir, url = replicaUrlForRestore(), timestamp = null, env = process.env }) {
	const problem = replicaUrlProblem(url, env);
	if (problem) throw new Error(problem);
	const dbPath = resolve(dir, 'data.db');
	mkdirSync(dirname(dbPath), { recursive: true });
	const config = writeConfig(dbPath, url, env);
	try {
		const args = ['restore', '-config', config];
		if (timestamp) args.push('-timestamp', timestamp);
		args.push(dbPath);
		const r = spawnSync(toolPath('litestream'), args, { encoding: 'utf8', env: litestreamEnv(env) });
		if (r.status !== 0) throw new Error(`litestream restore thất bại (mã ${r.status}):\n${r.stdout}${r.stderr}`);
		return r.stdout + r.stderr;
	} finally {
		rmSync(config, { force: true });
	}
}
