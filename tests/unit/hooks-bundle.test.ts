// The pb_hooks bundle: built from hooks-entry.ts the way the hooks build does (esbuild, CommonJS,
// es2017, platform neutral), then run with no `require` at all, as goja would run it without any
// Node module and no timers. It must agree with the source on the chart.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { machineDefinition } from '../../src/lib/domain/lifecycle-definition';

async function loadBundle() {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../../src/lib/domain/hooks-entry.ts', import.meta.url))],
		bundle: true,
		format: 'cjs',
		target: 'es2017',
		platform: 'neutral',
		mainFields: ['module', 'main'],
		write: false,
		logLevel: 'silent'
	});
	const code = result.outputFiles[0]?.text ?? '';
	const module = { exports: {} as Record<string, unknown> };
	const requireNothing = (name: string) => {
		throw new Error(`The hooks bundle must not require "${name}"`);
	};
	// Shadow the timers: goja has none. XState's code mentions setTimeout (actors, delays) but the
	// pure transitions used here must never reach it.
	new Function('module', 'exports', 'require', 'setTimeout', 'setInterval', 'process', code)(
		module,
		module.exports,
		requireNothing,
		undefined,
		undefined,
		undefined
	);
	return { code, api: module.exports as Record<string, (...args: unknown[]) => unknown> };
}

describe('hooks bundle', () => {
	it('builds, needs no module, and exposes the same chart', async () => {
		const { code, api } = await loadBundle();
		expect(code.length).toBeLessThan(600_000);
		expect(code).not.toMatch(/require\("/);
		for (const name of [
			'decide',
			'availableEvents',
			'resolveChain',
			'quotaScopeUnit',
			'gateOf',
			'turnOf',
			'parseProgrammeConfig',
			'ratingForScore',
			'childPath',
			'ancestorIds',
			'machineDefinition',
			'today',
			'now',
			'currentYear',
			'currentMonth'
		]) {
			expect(typeof api[name], name).toBe('function');
		}
		expect(api.machineDefinition!()).toEqual(machineDefinition());
		expect(api.STATE_LABELS).toMatchObject({ draft: 'Nháp đăng ký' });
		// A whole decision runs inside the timer-less sandbox.
		const decided = api.decide!({
			enrollment: { state: 'draft', step: 0, reviewConcluded: false, score: null, rating: null, cell: 'C', awaiting: null },
			facts: { chainLength: 1, registrationFiled: true, planFiled: false, selfAssessments: 0, minSelfAssessments: 6, reviewNotes: 0, quotaUsed: 0, quotaMax: 3, thresholds: { excellent: 90, good: 70, complete: 50 }, excellentCount: 0, goodOrBetterCount: 0, excellentCapPct: 20, recognitionLevel: 'excellent' },
			actor: { id: 'u', role: 'secretary', unitId: 'C' },
			event: { type: 'SUBMIT' }
		});
		expect(decided).toMatchObject({ ok: true, next: { state: 'selection' } });
		expect(api.parseProgrammeConfig!('{"quota":{"max":2}}')).toMatchObject({ quota: { min: 1, max: 2 } });
		expect(api.today!()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('reads KIEUMAU_TODAY through $os.getenv when there is no process.env', async () => {
		const { code } = await loadBundle();
		const module = { exports: {} as Record<string, () => unknown> };
		const $os = { getenv: (name: string) => (name === 'KIEUMAU_TODAY' ? '2026-11-22' : '') };
		new Function('module', 'exports', 'process', '$os', code)(module, module.exports, undefined, $os);
		expect(module.exports.today!()).toBe('2026-11-22');
		expect(module.exports.currentMonth!()).toBe('2026-11');
		expect(module.exports.currentYear!()).toBe(2026);
	});
});
