// What every benchmark on a throwaway PocketBase starts with: the pinned build and the hooks
// bundle in place, a temporary data folder, and a cleanup that stops the server and deletes the
// folder, also on Ctrl+C.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHooks } from '../build-hooks.mjs';
import { defaults, startPocketBase } from './instance.mjs';
import { ensurePocketBase, freePort } from './pocketbase.mjs';

export async function benchScratch(prefix) {
	ensurePocketBase();
	await buildHooks();
	const dataDir = mkdtempSync(join(tmpdir(), prefix));
	let server = null;
	const scratch = {
		dataDir,
		/** Starts the throwaway PocketBase (migrated, superuser, no demo data) on a free port. */
		async start() {
			server = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: false });
			return server;
		},
		cleanup() {
			if (server && server.child.exitCode === null) server.child.kill('SIGTERM');
			rmSync(dataDir, { recursive: true, force: true });
		},
		admin: { email: defaults.adminEmail, password: defaults.adminPassword }
	};
	process.on('SIGINT', () => {
		scratch.cleanup();
		process.exit(130);
	});
	return scratch;
}
