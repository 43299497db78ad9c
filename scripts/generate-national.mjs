// Generates national-scale data for benchmarks (not for tests, not for the demo):
//   node scripts/generate-national.mjs [--cells 300000] [--months 12] [--dir .scale/pb_data]
// A freshly migrated PocketBase database is filled by SQL run in the sqlite3 CLI (Debian's
// package, installed when missing): 34 provinces × 10 districts, ~52k grassroots committees,
// ~300k cells (one in ten a chi bộ cơ sở), one enrollment per cell in a spread of states, and
// `--months` self-assessments per enrollment (3.6M by default). The dashboard counters
// (unit_stats) are computed in SQL with the same columns the hooks keep; scripts/bench-scale.mjs
// checks a sample of them against direct counts before it measures anything.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepare, run } from './lib/setup.mjs';

const { values } = parseArgs({
	options: {
		cells: { type: 'string', default: '300000' },
		months: { type: 'string', default: '12' },
		dir: { type: 'string', default: '.scale/pb_data' }
	}
});
const CELLS = Number(values.cells);
const MONTHS = Math.min(12, Number(values.months));
const PROVINCES = 34;
const DISTRICTS = PROVINCES * 10;
const GRASSROOTS = Math.max(DISTRICTS, Math.round(CELLS / 5.77));
const YEAR = 2026;

await prepare();
const { root, migrate, upsertSuperuser } = await import('./lib/pocketbase.mjs');
const { defaults } = await import('./lib/instance.mjs');
const domain = createRequire(import.meta.url)(join(root, 'pb_hooks', 'lib', 'generated', 'domain.cjs'));

if (!existsSync('/usr/bin/sqlite3')) {
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'install', '-y', '-qq', 'sqlite3']);
}

const dataDir = join(root, values.dir);
rmSync(dataDir, { recursive: true, force: true });
migrate(dataDir);
upsertSuperuser(dataDir, defaults.adminEmail, defaults.adminPassword);

/** A 15-character PocketBase id: one letter and 14 digits of n. */
const id = (letter, expr) => `'${letter}' || printf('%014d', ${expr})`;
const seq = (name, max) => `WITH RECURSIVE ${name}(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM ${name} WHERE n < ${max})`;
const NOW = "strftime('%Y-%m-%d %H:%M:%fZ', 'now')";

// Which counters each enrollment row adds to: the SQL twin of bucketColumns() in
// src/lib/domain/unit-stats.ts, checked against direct counts by bench-scale.mjs.
const predicates = {
	enrolled: '1',
	enrolledGrassroots: 'isG',
	rated: "rating != ''",
	goodOrBetter: "rating IN ('excellent', 'good')",
	excellent: "rating = 'excellent'",
	recognized: "state = 'recognized'",
	recognizedGrassroots: "state = 'recognized' AND isG",
	...Object.fromEntries(domain.LIFECYCLE_STATES.map((s) => [`state_${s}`, `state = '${s}'`])),
	...Object.fromEntries(domain.CELL_TYPES.map((t) => [`type_${t}`, `cellType = '${t}'`]))
};
for (const c of domain.STATS_COLUMNS) if (!predicates[c]) throw new Error(`generate-national: no SQL for counter ${c}`);

// A unit's ancestors are the 15-character ids at fixed offsets of the path ("/id/id/…/").
const levels = `(SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3)`;
const ancestorOf = (pathCol) => `substr(${pathCol}, 2 + 16 * lv.k, 15)`;
const statsId = (prefix) => `'${prefix}' || substr(unit, 1, 1) || substr(unit, 3, 13)`;

const STATES = `CASE
	WHEN n % 20 < 2 THEN 'draft' WHEN n % 20 < 4 THEN 'selection' WHEN n % 20 = 4 THEN 'planning'
	WHEN n % 20 < 16 THEN 'pilot' WHEN n % 20 = 16 THEN 'review' WHEN n % 20 = 17 THEN 'recognized'
	WHEN n % 20 = 18 THEN 'not_recognized' ELSE 'withdrawn' END`;

const sql = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -400000;
BEGIN;
${seq('s', PROVINCES)} INSERT INTO units (id, name, kind, path, depth, code, created, updated)
	SELECT ${id('p', 'n')}, 'Tỉnh ủy số ' || n, 'province', '/' || ${id('p', 'n')} || '/', 0, 'P' || n, ${NOW}, ${NOW} FROM s;
${seq('s', DISTRICTS)} INSERT INTO units (id, name, kind, parent, path, depth, code, created, updated)
	SELECT ${id('d', 'n')}, 'Huyện ủy số ' || n, 'district', ${id('p', '(n - 1) % ' + PROVINCES + ' + 1')},
		'/' || ${id('p', '(n - 1) % ' + PROVINCES + ' + 1')} || '/' || ${id('d', 'n')} || '/', 1, 'D' || n, ${NOW}, ${NOW} FROM s;
${seq('s', GRASSROOTS)} INSERT INTO units (id, name, kind, parent, path, depth, code, created, updated)
	SELECT ${id('g', 'n')}, 'Đảng ủy cơ sở số ' || n, 'grassroots', d.id, d.path || ${id('g', 'n')} || '/', 2, 'G' || n, ${NOW}, ${NOW}
	FROM s JOIN units d ON d.id = ${id('d', '(n - 1) % ' + DISTRICTS + ' + 1')};
