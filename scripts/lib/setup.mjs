// What both `npm start` and `npm test` need before anything runs: npm packages, the pinned
// PocketBase build, the hooks bundle of the lifecycle. Node built-ins only until `npm ci` ran.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePocketBase, root } from './pocketbase.mjs';
import { ensureLitestream, ensureVersitygw } from './tools.mjs';

export function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Installs the npm packages when node_modules is missing or older than the lockfile.
 * `npm ci` first; npm 11.19 (this machine's) rejects its own lockfiles in `npm ci` when they
 * record only this platform's optional packages (rollup's), so `npm install`, which installs
 * the same locked versions, is the fallback.
 */
export function ensureNodeModules() {
	// A second checkout (a git worktree) that borrows another's packages through a symlink must
	// not reinstall them: `npm ci` there would empty the folder under the other checkout.
	if (existsSync(join(root, 'node_modules')) && lstatSync(join(root, 'node_modules')).isSymbolicLink()) return;
	const marker = join(root, 'node_modules', '.package-lock.json');
	const lock = join(root, 'package-lock.json');
	if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
	console.log('• Cài đặt gói npm…');
	const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'pipe', cwd: root });
	if (ci.status === 0) return;
	console.log('• npm ci không dùng được lockfile này; cài bằng npm install theo đúng phiên bản đã khóa…');
	run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
}

/** Debian's Chromium for the e2e tests; never a browser download. */
export function ensureChromium() {
	if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
	console.log('• Cài đặt Chromium của Debian (apt-get)…');
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	const apt = (args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', 'chromium']);
}

/** Bundles the lifecycle domain for the hooks engine (see scripts/build-hooks.mjs). */
export async function buildHooksBundle() {
	const { buildHooks } = await import('../build-hooks.mjs');
	await buildHooks();
}

/**
 * Litestream always (npm start replicates with it; the disaster drill restores with it);
 * versitygw, the local S3 server of the disaster drill, for `npm test`.
 */
export async function prepare({ chromium = false, versitygw = false } = {}) {
	ensureNodeModules();
	ensurePocketBase();
	ensureLitestream();
	if (versitygw) ensureVersitygw();
	if (chromium) ensureChromium();
	await buildHooksBundle();
}
