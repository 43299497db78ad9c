#!/usr/bin/env node
// `npm run bench:fuzz`: the fuzz of every write path (tests/e2e/fuzz.spec.ts) with a large count.
// The same Playwright spec as in `npm test`, against the same e2e server (the built app in front
// of a throwaway PocketBase seeded with the demo), with FUZZ_RUNS bodies per form action and write
// endpoint instead of a handful. Prints the requests sent, the 5xx answers and the collections
// changed; the figures are also written to .scratch/bench-fuzz.json.
//
// FUZZ_RUNS (default 300) bodies per path, FUZZ_SEED (default fixed) the seed, E2E_PORT the port.
// --smoke (npm test): 1 body per path, and the app as built already when there is a build.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, buildHooksBundle, run } from './lib/setup.mjs';
import { ensurePocketBase, root } from './lib/pocketbase.mjs';

const smoke = process.argv.includes('--smoke');
const runs = process.env.FUZZ_RUNS || (smoke ? '1' : '300');
const report = join(root, '.scratch', 'bench-fuzz.json');
mkdirSync(join(root, '.scratch'), { recursive: true });
rmSync(report, { force: true });

ensurePocketBase();
ensureChromium();
await buildHooksBundle();
if (!smoke || !existsSync(join(root, 'build', 'index.js'))) run('npx', ['vite', 'build', '--logLevel', 'warn']);

const started = performance.now();
let failed = false;
try {
	run('npx', ['playwright', 'test', 'tests/e2e/fuzz.spec.ts', '--reporter=list'], {
		env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report }
	});
} catch {
	failed = true;
}
const seconds = Math.round((performance.now() - started) / 1000);

let r;
try {
	r = JSON.parse(readFileSync(report, 'utf8'));
} catch {
	console.error('bench:fuzz: the spec wrote no figures (did the e2e server start?)');
	process.exit(1);
}
console.log(`\nbench:fuzz — seed ${r.seed}, ${r.runsPerPath} bodies × ${r.paths} write paths`);
console.log(`  requests sent      ${r.requests}`);
console.log(`  answered 5xx       ${r.serverErrors}`);
console.log(`  collections changed ${r.rowsChanged}`);
console.log(`  connection resets  ${r.resets} (each sent again once)`);
console.log(`  statuses           ${Object.entries(r.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
console.log(`  time               ${seconds} s (server start included)`);
for (const p of r.problems) console.log(`  ✗ ${p}`);
process.exit(failed || r.problems.length ? 1 : 0);
