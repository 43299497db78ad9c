// The server Playwright starts: a throwaway PocketBase (free port, temporary folder) seeded
// with the demo data, and the built app on E2E_PORT. The app takes the client address from
// X-Forwarded-For so that each test can be its own "person" for the login rate limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './lib/pocketbase.mjs';
import { startApp, startPocketBase } from './lib/instance.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'kieumau-e2e-'));
const pb = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true, seed: true });
const app = startApp({
	port: Number(process.env.E2E_PORT || 4317),
	pbUrl: pb.url,
	env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', PB_PUBLIC_URL: pb.url }
});
// Where this run's PocketBase listens, for the specs that count rows as the superuser (fuzz.spec.ts).
const pbFile = join(tmpdir(), `kieumau-e2e-${process.env.E2E_PORT || 4317}.json`);
writeFileSync(pbFile, JSON.stringify({ url: pb.url }));
const stop = () => {
	rmSync(pbFile, { force: true });
	app.kill('SIGTERM');
	pb.child.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
