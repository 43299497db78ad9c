// The product's one clock (src/lib/domain/clock.ts), and a guard that nothing else reads the
// system date for a business purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	currentMonth,
	currentYear,
	DAY_MS,
	isCalendarDate,
	now,
	TODAY_ENV,
	today,
	useServerToday,
	vietnamDateOfInstant
} from '../../src/lib/domain/clock';

const saved = process.env[TODAY_ENV];
function pin(value: string | undefined) {
	if (value === undefined) delete process.env[TODAY_ENV];
	else process.env[TODAY_ENV] = value;
}
/** An independent reading of "today in Vietnam": the time zone database, not the clock's offset. */
const vietnamToday = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(ms);

describe('clock', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		// 20:30 UTC on 10 May is 03:30 on 11 May in Vietnam.
		vi.setSystemTime(Date.parse('2026-05-10T20:30:00.000Z'));
	});
	afterEach(() => {
		vi.useRealTimers();
		useServerToday(null);
		pin(saved);
	});

	it('takes KIEUMAU_TODAY as today', () => {
		pin('2026-11-22');
		expect(TODAY_ENV).toBe('KIEUMAU_TODAY');
		expect(today()).toBe('2026-11-22');
		expect(currentYear()).toBe(2026);
		expect(currentMonth()).toBe('2026-11');
		pin(' 2025-01-31 ');
		expect(today()).toBe('2025-01-31');
		expect(currentYear()).toBe(2025);
		expect(currentMonth()).toBe('2025-01');
	});

	it('keeps the real time of day on the pinned date', () => {
		pin('2026-11-22');
		// 03:30 in Vietnam on 22 November = 20:30 UTC on the 21st.
		expect(now().toISOString()).toBe('2026-11-21T20:30:00.000Z');
		expect(vietnamDateOfInstant(now().getTime())).toBe('2026-11-22');
		vi.setSystemTime(Date.parse('2026-05-11T09:15:42.123Z'));
		expect(now().toISOString()).toBe('2026-11-22T09:15:42.123Z');
	});

	it('refuses a KIEUMAU_TODAY that is not a date', () => {
		for (const bad of ['2026-02-30', '22/11/2026', '2026-11', 'tomorrow']) {
			pin(bad);
			expect(() => today(), bad).toThrow(/KIEUMAU_TODAY/);
			expect(() => now(), bad).toThrow(/KIEUMAU_TODAY/);
		}
	});

	it('is the real date in Vietnam when KIEUMAU_TODAY is unset or empty', () => {
		for (const value of [undefined, '', '  ']) {
			pin(value);
			expect(today()).toBe('2026-05-11');
			expect(today()).toBe(vietnamToday(Date.now()));
			expect(now().getTime()).toBe(Date.now());
		}
		pin(undefined);
		// Either side of midnight in Vietnam (17:00 UTC).
		vi.setSystemTime(Date.parse('2026-12-31T16:59:59.999Z'));
		expect([today(), currentMonth(), currentYear()]).toEqual(['2026-12-31', '2026-12', 2026]);
		expect(today()).toBe(vietnamToday(Date.now()));
		vi.setSystemTime(Date.parse('2026-12-31T17:00:00.000Z'));
		expect([today(), currentMonth(), currentYear()]).toEqual(['2027-01-01', '2027-01', 2027]);
		expect(today()).toBe(vietnamToday(Date.now()));
	});

	it('takes the server’s day in the browser, and moves on at midnight', () => {
		pin(undefined);
		useServerToday('2026-03-15');
		expect(today()).toBe('2026-03-15');
		expect(vietnamDateOfInstant(now().getTime())).toBe('2026-03-15');
		// A tab left open (or the offline page opened) two days later.
		vi.setSystemTime(Date.parse('2026-05-10T20:30:00.000Z') + 2 * DAY_MS);
		expect(today()).toBe('2026-03-17');
		// The environment wins where there is one (the server).
		pin('2026-11-22');
		expect(today()).toBe('2026-11-22');
		pin(undefined);
		useServerToday('not a date');
		expect(today()).toBe(vietnamToday(Date.now()));
	});

	it('knows calendar dates and Vietnam’s day of an instant', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-13-01')).toBe(false);
		expect(isCalendarDate(20260101)).toBe(false);
		expect(vietnamDateOfInstant(Date.parse('2026-11-22T16:59:59.999Z'))).toBe('2026-11-22');
		expect(vietnamDateOfInstant(Date.parse('2026-11-22T17:00:00.000Z'))).toBe('2026-11-23');
	});
});

