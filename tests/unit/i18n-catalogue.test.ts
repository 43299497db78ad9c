// Every literal message id passed to t() in the source has an English entry, and placeholders
// survive translation. The scan is textual: t('…') and t("…") with a literal first argument.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/lib/i18n/en';
import { localeFromCookie, translate } from '../../src/lib/i18n';
import { sumMessage } from '../../src/lib/domain/criteria-framework';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !path.includes('/i18n/en/') ? [path] : [];
	});
}

const CALL = /\bt\(\s*(['"])((?:\\.|(?!\1).)*)\1/g;

function literalIds(): { id: string; file: string }[] {
	return sourceFiles('src').flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(CALL)].map((m) => ({ id: (m[2] ?? '').replace(/\\(['"\\])/g, '$1'), file }))
	);
}

describe('the message catalogue', () => {
	it('has an English entry for every literal t() id in src', () => {
		const missing = literalIds().filter(({ id }) => !(id in EN)).map(({ id, file }) => `${file}: ${id}`);
		expect(missing).toEqual([]);
	});

	it('gives each Vietnamese text one English, whichever area file says it', () => {
		// The area files are merged into one object, so a later file would silently win a clash.
		const areas = import.meta.glob<{ default: Record<string, string> }>('../../src/lib/i18n/en/*.ts', { eager: true });
		const seen = new Map<string, { file: string; en: string }>();
		const clashes: string[] = [];
		for (const [file, mod] of Object.entries(areas)) {
			if (file.endsWith('/index.ts')) continue;
			for (const [vi, en] of Object.entries(mod.default)) {
				const before = seen.get(vi);
				if (before && before.en !== en) clashes.push(`${vi}: ${before.file} “${before.en}” ≠ ${file} “${en}”`);
				else seen.set(vi, { file, en });
			}
		}
		expect(clashes).toEqual([]);
	});

	it('keeps every placeholder of the Vietnamese source in the English text', () => {
		const broken = Object.entries(EN).filter(([vi, en]) => {
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort().join(',');
			return names(vi) !== names(en);
		});
		expect(broken).toEqual([]);
	});

	it('translates with parameters and falls back to the Vietnamese source', () => {
		expect(translate('en', 'Hộp việc')).toBe('Inbox');
		expect(translate('vi', 'Hộp việc')).toBe('Hộp việc');
		expect(translate('en', 'Chưa dịch {n}', { n: 3 })).toBe('Chưa dịch 3');
	});

	it('translates the framework editor’s messages built with their values', () => {
		expect(translate('en', sumMessage('residential', 102))).toBe('Residential party cell: 102 points in all, 2 over the 100.');
		expect(translate('en', sumMessage('enterprise', 97.5))).toMatch(/^Enterprise party cell: 97[.,]5 points in all, 2[.,]5 short of the 100\.$/);
	});

	it('reads the locale from the cookie, defaulting to Vietnamese', () => {
		expect(localeFromCookie('a=1; lang=en')).toBe('en');
		expect(localeFromCookie('lang=fr')).toBe('vi');
		expect(localeFromCookie('')).toBe('vi');
	});
});
