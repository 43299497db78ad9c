// `npm start`: from a fresh clone to the running product on demo data.
// Installs what is missing, builds the pinned PocketBase and Litestream, migrates, creates the
// superuser, starts Litestream replicating data.db to REPLICA_URL, serves PocketBase, applies
// the settings that come from the environment (S3 file storage, SMTP, backups), seeds the demo
// data once (never in production), builds the app, then serves it.
// NODE_ENV=production: refuses the published secrets and requires PB_ADMIN_EMAIL,
// PB_ADMIN_PASSWORD and ORIGIN; checked first, before anything is installed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { environmentProblems, isProduction, productionProblems } from './lib/production.mjs';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.PB_DATA_DIR || join(root, 'pb_data'));
const production = isProduction();
{
	const problems = [...productionProblems(process.env, dataDir), ...environmentProblems(process.env)];
	const { replicaUrlFor, replicaUrlProblem } = await import('./lib/replica.mjs');
	const replicaProblem = replicaUrlProblem(replicaUrlFor(dataDir));
	if (replicaProblem) problems.push(replicaProblem);
	if (problems.length) {
		console.error(`Không khởi động${production ? ' (chế độ production)' : ''}:`);
		for (const p of problems) console.error(`  ✗ ${p}`);
		process.exit(1);
	}
}

const { prepare, run } = await import('./lib/setup.mjs');
await prepare();
const { startApp, startPocketBase, defaults } = await import('./lib/instance.mjs');
const { rememberReplica, replicaUrlFor, startLitestream, stopChild } = await import('./lib/replica.mjs');
const { applySettings } = await import('./lib/production.mjs');

const http = process.env.PB_HTTP || '127.0.0.1:8090';
const port = Number(process.env.PORT || 3000);
const replicaUrl = replicaUrlFor(dataDir);

console.log('• Build ứng dụng…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

/** @type {{ child: import('node:child_process').ChildProcess } | null} */
let litestream = null;
/** @type {{ child: import('node:child_process').ChildProcess } | null} */
let pb = null;
/** @type {import('node:child_process').ChildProcess | null} */
let app = null;
let stopping = false;
/** The app first, then PocketBase, then Litestream, which syncs what is left before it exits. */
async function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	await stopChild(app);
	await stopChild(pb?.child);
	await stopChild(litestream?.child, 30_000);
	process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// If whoever started `npm start` kills it (kill -9), stop too rather than leave the servers
// holding the ports. npm runs this script through `sh -c`, so the process killed is usually npm,
// this script's grandparent: watch the parent and, under npm, npm itself (a zombie counts as gone).
// The servers themselves end with this process however it ends (parent-death signal,
// scripts/lib/pocketbase.mjs spawnTied).
/** @param {number} pid */
function parentOf(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return 0;
	}
}
/** @param {number} pid */
function alive(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
	} catch {
		try {
			process.kill(pid, 0);
			return !existsSync('/proc/self/stat'); // no /proc: trust kill(0)
		} catch (err) {
			return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
		}
	}
}
/** @param {number} pid */
const commandLine = (pid) => {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
	} catch {
		return '';
	}
};
const parent = process.ppid;
const watched = [parent];
const grandparent = parentOf(parent);
if (process.env.npm_lifecycle_event && /^(\S*\/)?(sh|dash|bash) /.test(commandLine(parent)) && /\bnpm\b/.test(commandLine(grandparent))) watched.push(grandparent);
setInterval(() => {
	if (process.ppid !== parent || !watched.every(alive)) stop(0);
}, 500).unref();

try {
	pb = await startPocketBase({
		dataDir,
		http,
		seed: !production,
		tied: true,
		afterMigrate: async () => {
			litestream = await startLitestream({ dataDir, url: replicaUrl });
			rememberReplica(replicaUrl);
			litestream.child.once('exit', (code, signal) => {
				if (!stopping) {
					console.error(`✗ Litestream dừng bất ngờ (${code ?? signal}): không còn sao chép dữ liệu.\n${litestream?.output().slice(-2000)}`);
					stop(1);
				}
			});
		},
		onServe: async (server) => {
			pb = server;
			await applySettings(server.url, defaults.adminEmail, defaults.adminPassword);
		}
	});
	app = startApp({ port, pbUrl: pb.url, tied: true });
	app.once('exit', (code, signal) => {
		if (!stopping) {
			console.error(`✗ Ứng dụng dừng bất ngờ (${code ?? signal}).`);
			stop(1);
		}
	});
} catch (err) {
	console.error(`✗ ${err instanceof Error ? err.message : err}`);
	await stop(1);
}

const origin = process.env.ORIGIN || `http://localhost:${port}`;
console.log(`
Kiểu Mẫu đang chạy${production ? ' (production)' : ''}:
  Ứng dụng:    ${origin}
  PocketBase:  ${pb?.url}/_/  (quản trị: ${defaults.adminEmail})
  Dữ liệu:     ${dataDir}
  Bản sao:     ${replicaUrl} (Litestream, đồng bộ mỗi giây)
${production ? '' : 'Tài khoản mẫu: xem README.md (mật khẩu chung KieuMau@2026). '}Ctrl+C để dừng.
`);
