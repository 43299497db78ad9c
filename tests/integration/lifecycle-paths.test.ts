// Model-based tests of the lifecycle: the paths xstate/graph generates from the statechart
// (src/lib/domain/lifecycle-paths.ts), replayed against the real server through the events API,
// one enrolment per path. After every step the server's state, step, awaiting committee, version
// and resolved chain must be what the path says (see replayStep in the fixtures).
//
// - 'simple': every simple path from draft to a final state;
// - 'cover': a few complete paths that together take every transition (RETURN, step+1, …),
//   on the 4-level tree and on the 3-level tree (no district: shorter chains).
// Plus: the hooks run the very chart the UI imports (definition over HTTP, bundle freshness).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHooks, hooksBundlePath, recordsBundlePath } from '../../scripts/build-hooks.mjs';
import { machineDefinition } from '../../src/lib/domain/lifecycle-definition';
import { lifecyclePaths, type LifecyclePath } from '../../src/lib/domain/lifecycle-paths';
import { asGuest, attempt } from './helpers/clients';
import {
	GATE_OF,
	TEST_MIN_SELF_ASSESSMENTS,
	auditCounts,
	buildWorld,
	chainLengths,
	replayStep,
	startEnrolment,
	type Placement,
	type World
} from './helpers/lifecycle-fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld('paths');
});

const COMMITTEE_EVENTS = ['APPROVE', 'RETURN', 'REJECT', 'CLASSIFY', 'OPEN_REVIEW', 'CONCLUDE_REVIEW', 'START_EVALUATION'];

async function replay(placement: Placement, path: LifecyclePath) {
	const e = await startEnrolment(world, { placement });
	for (const step of path.steps) await replayStep(e, step);
	expect(e.record.state).toBe(path.end);
	// The audit trail has one transition per step and one approval per committee decision.
	expect(await auditCounts(world.su, e.record.id)).toEqual({
		transitions: path.steps.length,
		approvals: path.steps.filter((s) => COMMITTEE_EVENTS.includes(s.event.type)).length
	});
}

function suite(placement: Placement, mode: 'simple' | 'cover') {
	const lengths = chainLengths(placement);
	const paths = lifecyclePaths({ mode, chainLengths: lengths, minSelfAssessments: TEST_MIN_SELF_ASSESSMENTS });
	describe.concurrent(`${mode} paths on the ${placement === 'three' ? '3' : '4'}-level tree (chains ${JSON.stringify(lengths)})`, () => {
		it('are generated', () => expect(paths.length).toBeGreaterThan(placement === 'three' ? 10 : 15));
		for (const path of paths) it(path.id, () => replay(placement, path));
	});
}

suite('four', 'simple');
suite('four', 'cover');
suite('three', 'cover');

describe('the cover set', () => {
	// Every transition of the chart is taken, except a step+1 at a gate whose chain on this tree has
	// a single committee (there is no next committee to move to).
	for (const placement of ['four', 'three'] as const) {
		it(`takes every transition possible on the ${placement === 'three' ? '3' : '4'}-level tree, RETURN and step+1 included`, () => {
			const lengths = chainLengths(placement);
			const taken = new Set<string>();
			for (const p of lifecyclePaths({ mode: 'cover', chainLengths: lengths })) {
				for (const s of p.steps) taken.add(`${s.from} ${s.event.type} ${s.to}${s.stepAfter > s.stepBefore ? ' step+1' : ''}`);
			}
			const expected: string[] = [];
			for (const [state, info] of Object.entries(machineDefinition().states)) {
				const gate = GATE_OF[state as keyof typeof GATE_OF];
				for (const list of Object.values(info.on)) {
					for (const t of list ?? []) {
						if (t.internal && (!gate || lengths[gate] < 2)) continue;
						expected.push(`${state} ${t.event} ${t.to}${t.internal ? ' step+1' : ''}`);
					}
				}
			}
			expect(expected.filter((k) => !taken.has(k))).toEqual([]);
			expect(expected.some((k) => k.endsWith('step+1'))).toBe(true);
			expect(expected.some((k) => k.includes(' RETURN '))).toBe(true);
		});
	}
});

describe('one definition for hooks and UI', () => {
	it('GET /api/lifecycle/definition is machineDefinition() of src/lib/domain', async () => {
		const client = await world.as(world.people.viewer);
		const out = await attempt(() => client.send('/api/lifecycle/definition', {}));
		expect(out.status).toBe(200);
		expect(out.body).toEqual(machineDefinition());
	});

	it('GET /api/lifecycle/definition needs a signed-in user', async () => {
		const out = await attempt(() => asGuest().send('/api/lifecycle/definition', {}));
		expect(out.status).toBe(401);
	});

	it('the hooks bundles are fresh builds of src/lib/domain/hooks-entry.ts and hooks-records-entry.ts', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kieumau-bundle-'));
		try {
			const fresh = await buildHooks({ outfile: join(dir, 'domain.cjs') });
			expect(readFileSync(hooksBundlePath, 'utf8') === readFileSync(fresh, 'utf8'), `${hooksBundlePath} is stale: run node scripts/build-hooks.mjs`).toBe(true);
			const records = join(dir, 'domain-records.cjs');
			expect(readFileSync(recordsBundlePath, 'utf8') === readFileSync(records, 'utf8'), `${recordsBundlePath} is stale: run node scripts/build-hooks.mjs`).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
