#!/usr/bin/env node
// Every benchmark in its smoke mode (`--smoke`: tiny sizes, seconds not minutes), one after the
// other, so that none of them silently rots (issue 12: bench:lifecycle failed as shipped).
// `npm test` runs this as one step, after the app's build (bench:peak serves the built app).
// bench:crash and bench:fuzz are not repeated here: `npm test` already runs their code, the crash
// probe in tests/integration/crash.test.ts (crashBench(), two kill -9 cycles) and the fuzz spec of
// bench:fuzz in the e2e step (tests/e2e/fuzz.spec.ts, FUZZ_RUNS=6); their own `--smoke` runs one
// cycle / one body per path by hand, each seeding the demo first (~25 s), over this step's budget.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/pocketbase.mjs';

const benches = ['bench-lifecycle', 'bench-import', 'bench-scale', 'bench-lists', 'bench-peak'];
const results = [];
for (const name of benches) {
	const started = performance.now();
	const r = spawnSync(process.execPath, [join(root, 'scripts', `${name}.mjs`), '--smoke'], { cwd: root, encoding: 'utf8', env: process.env });
	const seconds = (performance.now() - started) / 1000;
	const ok = r.status === 0;
	results.push({ name, ok, seconds });
	console.log(`${ok ? '✓' : '✗'} ${name} --smoke (${seconds.toFixed(1)} s)`);
	if (!ok) console.log(`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n'));
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed (${results.reduce((s, r) => s + r.seconds, 0).toFixed(0)} s)`);
process.exit(failed.length ? 1 : 0);
