// Building, migrating and serving the real PocketBase server.
// Only Node built-ins here: scripts/start.mjs runs this before `npm ci` has happened.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');

/** The one place the server version is pinned: package.json → "pocketbase.version". */
export const pbVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).pocketbase.version;

const binDir = join(root, '.pb');
export const pbBinary = join(binDir, 'pocketbase');
const versionFile = join(binDir, 'VERSION');

/** Builds the pinned PocketBase from its Go module unless that exact version is already there. */
export function ensurePocketBase() {
	if (existsSync(pbBinary) && existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim() === pbVersion) {
		return pbBinary;
	}
	console.log(`• Đang build PocketBase v${pbVersion} từ Go module (lần đầu mất vài phút)…`);
	const gobin = join(binDir, 'gobin');
	rmSync(gobin, { recursive: true, force: true });
	mkdirSync(gobin, { recursive: true });
	const r = spawnSync('go', ['install', `github.com/pocketbase/pocketbase/examples/base@v${pbVersion}`], {
		stdio: 'inherit',
		env: { ...process.env, GOBIN: gobin, CGO_ENABLED: '0' }
	});
	if (r.status !== 0) throw new Error(`go install PocketBase v${pbVersion} failed (exit ${r.status})`);
	renameSync(join(gobin, 'base'), pbBinary);
	rmSync(gobin, { recursive: true, force: true });
	writeFileSync(versionFile, pbVersion + '\n');
	return pbBinary;
}

/** The folder flags every invocation needs: a go-installed binary would otherwise look beside itself. */
export function dirFlags(dataDir) {
	return [
		`--dir=${dataDir}`,
		`--hooksDir=${join(root, 'pb_hooks')}`,
		`--migrationsDir=${join(root, 'pb_migrations')}`,
		`--publicDir=${join(root, 'static', 'pb_public')}`
	];
}

/** One-off commands (migrate, superuser): never in dev mode, which would print every SQL statement. */
function runPb(args, dataDir) {
	const r = spawnSync(pbBinary, [...args, '--dev=false', ...dirFlags(dataDir)], { encoding: 'utf8' });
	if (r.status !== 0) {
		throw new Error(`pocketbase ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	}
	return r.stdout;
}

export function migrate(dataDir) {
	mkdirSync(dataDir, { recursive: true });
	runPb(['migrate', 'up'], dataDir);
}

export function upsertSuperuser(dataDir, email, password) {
	runPb(['superuser', 'upsert', email, password], dataDir);
}

/**
 * How PocketBase runs under load, in one place (issue 12), each overridable from the environment:
 *  - PB_HOOKS_POOL (--hooksPool, default 64): the JS workers kept ready. A hook holds its worker
 *    until its e.next() returns, so a request ties up one worker per JS hook level it passes
 *    (a lifecycle event: the route, then the enrollment's update hooks, up to 4); past the pool
 *    each request builds a throwaway worker and loads the domain bundle again (the collapse of
 *    issue 12). 64 = SvelteKit's 16 requests in flight (src/lib/server/load-shed.ts) × 4 levels;
 *    PocketBase's rate limiter (429) bounds what direct API clients add. Measured (README, "Peak
 *    load"): ~0.25 MB per ready worker, +11 MB once a hook loaded the whole domain bundle in it
 *    (the lifecycle route, the inbox), +0.1 MB for the small records bundle: at most ~0.75 GB.
 *  - PB_GOMEMLIMIT (GOMEMLIMIT, default 1536MiB): the Go heap's soft limit: the collector works
 *    harder near it instead of letting the heap grow to twice the live data; SQLite's page cache
 *    lives inside it (modernc's SQLite is Go).
 *  - PB_QUERY_TIMEOUT (--queryTimeout, default 10 s, PocketBase's own is 30): a query stuck
 *    behind a stall fails sooner, so a client's retry replaces it instead of piling up.
 */
export function loadFlags() {
	return [`--hooksPool=${Number(process.env.PB_HOOKS_POOL || 64)}`, `--queryTimeout=${Number(process.env.PB_QUERY_TIMEOUT || 10)}`];
}

export function loadEnv() {
	return { GOMEMLIMIT: process.env.PB_GOMEMLIMIT || process.env.GOMEMLIMIT || '1536MiB' };
}

/**
 * Starts `pocketbase serve` and resolves once its health endpoint answers. Hooks are not
 * watched unless asked (development): a watched server restarts whenever a hook file is saved,
 * which would cut a test run or a benchmark off in the middle. Dev mode (every SQL statement
 * logged) is off unless asked, explicitly: `npm run dev` alone asks for it, never `npm start`,
 * the tests or a benchmark by accident. The load settings are loadFlags() and loadEnv().
 */
export async function servePocketBase({ dataDir, http, quiet = false, watchHooks = false, dev = false, tied = false }) {
	const args = ['serve', `--http=${http}`, '--automigrate=false', `--hooksWatch=${watchHooks}`, `--dev=${dev}`, ...loadFlags(), ...dirFlags(dataDir)];
	const child = (tied ? spawnTied : spawn)(pbBinary, args, {
		stdio: quiet ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, ...loadEnv() }
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	const url = `http://${http}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`PocketBase exited early (${child.exitCode}):\n${stderr}`);
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) return { child, url };
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	child.kill();
	throw new Error(`PocketBase did not answer on ${url} within 30 s:\n${stderr}`);
}

/**
 * Spawns a child that ends when this process ends, however it ends (kill -9 included): Linux's
 * parent-death signal (SIGTERM) through util-linux's setpriv, which execs the command in place
 * (same pid). Without setpriv, a plain spawn.
 * @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnOptions} opts
 */
export function spawnTied(cmd, args, opts) {
	if (process.platform === 'linux' && existsSync('/usr/bin/setpriv')) {
		return spawn('/usr/bin/setpriv', ['--pdeathsig', 'TERM', '--', cmd, ...args], opts);
	}
	return spawn(cmd, args, opts);
}

/** A port nobody is listening on, for test servers that must not collide. */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => resolvePort(typeof addr === 'object' && addr ? addr.port : 0));
		});
	});
}
