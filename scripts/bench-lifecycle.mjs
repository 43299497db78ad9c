#!/usr/bin/env node
// Benchmark of the lifecycle engine (`npm run bench:lifecycle`): how many lifecycle events per
// second POST /api/enrollments/{id}/events takes (each one: read the enrolment, its programme,
// the tree and the counts its guards need, run the statechart from the hooks bundle, then write
// the approval, the new state and the audit row in one transaction), against plain record creates
// through the records API (API rule + insert) under the same conditions.
//
// It starts its own throwaway PocketBase (free port, temporary data folder, the project's
// migrations and hooks, no demo data), builds a small tree, accounts and programmes as superuser,
// then measures, sequentially and with 4 requests in flight:
//   events            SUBMIT (secretary) then APPROVE (grassroots officer) on fresh enrolments
//   meetings          plain creates by a cell secretary (rule check + insert, no hook)
//   self_assessments  creates by a cell secretary (rule check + the scoring hook)
// Each workload is bounded: BENCH_OPS operations (default 500) or BENCH_CAP_S seconds (default 60),
// whichever comes first. BENCH_CONCURRENCY (default 1,4) lists the requests in flight to measure.
// "CPU ms/op" is PocketBase's own CPU time (utime + stime) per request of the workload.
//
// The rate limiter stays ON, as in production, so its bookkeeping is part of the measured cost.
// It never throttles the benchmark because every request carries its own client address in
// X-Forwarded-For (the server trusts that header from loopback): as many people each acting once,
// not one person hammering. (The alternative, listing the loopback in rateLimits.excludedIPs,
// would skip the limiter altogether and measure a server unlike the real one.)
import { readFileSync } from 'node:fs';
import PocketBase from 'pocketbase';
import { benchScratch } from './lib/bench-scratch.mjs';
import { chunk, httpClient, percentile, pool, smoke } from './lib/bench-http.mjs';
import { currentMonth, currentYear, today } from './lib/clock.mjs';

const OPS = Math.max(1, Number(process.env.BENCH_OPS ?? (smoke ? 6 : 500)));
const CAP_S = Math.max(1, Number(process.env.BENCH_CAP_S ?? (smoke ? 5 : 60)));
// Requests in flight per workload, e.g. BENCH_CONCURRENCY=1,4,40.
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,4').split(',').map(Number).filter((n) => n > 0);
// Setup creates in batches this size: each enrolment create runs its hooks (path, counters,
// audit), and a batch of 200 went past the batch's 10 s limit (settings.batch.timeout) on this
// machine ("Batch transaction failed"). 25 take about a second.
const SETUP_BATCH = 25;

// ─── One throwaway server ───────────────────────────────────────────────────────────────────

const scratch = await benchScratch('kieumau-bench-');
const { dataDir } = scratch;
const { call, attempt, must } = httpClient('2001:db8:be');

