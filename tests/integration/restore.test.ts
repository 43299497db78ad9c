// `npm run restore -- DIR [--timestamp …]` (scripts/restore.mjs) from a Litestream file replica of
// a copy of this run's seeded demo, and `npm start`'s refusal to seed a restored folder again
// (scripts/lib/instance.mjs startPocketBase). Its own Litestream and PocketBase, never the shared
// server of global-setup (whose databases it copies with sqlite3 VACUUM INTO).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureSqlite3 } from '../../scripts/bench-crash.mjs';
import { startPocketBase } from '../../scripts/lib/instance.mjs';
import { freePort } from '../../scripts/lib/pocketbase.mjs';
import { startLitestream, stopChild } from '../../scripts/lib/replica.mjs';
import { ensureLitestream } from '../../scripts/lib/tools.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'kieumau-restore-'));
const dataDir = join(scratch, 'pb_data');
const replica = pathToFileURL(join(scratch, 'replica')).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sql = (db: string, query: string) => {
	const r = spawnSync('sqlite3', [db, query], { encoding: 'utf8', timeout: 60_000 });
	if (r.status !== 0) throw new Error(r.stderr);
	return r.stdout.trim();
};
/** `npm run restore -- …args` with REPLICA_URL set to the test's replica. */
const restore = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/restore.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, REPLICA_URL: replica } });

let firstAt = '';
let units = '';

beforeAll(async () => {
	ensureSqlite3();
	ensureLitestream();
	mkdirSync(dataDir);
	sql(join(inject('pbDataDir'), 'data.db'), `VACUUM INTO '${join(dataDir, 'data.db')}'`);
	const db = join(dataDir, 'data.db');
	sql(db, 'PRAGMA journal_mode=WAL;');
	const ls = await startLitestream({ dataDir, url: replica, quiet: true });
	try {
		for (let i = 0; !ls.output().includes('snapshot complete'); i++) {
			if (i > 300) throw new Error(ls.output());
			await sleep(100);
		}
		// Two renames, seconds apart: the point-in-time restore must bring back the first only.
		sql(db, "UPDATE units SET name = 'Khôi phục: lần 1' WHERE id = (SELECT id FROM units ORDER BY id LIMIT 1);");
		await sleep(2500);
		// A wall-clock instant for --timestamp: Litestream's replica files are stamped with real time.
		firstAt = new Date(performance.timeOrigin + performance.now()).toISOString();
		await sleep(2500);
		sql(db, "UPDATE units SET name = 'Khôi phục: lần 2' WHERE id = (SELECT id FROM units ORDER BY id LIMIT 1);");
		await sleep(2500);
		units = sql(db, 'SELECT count(*) FROM units;');
	} finally {
		await stopChild(ls.child);
	}
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run restore', () => {
	it('brings the newest state of the replica into an empty folder', () => {
		const dir = join(scratch, 'newest');
		const r = restore(dir);
		expect(r.status, r.stderr).toBe(0);
		const db = join(dir, 'data.db');
		expect(sql(db, 'SELECT name FROM units ORDER BY id LIMIT 1;')).toBe('Khôi phục: lần 2');
		expect(sql(db, 'SELECT count(*) FROM units;')).toBe(units);
		expect(sql(db, 'PRAGMA integrity_check;')).toBe('ok');
	});

	it('--timestamp brings back the state at that moment', () => {
		const dir = join(scratch, 'then');
		const r = restore(dir, '--timestamp', firstAt);
		expect(r.status, r.stderr).toBe(0);
		expect(sql(join(dir, 'data.db'), 'SELECT name FROM units ORDER BY id LIMIT 1;')).toBe('Khôi phục: lần 1');
	});

	it('refuses a folder that is not empty, and overwrites nothing', () => {
		const dir = join(scratch, 'busy');
		mkdirSync(dir);
		writeFileSync(join(dir, 'data.db'), 'what was there');
		const r = restore(dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('đã có dữ liệu: không ghi đè');
		expect(readFileSync(join(dir, 'data.db'), 'utf8')).toBe('what was there');
	});

	it('refuses a timestamp that is not RFC 3339, with an example', () => {
		const r = restore(join(scratch, 'bad-time'), '--timestamp', '06/12/2026');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('--timestamp cần dạng RFC 3339');
		expect(existsSync(join(scratch, 'bad-time'))).toBe(false);
	});

	it('npm start serves a restored folder without seeding the demo again', async () => {
		const dir = join(scratch, 'served');
		expect(restore(dir).status).toBe(0);
		const pb = await startPocketBase({ dataDir: dir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: true });
		try {
			expect(readFileSync(join(dir, '.demo-seeded'), 'utf8')).toContain('restored');
		} finally {
			await stopChild(pb.child);
		}
		expect(sql(join(dir, 'data.db'), 'SELECT count(*) FROM units;')).toBe(units);
		expect(sql(join(dir, 'data.db'), 'SELECT name FROM units ORDER BY id LIMIT 1;')).toBe('Khôi phục: lần 2');
	}, 60_000);
});
