// The small hooks bundle of the hot record paths (src/lib/domain/hooks-records-entry.ts →
// pb_hooks/lib/generated/domain-records.cjs): built the way scripts/build-hooks.mjs builds it, it
// needs no module, carries neither XState nor zod (every JS worker that loads a bundle keeps it:
// the whole domain costs ~12 MB per worker), and its zod-free thresholdsOf() reads a programme's
// thresholds exactly as parseProgrammeConfig() does.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { thresholdsOf, DEFAULT_THRESHOLDS } from '../../src/lib/domain/classification';
import { parseProgrammeConfig } from '../../src/lib/domain/programme-config';

async function loadRecordsBundle() {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../../src/lib/domain/hooks-records-entry.ts', import.meta.url))],
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
	new Function('module', 'exports', 'require', code)(module, module.exports, (name: string) => {
		throw new Error(`The records bundle must not require "${name}"`);
	});
	return { code, api: module.exports as Record<string, unknown> };
}

describe('the records bundle', () => {
	it('is small, needs no module and holds what the record hooks call', async () => {
		const { code, api } = await loadRecordsBundle();
		expect(code.length).toBeLessThan(30_000);
		expect(code).not.toMatch(/xstate|zod/i);
		for (const name of ['today', 'currentMonth', 'currentYear', 'nfc', 'foldText', 'dateWindowProblem', 'ratingForScore', 'thresholdsOf', 'bucketDelta', 'STATS_COLUMNS', 'TREE_COLUMNS', 'TREE_YEAR']) {
			expect(api[name], name).toBeDefined();
		}
	});
});

describe('thresholdsOf', () => {
	const accepted: unknown[] = [
		undefined,
		null,
		'',
		{},
		'{}',
		{ thresholds: {} },
		{ thresholds: { excellent: 95 } },
		{ thresholds: { excellent: 85, good: 65, complete: 45 }, quota: { min: 1, max: 3 } },
		JSON.stringify({ thresholds: { good: 75.5 } }),
		{ thresholds: { excellent: 100, good: 1, complete: 0 } }
	];
	it.each(accepted.map((c) => [JSON.stringify(c) ?? 'undefined', c]))('reads %s as parseProgrammeConfig does', (_, config) => {
		expect(thresholdsOf(config)).toEqual(parseProgrammeConfig(config).thresholds);
	});

	it('gives the defaults of QĐ 366 when nothing is set', () => {
		expect(thresholdsOf({})).toEqual(DEFAULT_THRESHOLDS);
	});

	const refused: unknown[] = [
		{ thresholds: { excellent: 101 } },
		{ thresholds: { good: -1 } },
		{ thresholds: { good: '70' } },
		{ thresholds: { excellent: 60, good: 70 } },
		{ thresholds: null },
		{ thresholds: [] }
	];
	it.each(refused.map((c) => [JSON.stringify(c), c]))('refuses %s, as parseProgrammeConfig does', (_, config) => {
		expect(() => parseProgrammeConfig(config)).toThrow();
		expect(() => thresholdsOf(config)).toThrow();
	});
});
