// Crash durability, smoke mode of `npm run bench:crash` (scripts/bench-crash.mjs): PocketBase is
// killed with SIGKILL twice while six clients write (registrations of new cells with SUBMIT,
// meetings, notification reads), and after each restart every acknowledged write is still there,
// SQLite's integrity check is ok and the dashboard counters equal the raw counts.
// It kills its server, so it runs its OWN throwaway PocketBase (own data folder, own port), not
// the one of global-setup: a copy of that server's seeded databases (sqlite3 VACUUM INTO) instead
// of seeding again.
import { describe, expect, inject, it } from 'vitest';
import { crashBench } from '../../scripts/bench-crash.mjs';

describe('kill -9 under concurrent writers', () => {
	it('loses no acknowledged write, keeps the database intact and the counters equal to the records', async () => {
		const lines: string[] = [];
		const summary = await crashBench({
			cycles: 2,
			writers: 6,
			minMs: 1500,
			maxMs: 2500,
			from: inject('pbDataDir'),
			log: (l: string) => lines.push(l) });
		console.log(lines.join('\n'));
		expect(summary.problems).toEqual([]);
		expect(summary.cycles).toBe(2);
		// Each cycle wrote something before its kill.
		for (const c of summary.perCycle) expect(c.acknowledged).toBeGreaterThan(0);
		expect(summary.lost).toBe(0);
		expect(summary.integrityFailures).toBe(0);
		expect(summary.counterMismatches).toBe(0);
	}, 120_000);
});
