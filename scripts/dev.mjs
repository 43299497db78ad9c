// `npm run dev`: PocketBase with the demo data plus Vite's dev server with hot reload.
// Hooks reload on their own; after changing src/lib/domain, run `npm run build:hooks`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { prepare } from './lib/setup.mjs';

await prepare();
const { root } = await import('./lib/pocketbase.mjs');
const { startPocketBase, stopOnExit } = await import('./lib/instance.mjs');
const pb = await startPocketBase({
	dataDir: process.env.PB_DATA_DIR || join(root, 'pb_data'),
	http: process.env.PB_HTTP || '127.0.0.1:8090',
	seed: true,
	watchHooks: true,
	dev: true
});
const vite = spawn('npx', ['vite', 'dev', '--port', process.env.PORT || '3000'], {
	stdio: 'inherit',
	cwd: root,
	env: { ...process.env, PB_URL: pb.url }
});
stopOnExit([pb.child, vite]);
