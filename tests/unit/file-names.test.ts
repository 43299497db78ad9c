// The readable part of an uploaded file's stored name (pb_hooks/lib/files.js, which also adds a
// random part and the extension of the detected type; tests/integration/files.test.ts proves that
// against the server).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A CommonJS module for PocketBase's engine, in an ES-module package: evaluated with its own `module`.
function load(): { cleanBase: (name: string) => string } {
	const mod = { exports: {} as Record<string, unknown> };
	new Function('module', 'exports', readFileSync(new URL('../../pb_hooks/lib/files.js', import.meta.url), 'utf8'))(mod, mod.exports);
	return mod.exports as { cleanBase: (name: string) => string };
}
const { cleanBase } = load();

describe('stored file names', () => {
	it('drops bidi overrides and other invisible characters', () => {
		expect(cleanBase('\u202Efdp.exe')).toBe('fdp');
		expect(cleanBase('bi\u200Bên\u0000 bản\u2066.pdf')).toBe('bien_ban');
	});

	it('gives one ASCII form to Vietnamese typed composed (NFC) or decomposed (NFD)', () => {
		const name = 'Nghị quyết số 05 – Đảng ủy.pdf';
		expect(cleanBase(name.normalize('NFD'))).toBe('nghi_quyet_so_05_dang_uy');
		expect(cleanBase(name.normalize('NFC'))).toBe('nghi_quyet_so_05_dang_uy');
	});

	it('keeps no folder, no leading dot, and at most 80 characters', () => {
		expect(cleanBase('..\\..\\windows/system32/a.b.c.pdf')).toBe('a_b_c');
		expect(cleanBase('.bashrc')).toBe('bashrc');
		expect(cleanBase('x'.repeat(500) + '.pdf')).toHaveLength(80);
	});

	it('names a file with nothing readable', () => {
		expect(cleanBase('\u202E\u202D')).toBe('tep');
		expect(cleanBase('–––.pdf')).toBe('tep');
		expect(cleanBase('')).toBe('tep');
		expect(cleanBase('ab.png')).toBe('tep_ab');
	});
});