/** "YYYY-MM", `n` months before this one: one month per create, never a month not yet begun (refused). */
function monthsAgo(n) {
	const [year, month] = currentMonth().split('-').map(Number);
	const m = year * 12 + month - 1 - n;
	return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

try {
	const server = await scratch.start();
	console.log(`• PocketBase tạm thời tại ${server.url} (dữ liệu: ${dataDir})`);
	const url = server.url;
	const su = new PocketBase(url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(scratch.admin.email, scratch.admin.password);

	// ─── The tree, the people, the programmes ───────────────────────────────────────────────
	const setupStarted = performance.now();
	const unit = (body) => su.collection('units').create({ memberCount: 0, parent: '', ...body });
	const province = await unit({ name: 'Tỉnh ủy Đo Lường', kind: 'province', code: 'BENCH' });
	const district = await unit({ name: 'Huyện ủy Đo Lường', kind: 'district', parent: province.id, code: 'BENCH-D' });
	const grassroots = await unit({ name: 'Đảng ủy xã Đo Lường', kind: 'grassroots', parent: district.id, code: 'BENCH-D-G' });
	const CELLS = 10;
	const cells = [];
	for (let i = 0; i < CELLS; i++) {
		cells.push(
			await unit({
				name: `Chi bộ thôn Đo Lường ${i + 1}`,
				kind: 'cell',
				parent: grassroots.id,
				cellType: 'residential',
				memberCount: 20,
				code: `BENCH-D-G-${i + 1}`
			})
		);
	}
	const password = 'Bench@2026-lifecycle';
	const user = (name, role, unitId, email) =>
		su.collection('users').create({ email, password, passwordConfirm: password, verified: true, name, role, unit: unitId });
	const secretaries = await Promise.all(
		cells.map((c, i) => user(`Bí thư chi bộ ${i + 1}`, 'secretary', c.id, `bithu${i + 1}@bench.kieumau.vn`))
	);
	const officerG = await user('Cán bộ đảng ủy xã', 'officer', grassroots.id, 'danguy@bench.kieumau.vn');
	const officerD = await user('Cán bộ huyện ủy', 'officer', district.id, 'huyenuy@bench.kieumau.vn');
	const tokenOf = async (u) => (await su.collection('users').impersonate(u.id, 7200)).authStore.token;
	const secToken = await Promise.all(secretaries.map(tokenOf));
	const gToken = await tokenOf(officerG);
	const dToken = await tokenOf(officerD);

	// A cell enrols once per year, so the event enrolments spread over programmes of distinct years.
	const pairsPerPhase = Math.ceil(OPS / 2);
	const enrolmentsNeeded = pairsPerPhase * CONCURRENCY.length;
	const years = Math.ceil(enrolmentsNeeded / CELLS);
	if (years > 100) throw new Error(`BENCH_OPS=${OPS} needs ${years} programme years; at most 100 fit (2000–2100, this year apart)`);
	// The create workloads write into a programme of this year: a meeting's or a plan's date must
	// fall within its programme's year ± 1. The event programmes take the other years from 2000.
	const thisYear = currentYear();
	const programmeYears = [thisYear, ...Array.from({ length: 101 }, (_, i) => 2000 + i).filter((y) => y !== thisYear).slice(0, years)];
	const programmes = [];
	for (const part of chunk(programmeYears, SETUP_BATCH)) {
		const batch = su.createBatch();
		for (const year of part) {
			batch.collection('programmes').create({
				name: `Chi bộ kiểu mẫu năm ${year} (đo lường)`,
				year,
				owner: province.id,
				status: 'active',
				config: { minSelfAssessments: 1, quota: { min: 1, max: 100 } }
			});
		}
		for (const r of await batch.send()) programmes.push(r.body);
	}
	for (const part of chunk(programmes, SETUP_BATCH)) {
		const criteriaBatch = su.createBatch();
		for (const p of part) {
			criteriaBatch.collection('criteria').create({ programme: p.id, code: 'T1', title: 'Hoàn thành nhiệm vụ chính trị', group: 1, maxScore: 100, order: 1 });
		}
		await criteriaBatch.send();
	}
	// The first programme (this year's) holds the enrolments the create workloads write into.
	const workProgramme = programmes[0];
	const eventProgrammes = programmes.slice(1);
	const day = `${today()} 00:00:00.000Z`;

	// Enrolments in draft, created by superuser in batches (the create hook still sets state,
	// path, awaiting …), one per (cell, programme).
	const drafts = [];
	const bodies = [];
	for (const p of eventProgrammes) for (const c of cells) bodies.push({ cell: c.id, programme: p.id, goals: 'Xây dựng chi bộ đạt chuẩn kiểu mẫu' });
	for (const part of chunk(bodies.slice(0, enrolmentsNeeded), SETUP_BATCH)) {
		const batch = su.createBatch();
		for (const b of part) batch.collection('enrollments').create(b);
		for (const r of await batch.send()) drafts.push(r.body);
	}
	const secretaryTokenOfCell = new Map(cells.map((c, i) => [c.id, secToken[i]]));

	// Enrolments in the pilot for the create workloads, driven there through the events API.
	const event = (token, id, body, what) => must(url, token, 'POST', `/api/enrollments/${id}/events`, body, what);
	const pilots = [];
	for (let i = 0; i < 2 * CONCURRENCY.length; i++) {
		const cell = cells[i % CELLS];
		const sec = secretaryTokenOfCell.get(cell.id);
		const e = await must(url, sec, 'POST', '/api/collections/enrollments/records', { cell: cell.id, programme: workProgramme.id, goals: 'Xây dựng chi bộ đạt chuẩn kiểu mẫu' }, 'enrol');
		await event(sec, e.id, { type: 'SUBMIT' }, 'SUBMIT');
		await event(gToken, e.id, { type: 'APPROVE' }, 'APPROVE (grassroots)');
		await event(dToken, e.id, { type: 'APPROVE' }, 'APPROVE (district)');
		// The plan and its task in one batch, as the plan page saves them (the API takes plan tasks only in a batch).
		const planId = `pl${e.id.slice(2)}`;
		await must(url, sec, 'POST', '/api/batch', {
			requests: [
				{ method: 'POST', url: '/api/collections/plans/records', body: { id: planId, enrollment: e.id, resolutionNo: '01-NQ/CB', resolutionDate: day, resolutionSigner: 'Bí thư' } },
				{ method: 'POST', url: '/api/collections/plan_tasks/records', body: { enrollment: e.id, plan: planId, title: 'Quán triệt nghị quyết', due: day, month: currentMonth(), status: 'todo' } }
			]
		}, 'plan and task');
		await event(sec, e.id, { type: 'SUBMIT' }, 'SUBMIT plan');
		const pilot = await event(gToken, e.id, { type: 'APPROVE' }, 'APPROVE plan');
		pilots.push({ id: pilot.id, token: sec });
	}
	const setupSeconds = (performance.now() - setupStarted) / 1000;
	console.log(`• Chuẩn bị xong sau ${setupSeconds.toFixed(1)} s: ${drafts.length} hồ sơ nháp, ${pilots.length} hồ sơ đang thí điểm`);

	// Warm-up: the hooks run in a pool of JS VMs, each loading the domain bundle on first use.
	await pool(Array.from({ length: smoke ? 8 : 64 }, (_, i) => drafts[i % drafts.length]), 8, (d) =>
		call(url, secretaryTokenOfCell.get(d.cell), 'GET', `/api/enrollments/${d.id}/events`), 60_000);
	await pool(Array.from({ length: smoke ? 4 : 32 }, (_, i) => i), 4, (i) =>
		must(url, pilots[0].token, 'POST', '/api/collections/meetings/records', {
			enrollment: pilots[0].id, date: day, kind: 'regular', topic: `Khởi động ${i}`, present: 18, total: 20
		}, 'warm-up meeting'), 60_000);

	// ─── The measurements ───────────────────────────────────────────────────────────────────
	const results = [];
	// PocketBase's CPU time (utime + stime from /proc, in 1/100 s): CPU per request of each write route.
	const cpuSeconds = () => {
		try {
			const f = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(f[11]) + Number(f[12])) / 100;
		} catch {
			return NaN;
		}
	};
	let cpuMark = cpuSeconds();
	const cpuSince = () => {
		const now = cpuSeconds();
		const used = now - cpuMark;
		cpuMark = now;
		return used;
	};
	function record(name, concurrency, ops, seconds, latencies, failures) {
		const cpu = cpuSince();
		const sorted = latencies.slice().sort((a, b) => a - b);
		results.push({
			name,
			concurrency,
			ops,
			seconds,
			rate: ops / seconds,
			p50: percentile(sorted, 50),
			p95: percentile(sorted, 95),
			cpuMs: (cpu * 1000) / Math.max(1, ops),
			failures
		});
	}

	let draftCursor = 0;
	let pilotCursor = 0;
	for (const concurrency of CONCURRENCY) {
		// (a) lifecycle events: SUBMIT then APPROVE on each of OPS/2 fresh enrolments.
		cpuSince();
		const items = drafts.slice(draftCursor, draftCursor + pairsPerPhase);
		draftCursor += pairsPerPhase;
		const latencies = [];
		let failures = 0;
		const run = await pool(items, concurrency, async (d) => {
			const sec = secretaryTokenOfCell.get(d.cell);
			for (const [token, body] of [
				[sec, { type: 'SUBMIT', expectedState: 'draft' }],
				[gToken, { type: 'APPROVE', comment: 'Đồng ý', expectedState: 'selection' }]
			]) {
				const out = await attempt(url, token, 'POST', `/api/enrollments/${d.id}/events`, body);
				latencies.push(out.ms);
				if (out.status !== 200) failures++;
			}
		}, CAP_S * 1000);
		record('events (SUBMIT+APPROVE)', concurrency, run.items * 2, run.seconds, latencies, failures);

		// (b) plain creates: meetings, then self-assessments, by the secretary of a pilot cell.
		for (const collection of ['meetings', 'self_assessments']) {
			const target = pilots[pilotCursor++];
			cpuSince();
			const lat = [];
			let fails = 0;
			const n = Array.from({ length: OPS }, (_, i) => i);
			const r = await pool(n, concurrency, async (i) => {
				const body =
					collection === 'meetings'
						? { enrollment: target.id, date: day, kind: 'regular', topic: `Sinh hoạt định kỳ ${i}`, present: 18, total: 20 }
						: { enrollment: target.id, month: monthsAgo(i), scores: { T1: 80 + (i % 20) } };
				const out = await attempt(url, target.token, 'POST', `/api/collections/${collection}/records`, body);
				lat.push(out.ms);
				if (out.status !== 200) fails++;
			}, CAP_S * 1000);
			record(`${collection} create`, concurrency, r.items, r.seconds, lat, fails);
		}
	}

	// ─── The table ──────────────────────────────────────────────────────────────────────────
	const pad = (s, n, right = false) => (right ? String(s).padEnd(n) : String(s).padStart(n));
	console.log('');
	console.log(`Kiểu Mẫu — lifecycle benchmark (PocketBase ${server.url}, ${OPS} ops per workload, cap ${CAP_S} s)`);
	console.log(
		[pad('workload', 26, true), pad('in flight', 9), pad('ops', 6), pad('seconds', 8), pad('ops/s', 8), pad('p50 ms', 8), pad('p95 ms', 8), pad('errors', 7), pad('CPU ms/op', 10)].join(' ')
	);
	for (const r of results) {
		console.log(
			[
				pad(r.name, 26, true),
				pad(r.concurrency, 9),
				pad(r.ops, 6),
				pad(r.seconds.toFixed(2), 8),
				pad(r.rate.toFixed(1), 8),
				pad(r.p50.toFixed(1), 8),
				pad(r.p95.toFixed(1), 8),
				pad(r.failures, 7),
				pad(r.cpuMs.toFixed(1), 10)
			].join(' ')
		);
	}
	console.log('');
	for (const concurrency of CONCURRENCY) {
		const ev = results.find((r) => r.name.startsWith('events') && r.concurrency === concurrency);
		for (const name of ['meetings create', 'self_assessments create']) {
			const cr = results.find((r) => r.name === name && r.concurrency === concurrency);
			if (ev && cr) {
				console.log(`ratio events/s ÷ ${name}s/s, ${concurrency} in flight: ${(ev.rate / cr.rate).toFixed(2)}`);
			}
		}
	}
	const failed = results.reduce((n, r) => n + r.failures, 0);
	if (failed) {
		console.error(`\n${failed} request(s) failed: the numbers above include them.`);
		process.exitCode = 1;
	}
} catch (err) {
	console.error(err);
	process.exitCode = 1;
} finally {
	scratch.cleanup();
}