// ─── Guard: one clock ─────────────────────────────────────────────────────────────────────────

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Reads of the system date. `.getFullYear()` is also the device's time zone, never Vietnam's. */
const READS: Record<string, RegExp> = {
	'new Date()': /\bnew Date\s*\(\s*\)|\bnew Date\b(?!\s*\()/,
	'Date()': /(?<!new\s+)\bDate\s*\(\s*\)/,
	'Date.now()': /\bDate\.now\s*\(\s*\)/,
	'new DateTime()': /\bnew DateTime\s*\(\s*\)/,
	'.getFullYear()': /\.getFullYear\s*\(\s*\)/
};

/**
 * The only places that read the real time, and why. Each names the reads it may use, so another
 * kind of read in the same file still fails.
 */
const EXCEPTIONS: { files: string[]; reads: string[]; why: string }[] = [
	{ files: ['src/lib/domain/clock.ts'], reads: ['Date.now()'], why: 'the clock itself' },
	{
		files: [
			'src/lib/components/inspector/draft-store.svelte.ts',
			'src/lib/components/inspector/ReviewNoteForm.svelte',
			'src/routes/api/offline/review-note-sw.js/+server.ts'
		],
		reads: ['Date.now()'],
		why: 'savedAt/sentAt of a draft on the device: the order of its own edits, not a business date'
	},
	{
		files: ['pb_hooks/lib/reminders.js'],
		reads: ['new DateTime()', 'Date.now()'],
		why: '`created` of the notices it writes (a record timestamp) and timings of the writes'
	},
	{ files: ['pb_hooks/lib/import.js'], reads: ['Date.now()'], why: 'unapplied imports expire after two days of real time since `created`' },
	{ files: ['scripts/lib/instance.mjs'], reads: ['new Date()'], why: 'when a data folder was seeded (a marker file)' },
	{
		files: ['scripts/seed.mjs', 'scripts/generate-national.mjs', 'scripts/test.mjs', 'scripts/bench-scale.mjs', 'scripts/lib/pocketbase.mjs'],
		reads: ['Date.now()'],
		why: 'durations: how long a step took, how long to wait for a server'
	}
];

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (relative(root, path) !== join('pb_hooks', 'lib', 'generated')) yield* sourceFiles(path);
		} else if (/\.(ts|js|mjs|svelte)$/.test(entry.name)) yield path;
	}
}

describe('one clock', () => {
	it('nothing else reads the system date', () => {
		const offences: string[] = [];
		for (const dir of ['src', 'pb_hooks', 'scripts']) {
			for (const path of sourceFiles(join(root, dir))) {
				const file = relative(root, path).split('\\').join('/');
				const allowed = EXCEPTIONS.filter((e) => e.files.includes(file)).flatMap((e) => e.reads);
				readFileSync(path, 'utf8')
					.split('\n')
					.forEach((line, i) => {
						if (/^\s*(\/\/|\/\*|\*)/.test(line)) return; // comments may name them
						for (const [read, pattern] of Object.entries(READS)) {
							if (pattern.test(line) && !allowed.includes(read)) offences.push(`${file}:${i + 1}: ${read}: ${line.trim()}`);
						}
					});
			}
		}
		expect(offences, 'use src/lib/domain/clock.ts (scripts: scripts/lib/clock.mjs; hooks: the domain bundle)').toEqual([]);
	});
});
