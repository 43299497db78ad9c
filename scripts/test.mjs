// `npm test`: every check, from a fresh clone. Installs what is missing (npm packages, the
// PocketBase, Litestream and versitygw builds, Debian's Chromium), then: svelte-check, unit tests, integration tests
// against a real PocketBase, the app build, and Playwright in Chromium. Runs every stage even
// after a failure, then prints one closing line "N passed, N failed" over all test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepare } from './lib/setup.mjs';

await prepare({ chromium: true, versitygw: true });
const { root } = await import('./lib/pocketbase.mjs');
// One business date for the whole run (KIEUMAU_TODAY, else today in Vietnam), handed to every
// stage: the servers, the seed and the tests all see the same day, even across midnight. Unit
// tests pass their dates explicitly; integration and e2e compute expected labels from this date.
const { today } = await import('./lib/clock.mjs');
process.env.KIEUMAU_TODAY = today();
console.log(`• Ngày nghiệp vụ của lượt kiểm thử (KIEUMAU_TODAY): ${process.env.KIEUMAU_TODAY}`);
// Not under test-results/: Playwright empties that folder when it starts.
const reports = join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const stages = [];
function stage(name, cmd, args, env = {}) {
	console.log(`\n━━ ${name} ━━`);
	const started = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
	const ok = r.status === 0;
	stages.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
	return ok;
}

/** Counts from a vitest JSON report. */
function vitestCounts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
	const j = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: j.numPassedTests ?? 0, failed: (j.numFailedTests ?? 0), skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0) };
}

/** Counts from a Playwright JSON report. */
function playwrightCounts(file) {
	if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
	const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
	return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

stage('svelte-check', 'npx', ['svelte-kit', 'sync']) &&
	stage('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'warning', '--fail-on-warnings']);
stage('unit', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`]);
stage('integration', 'npx', ['vitest', 'run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'integration.json')}`]);
if (stage('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
	stage('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json')
	});
	// Every benchmark in its smoke mode (scripts/bench-smoke.mjs), so that none silently rots.
	stage('benchmarks (smoke)', 'node', ['scripts/bench-smoke.mjs']);
}

const counts = [
	vitestCounts(join(reports, 'unit.json')),
	vitestCounts(join(reports, 'integration.json')),
	playwrightCounts(join(reports, 'e2e.json'))
];
const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
const failedStages = stages.filter((s) => !s.ok);

console.log('\n━━ Tổng kết ━━');
for (const s of stages) console.log(`${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds} s)`);
// A stage that failed without failing a test (type errors, a crash) still counts as a failure.
const failed = total.failed + (failedStages.length && total.failed === 0 ? failedStages.length : 0);
console.log(`${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failedStages.length ? 1 : 0);
