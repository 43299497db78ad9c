// One real PocketBase for the integration run: a free port, a temporary data folder, the
// project's migrations and hooks, the demo data. Its address is handed to tests by `inject`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildHooks } from '../../scripts/build-hooks.mjs';
import { defaults, startPocketBase } from '../../scripts/lib/instance.mjs';
import { ensurePocketBase, freePort } from '../../scripts/lib/pocketbase.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		adminEmail: string;
		adminPassword: string;
		/** The server's data folder (uploaded files live in storage/<collection id>/<record id>/). */
		pbDataDir: string;
	}
}

export default async function setup(project: TestProject) {
	ensurePocketBase();
	await buildHooks();
	const dataDir = mkdtempSync(join(tmpdir(), 'kieumau-it-'));
	const pb = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: true });
	project.provide('pbUrl', pb.url);
	project.provide('adminEmail', defaults.adminEmail);
	project.provide('adminPassword', defaults.adminPassword);
	project.provide('pbDataDir', dataDir);
	return () => {
		pb.child.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
}