${seq('s', CELLS)} INSERT INTO units (id, name, kind, parent, path, depth, code, cellType, isGrassroots, memberCount, created, updated)
	SELECT ${id('c', 'n')}, 'Chi bộ số ' || n, 'cell', up.id, up.path || ${id('c', 'n')} || '/', up.depth + 1, 'C' || n,
		CASE n % 5 WHEN 0 THEN 'residential' WHEN 1 THEN 'administrative' WHEN 2 THEN 'public_service' WHEN 3 THEN 'armed_forces' ELSE 'enterprise' END,
		n % 10 = 0, 8 + n % 40, ${NOW}, ${NOW}
	FROM s JOIN units up ON up.id = CASE WHEN n % 10 = 0 THEN ${id('d', '(n / 10 - 1) % ' + DISTRICTS + ' + 1')} ELSE ${id('g', '(n - 1) % ' + GRASSROOTS + ' + 1')} END;
-- The subtree's upper bound, as pb_hooks/lib/tree.js keeps it (the scope rules' range).
UPDATE units SET pathEnd = substr(path, 1, length(path) - 1) || '0';
${seq('s', PROVINCES)} INSERT INTO programmes (id, name, year, owner, status, config, created, updated)
	SELECT ${id('r', 'n')}, 'Chi bộ kiểu mẫu ${YEAR}', ${YEAR}, ${id('p', 'n')}, 'active', '{}', ${NOW}, ${NOW} FROM s;
${seq('s', CELLS)} INSERT INTO enrollments (id, cell, cellName, programme, year, path, cellType, state, step, version, awaiting, rating, score, stateChangedAt, goals, created, updated)
	SELECT ${id('e', 'n')}, c.id, c.name, 'r' || substr(c.path, 3, 14), ${YEAR}, c.path, c.cellType, st.state, 0, 1,
		CASE WHEN st.state IN ('selection', 'pilot', 'review') THEN c.parent WHEN st.state IN ('draft', 'planning') THEN c.id ELSE '' END,
		CASE st.state WHEN 'recognized' THEN 'excellent' WHEN 'not_recognized' THEN CASE n % 3 WHEN 0 THEN 'good' ELSE 'complete' END ELSE '' END,
		CASE st.state WHEN 'recognized' THEN 92 WHEN 'not_recognized' THEN 75 ELSE 0 END,
		date('${YEAR}-01-01', '+' || (n % 300) || ' days') || ' 08:00:00.000Z', 'Mục tiêu của chi bộ số ' || n, ${NOW}, ${NOW}
	FROM s JOIN units c ON c.id = ${id('c', 'n')} JOIN (SELECT n AS m, ${STATES} AS state FROM s) st ON st.m = s.n;
WITH RECURSIVE m(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM m WHERE k < ${MONTHS})
INSERT INTO self_assessments (id, enrollment, month, scores, evidence, total, rating, locked, created, updated)
	SELECT 'a' || printf('%014d', (CAST(substr(e.id, 2) AS INTEGER) - 1) * 12 + m.k), e.id, '${YEAR}-' || printf('%02d', m.k),
		'{"1.1": 8, "2.1": 9}', '{}', 55 + (CAST(substr(e.id, 2) AS INTEGER) * 7 + m.k * 13) % 45,
		CASE WHEN 55 + (CAST(substr(e.id, 2) AS INTEGER) * 7 + m.k * 13) % 45 >= 90 THEN 'excellent' WHEN 55 + (CAST(substr(e.id, 2) AS INTEGER) * 7 + m.k * 13) % 45 >= 70 THEN 'good' ELSE 'complete' END,
		m.k < 10, ${NOW}, ${NOW}
	FROM enrollments e CROSS JOIN m;
INSERT INTO unit_stats (id, unit, year, cells, cellsGrassroots)
	SELECT ${statsId('t')}, unit, ${domain.TREE_YEAR}, COUNT(*), SUM(isGrassroots)
	FROM (SELECT ${ancestorOf('u.path')} AS unit, u.isGrassroots FROM units u CROSS JOIN ${levels} lv
		WHERE u.kind = 'cell' AND length(u.path) >= 1 + 16 * (lv.k + 1))
	GROUP BY unit;
INSERT INTO unit_stats (id, unit, year, ${domain.STATS_COLUMNS.join(', ')})
	SELECT ${statsId('s')}, unit, ${YEAR}, ${domain.STATS_COLUMNS.map((c) => `SUM(CASE WHEN ${predicates[c]} THEN 1 ELSE 0 END)`).join(', ')}
	FROM (SELECT ${ancestorOf('e.path')} AS unit, e.state, e.rating, e.cellType, c.isGrassroots AS isG
		FROM enrollments e JOIN units c ON c.id = e.cell CROSS JOIN ${levels} lv WHERE length(e.path) >= 1 + 16 * (lv.k + 1))
	GROUP BY unit;
UPDATE unit_stats SET parent = (SELECT parent FROM units WHERE units.id = unit_stats.unit);
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
`;

console.log(`• Sinh dữ liệu quy mô toàn quốc: ${PROVINCES} tỉnh, ${DISTRICTS} huyện, ${GRASSROOTS} đảng ủy cơ sở, ${CELLS} chi bộ, ${CELLS * MONTHS} bản tự đánh giá…`);
const started = Date.now();
const r = spawnSync('sqlite3', ['-bail', join(dataDir, 'data.db')], { input: sql, encoding: 'utf8', stdio: ['pipe', 'inherit', 'inherit'] });
if (r.status !== 0) throw new Error(`sqlite3 failed (exit ${r.status})`);
console.log(`• Xong sau ${Math.round((Date.now() - started) / 1000)} s: ${dataDir}`);
console.log('  Đo hiệu năng: node scripts/bench-scale.mjs');
