// Production mode of `npm start` (scripts/start.mjs, scripts/lib/production.mjs): with
// NODE_ENV=production it refuses the published secrets and requires PB_ADMIN_EMAIL,
// PB_ADMIN_PASSWORD and ORIGIN, before it installs, builds or serves anything; the settings it
// applies through PocketBase's settings API come from the environment.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISHED, productionProblems, settingsFromEnv } from '../../scripts/lib/production.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'kieumau-prod-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node scripts/start.mjs` with only these variables (plus PATH and HOME). */
function start(env: Record<string, string>) {
	const started = performance.now();
	const r = spawnSync(process.execPath, ['scripts/start.mjs'], {
		cwd: root,
		encoding: 'utf8',
		timeout: 20_000,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PB_DATA_DIR: join(scratch, 'pb_data'), PB_HTTP: '127.0.0.1:18399', PORT: '5319', ...env }
	});
	return { status: r.status, signal: r.signal, stderr: r.stderr, stdout: r.stdout, seconds: (performance.now() - started) / 1000 };
}

const good = {
	NODE_ENV: 'production',
	PB_ADMIN_EMAIL: 'quantri@tinhuy-thaibinh.vn',
	PB_ADMIN_PASSWORD: 'mot-mat-khau-rieng-dai-2026',
	ORIGIN: 'https://kieumau.tinhuy-thaibinh.vn'
};

describe('npm start in production mode', () => {
	it('refuses the published superuser password at once, with the reason, before installing anything', () => {
		const r = start({ ...good, PB_ADMIN_PASSWORD: PUBLISHED.adminPassword });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('PB_ADMIN_PASSWORD không được là mật khẩu mặc định');
		expect(r.stdout).not.toContain('Build');
		expect(r.seconds).toBeLessThan(10);
	});

	it('refuses the demo accounts’ password and the published superuser', () => {
		const r = start({ ...good, PB_ADMIN_EMAIL: PUBLISHED.adminEmail, PB_ADMIN_PASSWORD: PUBLISHED.demoPassword });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`PB_ADMIN_EMAIL không được là tài khoản quản trị mặc định đã công bố (${PUBLISHED.adminEmail})`);
		expect(r.stderr).toContain('mật khẩu dữ liệu mẫu');
	});

	it('requires PB_ADMIN_EMAIL, PB_ADMIN_PASSWORD and ORIGIN from the environment', () => {
		const r = start({ NODE_ENV: 'production' });
		expect(r.status).toBe(1);
		for (const k of ['PB_ADMIN_EMAIL', 'PB_ADMIN_PASSWORD', 'ORIGIN']) expect(r.stderr).toContain(`Chế độ production cần biến môi trường ${k}.`);
	});

	it('refuses a data folder that holds the demo (published passwords)', () => {
		const dir = join(scratch, 'demo');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, '.demo-seeded'), 'seeded\n');
		expect(productionProblems({ ...good }, dir)).toEqual([expect.stringContaining('chứa dữ liệu mẫu')]);
		expect(productionProblems({ ...good }, join(scratch, 'empty'))).toEqual([]);
	});

	it('refuses half an S3 setting in any mode, naming what is missing', () => {
		const r = start({ S3_ENDPOINT: 'https://s3.example.vn', S3_BUCKET: 'kieumau' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('đang thiếu S3_REGION, S3_ACCESS_KEY, S3_SECRET');
	});

	it('asks nothing of development mode', () => {
		expect(productionProblems({})).toEqual([]);
		expect(productionProblems({ NODE_ENV: 'development', PB_ADMIN_PASSWORD: PUBLISHED.adminPassword })).toEqual([]);
	});
});

describe('settings from the environment', () => {
	it('S3 file storage when the five S3 variables are set', () => {
		const s = settingsFromEnv({ S3_ENDPOINT: 'http://127.0.0.1:7070', S3_BUCKET: 'files', S3_REGION: 'us-east-1', S3_ACCESS_KEY: 'k', S3_SECRET: 's' });
		expect(s.s3).toEqual({ enabled: true, bucket: 'files', region: 'us-east-1', endpoint: 'http://127.0.0.1:7070', accessKey: 'k', secret: 's', forcePathStyle: true });
		expect(settingsFromEnv({}).s3).toBeUndefined();
	});

	it('SMTP and the sender from SMTP_*', () => {
		const s = settingsFromEnv({ SMTP_HOST: 'smtp.tinhuy.vn', SMTP_PORT: '465', SMTP_USERNAME: 'u', SMTP_PASSWORD: 'p', SMTP_SENDER: 'no-reply@tinhuy.vn', ORIGIN: 'https://km.tinhuy.vn' });
		expect(s.smtp).toMatchObject({ enabled: true, host: 'smtp.tinhuy.vn', port: 465, username: 'u', password: 'p', tls: true });
		expect(s.meta).toEqual({ appURL: 'https://km.tinhuy.vn', senderAddress: 'no-reply@tinhuy.vn', senderName: 'Kiểu Mẫu' });
		expect(settingsFromEnv({ SMTP_HOST: 'h', SMTP_SENDER: 'a@b.vn' }).smtp).toMatchObject({ port: 587, tls: false });
	});

	it('the nightly backup: off unless PB_BACKUPS_CRON (Litestream takes the nightly snapshot), a week kept', () => {
		expect(settingsFromEnv({}).backups).toEqual({ cron: '', cronMaxKeep: 7 });
		expect(settingsFromEnv({ PB_BACKUPS_CRON: '0 19 * * *', PB_BACKUPS_MAX_KEEP: '3' }).backups).toEqual({ cron: '0 19 * * *', cronMaxKeep: 3 });
	});
});
