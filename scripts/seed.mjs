#!/usr/bin/env node
// Seeds the demo data into a running PocketBase:
//   node scripts/seed.mjs                    structure + demo journeys
//   node scripts/seed.mjs --structure-only   units, accounts, programmes, criteria, members
// Environment: PB_URL (default http://127.0.0.1:8090), PB_ADMIN_EMAIL, PB_ADMIN_PASSWORD.
// Idempotent: run it again and it creates nothing new. Every demo account's password is
// DEMO_PASSWORD from scripts/lib/demo-data.mjs.

import { pathToFileURL } from 'node:url';
import PocketBase from 'pocketbase';
import { DEMO_PASSWORD } from './lib/demo-data.mjs';
import { describeError, seedJourneys, seedStructure } from './lib/seed-demo.mjs';

const log = (line) => console.log(`• ${line}`);

/** Seeds a running PocketBase; used by this CLI, `npm start`, and the test servers. */
export async function seedAll({
	url = process.env.PB_URL || 'http://127.0.0.1:8090',
	email: adminEmail = process.env.PB_ADMIN_EMAIL || 'admin@kieumau.vn',
	password: adminPassword = process.env.PB_ADMIN_PASSWORD || 'KieuMau@Admin2026',
	structureOnly = false
} = {}) {
	const started = Date.now();
	const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	log(`Kết nối PocketBase tại ${url}`);
	try {
		// Once per run: superuser auth counts toward the *:auth rate limit.
		await pb.collection('_superusers').authWithPassword(adminEmail, adminPassword);
	} catch (err) {
		throw new Error(`Không đăng nhập được tài khoản quản trị ${adminEmail}: ${describeError(err)}`);
	}

	log('Đang tạo cơ cấu tổ chức, tài khoản, chương trình…');
	const ctx = await seedStructure(pb, { log: (l) => log('  ' + l) });
	let journeys = null;
	if (!structureOnly) {
		log('Đang tạo hồ sơ mẫu qua quy trình (đăng ký → lựa chọn → thí điểm → sơ kết)…');
		journeys = await seedJourneys(pb, ctx, { log: (l) => log('  ' + l) });
	}

	const c = ctx.created;
	console.log('');
	console.log(`Xong sau ${seconds()} s.`);
	console.log(
		`  Đơn vị ${ctx.units.size} (mới ${c.units}) · tài khoản ${ctx.users.size} (mới ${c.users}) · ` +
			`chương trình ${ctx.programmes.size} (mới ${c.programmes}) · tiêu chí mới ${c.criteria} · đảng viên mới ${c.members}`
	);
	if (journeys) {
		const j = journeys.created;
		console.log(
			`  Hồ sơ mới ${j.enrollments} (bỏ qua ${j.skipped} đã có) · sự kiện ${j.events} · kế hoạch ${j.plans} · ` +
				`công việc ${j.tasks} · buổi sinh hoạt ${j.meetings} · tự đánh giá ${j.selfAssessments} · biên bản kiểm tra ${j.reviewNotes}`
		);
		const order = ['draft', 'selection', 'planning', 'plan_review', 'pilot', 'review', 'evaluation', 'classification', 'recognition', 'recognized', 'not_recognized', 'rejected', 'withdrawn'];
		const rank = (s) => (order.indexOf(s) < 0 ? order.length : order.indexOf(s));
		const states = Object.entries(journeys.states)
			.sort(([a], [b]) => rank(a) - rank(b))
			.map(([s, n]) => `${s} ${n}`)
			.join(', ');
		if (states) console.log(`  Trạng thái hồ sơ: ${states}`);
	}
	console.log(`  Mật khẩu mọi tài khoản mẫu: ${DEMO_PASSWORD}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const started = Date.now();
	seedAll({ structureOnly: process.argv.includes('--structure-only') }).catch((err) => {
		console.error(`✗ Seed thất bại sau ${((Date.now() - started) / 1000).toFixed(1)} s: ${err?.message || err}`);
		if (process.env.DEBUG && err?.stack) console.error(err.stack);
		process.exit(1);
	});
}
