// `npm start`: from a fresh clone to the running product on demo data.
// Installs what is missing, builds the pinned PocketBase, migrates, creates the superuser,
// seeds the demo data once, builds the app, then serves PocketBase and the app.
import { join } from 'node:path';
import { prepare, run } from './lib/setup.mjs';

await prepare();
const { root } = await import('./lib/pocketbase.mjs');
const { startApp, startPocketBase, stopOnExit, defaults } = await import('./lib/instance.mjs');

const dataDir = process.env.PB_DATA_DIR || join(root, 'pb_data');
const http = process.env.PB_HTTP || '127.0.0.1:8090';
const port = Number(process.env.PORT || 3000);

console.log('• Build ứng dụng…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

const pb = await startPocketBase({ dataDir, http, seed: true });
const app = startApp({ port, pbUrl: pb.url });
stopOnExit([pb.child, app]);

console.log(`
Kiểu Mẫu đang chạy:
  Ứng dụng:    http://localhost:${port}
  PocketBase:  ${pb.url}/_/  (quản trị: ${defaults.adminEmail})
  Dữ liệu:     ${dataDir}
Tài khoản mẫu: xem README.md (mật khẩu chung KieuMau@2026). Ctrl+C để dừng.
`);
