// Disaster drill, the small size of `npm run bench:dr` (scripts/bench-dr.mjs): versitygw (a real
// S3 server) on a free port; PocketBase with its S3 file storage set from S3_* and Litestream
// replicating data.db to s3://… as npm start runs them, on a copy of this run's seeded demo;
// clients write cells and accounts with avatars, remembering every acknowledged write; kill -9
// of PocketBase and Litestream; the data folder deleted; the restore of `npm run restore` from
// the S3 replica into an empty folder; PocketBase served again on it. Every write acknowledged
// more than the replication interval (1 s) before the kill is there, and every file of those
// comes back byte for byte.
// It kills its servers, so it runs its OWN PocketBase, Litestream and versitygw, never the
// shared server of global-setup (whose databases it copies with sqlite3 VACUUM INTO).
import { describe, expect, inject, it } from 'vitest';
import { disasterDrill } from '../../scripts/bench-dr.mjs';
import { ensureSqlite3 } from '../../scripts/bench-crash.mjs';

describe('disaster drill: the machine is lost, the data comes back from S3', () => {
	it('restores every write acknowledged more than a second before the kill, and every file', async () => {
		ensureSqlite3();
		const lines: string[] = [];
		const summary = await disasterDrill({
			from: inject('pbDataDir'),
			running: true,
			writers: 4,
			writeMs: 5000,
			backupStall: false,
			log: (l: string) => lines.push(l)
		});
		console.log(lines.join('\n'));
		expect(summary.problems).toEqual([]);
		// The drill wrote, and wrote long enough before the kill for its claims to mean something.
		expect(summary.rpo.olderThanInterval).toBeGreaterThan(10);
		expect(summary.rpo.lostOlderThanInterval).toBe(0);
		expect(summary.files.checked).toBeGreaterThan(0);
		expect(summary.files.lost).toBe(0);
		expect(summary.rtoSeconds).toBeGreaterThan(0);
	}, 120_000);
});
