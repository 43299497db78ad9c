#!/usr/bin/env node
// `npm run restore -- DIR [--timestamp 2026-12-06T08:00:00Z]`: brings back a data folder from
// the Litestream replica, then `PB_DATA_DIR=DIR npm start` serves it: the same records, the same
// superuser, no demo seeded again (npm start sees units in it).
//   - the replica: REPLICA_URL (file:///… or s3://bucket/path, with S3_ENDPOINT, S3_REGION,
//     S3_ACCESS_KEY, S3_SECRET), else the one the last `npm start` of this clone replicated to
//     (.pb/last-replica.json), else pb_replica/ beside pb_data/;
//   - --timestamp: the state at that moment (RFC 3339, within the retained week) instead of the newest;
//   - DIR must be missing or empty: a restore never overwrites data.
// Only data.db is restored; PocketBase creates a fresh auxiliary.db (its logs) at start.
// Uploaded files live in S3 when S3_* are set (PocketBase's S3 storage): nothing to restore.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = 'Cách dùng: npm run restore -- THƯ_MỤC [--timestamp 2026-12-06T08:00:00Z]';
let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { timestamp: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (err) {
	console.error(`✗ ${err instanceof Error ? err.message : err}\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(usage);
	process.exit(0);
}
if (positionals.length !== 1) {
	console.error(`✗ Cần đúng một thư mục đích.\n${usage}`);
	process.exit(2);
}
const dir = resolve(positionals[0]);
if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
	console.error(`✗ ${dir} đã có dữ liệu: không ghi đè. Chọn một thư mục trống hoặc chưa tồn tại.`);
	process.exit(1);
}
const timestamp = values.timestamp ?? null;
if (timestamp !== null && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(timestamp) || Number.isNaN(Date.parse(timestamp)))) {
	console.error(`✗ --timestamp cần dạng RFC 3339, ví dụ 2026-12-06T08:00:00Z hoặc 2026-12-06T15:00:00+07:00; nhận "${timestamp}".`);
	process.exit(2);
}

const { ensureLitestream } = await import('./lib/tools.mjs');
const { replicaUrlForRestore, restoreReplica } = await import('./lib/replica.mjs');
ensureLitestream();
const url = replicaUrlForRestore();
// Timing of the restore itself, not a business date.
const started = performance.now();
console.log(`• Khôi phục từ ${url}${timestamp ? ` tại thời điểm ${timestamp}` : ' (bản mới nhất)'} vào ${dir}…`);
try {
	restoreReplica({ dir, url, timestamp });
} catch (err) {
	console.error(`✗ ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}
if (!existsSync(join(dir, 'data.db'))) {
	console.error(`✗ Bản sao ${url} không có dữ liệu để khôi phục.`);
	process.exit(1);
}
// The folder holds a restored database: npm start must not seed the demo into it.
writeFileSync(join(dir, '.restored-from'), JSON.stringify({ url: url.replace(/\/\/[^@/]*@/, '//'), timestamp }) + '\n');
console.log(`✓ Xong sau ${((performance.now() - started) / 1000).toFixed(1)} s. Chạy: PB_DATA_DIR=${dir} npm start`);
