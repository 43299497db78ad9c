#!/usr/bin/env node
// What `npm start` does around PocketBase, as steps for a deployment that runs the servers as
// separate services (deploy/*.service):
//   node scripts/configure.mjs prepare    production checks (NODE_ENV=production: no published
//                                         secret, PB_ADMIN_EMAIL, PB_ADMIN_PASSWORD, ORIGIN); the
//                                         PocketBase and Litestream builds and the hooks bundle
//                                         (skipped when present); the migrations; the superuser
//   node scripts/configure.mjs settings   waits for PocketBase (PB_HTTP) and applies the settings
//                                         that come from the environment: S3 file storage, SMTP,
//                                         the backups' cron, the app URL
// PB_DATA_DIR is the data folder. Exits non-zero with the reasons in Vietnamese.
import { join, resolve } from 'node:path';
import { environmentProblems, productionProblems, applySettings } from './lib/production.mjs';
import { ensurePocketBase, migrate, root, upsertSuperuser } from './lib/pocketbase.mjs';
import { ensureLitestream } from './lib/tools.mjs';

const step = process.argv[2];
const dataDir = resolve(process.env.PB_DATA_DIR || join(root, 'pb_data'));
const email = process.env.PB_ADMIN_EMAIL || 'admin@kieumau.vn';
const password = process.env.PB_ADMIN_PASSWORD || 'KieuMau@Admin2026';

function fail(lines) {
	console.error('Không cấu hình được Kiểu Mẫu:');
	for (const l of lines) console.error(`  ✗ ${l}`);
	process.exit(1);
}

if (step === 'prepare') {
	const problems = [...productionProblems(process.env, dataDir), ...environmentProblems(process.env)];
	if (problems.length) fail(problems);
	ensurePocketBase();
	ensureLitestream();
	const { buildHooks } = await import('./build-hooks.mjs');
	await buildHooks();
	migrate(dataDir);
	upsertSuperuser(dataDir, email, password);
	console.log(`• Đã migrate ${dataDir} và cập nhật tài khoản quản trị ${email}`);
} else if (step === 'settings') {
	const url = `http://${process.env.PB_HTTP || '127.0.0.1:8090'}`;
	const deadline = performance.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(`${url}/api/health`)).ok) break;
		} catch {
			/* not listening yet */
		}
		if (performance.now() > deadline) fail([`PocketBase không trả lời tại ${url} sau 60 s`]);
		await new Promise((r) => setTimeout(r, 250));
	}
	try {
		const { settings } = await applySettings(url, email, password);
		console.log(`• Đã áp dụng cấu hình từ biến môi trường: ${Object.keys(settings).join(', ')}`);
	} catch (err) {
		fail([err instanceof Error ? err.message : String(err)]);
	}
} else {
	fail(['Cách dùng: node scripts/configure.mjs prepare|settings']);
}
