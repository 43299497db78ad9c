// One running instance of the product: a migrated PocketBase with its superuser (and, on
// request, the demo data) plus, optionally, the built SvelteKit app in front of it.
// Used by `npm start`, the e2e server and the benchmarks, so they all start the same way.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, root, servePocketBase, spawnTied, upsertSuperuser } from './pocketbase.mjs';

export const defaults = {
	adminEmail: process.env.PB_ADMIN_EMAIL || 'admin@kieumau.vn',
	adminPassword: process.env.PB_ADMIN_PASSWORD || 'KieuMau@Admin2026'
};

/**
 * Migrates, upserts the superuser and serves PocketBase; then `afterMigrate` (before serving:
 * npm start starts Litestream there), `onServe` (before seeding: the settings from the
 * environment) and, when `seed`, the demo, once per data folder. A folder that already holds
 * units (a restored replica, whose marker file did not come back with it) is never seeded again.
 * `tied`: PocketBase ends with this process, even on kill -9 (npm start).
 * @param {{ dataDir: string, http: string, quiet?: boolean, seed?: boolean, watchHooks?: boolean, dev?: boolean, tied?: boolean,
 *   afterMigrate?: () => Promise<void> | void, onServe?: (pb: { child: import('node:child_process').ChildProcess, url: string }) => Promise<void> | void }} options
 */
export async function startPocketBase({ dataDir, http, quiet = false, seed = false, watchHooks = false, dev = false, tied = false, afterMigrate, onServe }) {
	migrate(dataDir);
	upsertSuperuser(dataDir, defaults.adminEmail, defaults.adminPassword);
	await afterMigrate?.();
	const pb = await servePocketBase({ dataDir, http, quiet, watchHooks, dev, tied });
	await onServe?.(pb);
	const marker = join(dataDir, '.demo-seeded');
	if (seed && !existsSync(marker) && (await holdsUnits(pb.url))) {
		console.log('• Thư mục dữ liệu đã có dữ liệu (ví dụ bản khôi phục): không nạp lại dữ liệu mẫu.');
		writeFileSync(marker, 'restored: data was already there\n');
	} else if (seed && !existsSync(marker)) {
		console.log('• Nạp dữ liệu mẫu…');
		const { seedAll } = await import('../seed.mjs');
		await seedAll({ url: pb.url, email: defaults.adminEmail, password: defaults.adminPassword });
		// Real time: when this data folder was seeded, a record of the machine, not a business date.
		writeFileSync(marker, new Date().toISOString() + '\n');
	}
	return pb;
}

/** Whether the database already holds any unit (asked as the superuser). */
async function holdsUnits(url) {
	const auth = await fetch(`${url}/api/collections/_superusers/auth-with-password`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ identity: defaults.adminEmail, password: defaults.adminPassword })
	});
	if (!auth.ok) throw new Error(`Không đăng nhập được quản trị ${defaults.adminEmail} (${auth.status})`);
	const { token } = await auth.json();
	const res = await fetch(`${url}/api/collections/units/records?perPage=1&skipTotal=1&fields=id`, { headers: { Authorization: token } });
	if (!res.ok) throw new Error(`Không đọc được danh sách đơn vị (${res.status})`);
	return (await res.json()).items.length > 0;
}

/**
 * Serves the built app (adapter-node output in build/) in front of PocketBase. ORIGIN is the
 * address people open: adapter-node otherwise assumes https, and SvelteKit's CSRF check then
 * refuses every form posted over plain http.
 */
export function startApp({ port, pbUrl, env = {}, quiet = false, tied = false }) {
	if (!existsSync(join(root, 'build', 'index.js'))) throw new Error('build/ is missing: run `npm run build` first');
	return (tied ? spawnTied : spawn)(process.execPath, [join(root, 'build', 'index.js')], {
		stdio: quiet ? 'ignore' : 'inherit',
		env: {
			...process.env,
			PORT: String(port),
			HOST: process.env.HOST || '0.0.0.0',
			ORIGIN: process.env.ORIGIN || `http://localhost:${port}`,
			// Uploads (resolution, minutes, photos) may be up to 10 MB; adapter-node's default is 512 KB.
			BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '11M',
			PB_URL: pbUrl,
			...env
		}
	});
}

/** Stops children when this process is told to stop, so no server outlives `npm start`. */
export function stopOnExit(children) {
	const stop = () => {
		for (const c of children) if (c && c.exitCode === null) c.kill('SIGTERM');
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
