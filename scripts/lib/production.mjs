// Production mode and the settings `npm start` applies from the environment.
// Only Node built-ins here: scripts/start.mjs checks production mode before installing anything.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The secrets the README publishes: never accepted in production. */
export const PUBLISHED = {
	adminEmail: 'admin@kieumau.vn',
	adminPassword: 'KieuMau@Admin2026',
	// Every demo account's password (scripts/lib/demo-data.mjs, DEMO_PASSWORD).
	demoPassword: 'KieuMau@2026'
};

export const isProduction = (env = process.env) => env.NODE_ENV === 'production';

/**
 * Nightly PocketBase backup (cron in UTC: 19:00 UTC is 02:00 in Vietnam) and how many to keep.
 * Off unless PB_BACKUPS_CRON is set: at national size the built-in backup blocks writes for
 * far more than a second (README, "Backup and restore"), so the nightly snapshot comes from
 * Litestream (scripts/lib/replica.mjs: SNAPSHOT_INTERVAL, SNAPSHOT_RETENTION).
 */
export const BACKUPS_DEFAULT = { cron: '', cronMaxKeep: 7 };

const S3_VARS = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY', 'S3_SECRET'];

/** Problems with the environment in any mode (half an S3 setting, a bad SMTP port…), in Vietnamese. */
export function environmentProblems(env = process.env) {
	const problems = [];
	const s3Set = S3_VARS.filter((k) => env[k]);
	if (s3Set.length && s3Set.length < S3_VARS.length) {
		problems.push(`Lưu tệp trên S3 cần đủ ${S3_VARS.join(', ')}; đang thiếu ${S3_VARS.filter((k) => !env[k]).join(', ')}.`);
	}
	if (env.S3_ENDPOINT && !/^https?:\/\/[^/]/.test(env.S3_ENDPOINT)) {
		problems.push(`S3_ENDPOINT phải là địa chỉ http:// hoặc https://, không phải "${env.S3_ENDPOINT}".`);
	}
	if (env.SMTP_HOST) {
		if (env.SMTP_PORT && !/^\d{1,5}$/.test(env.SMTP_PORT)) problems.push(`SMTP_PORT phải là số cổng, không phải "${env.SMTP_PORT}".`);
		if (!env.SMTP_SENDER) problems.push('Có SMTP_HOST thì cần SMTP_SENDER (địa chỉ gửi thư, ví dụ no-reply@tinhuy.vn).');
	}
	if (env.PB_BACKUPS_MAX_KEEP && !/^\d+$/.test(env.PB_BACKUPS_MAX_KEEP)) {
		problems.push(`PB_BACKUPS_MAX_KEEP phải là số bản sao lưu giữ lại, không phải "${env.PB_BACKUPS_MAX_KEEP}".`);
	}
	return problems;
}

/**
 * Why `npm start` must refuse to run in production mode with this environment (Vietnamese,
 * one line each), or [] when it may. `dataDir` lets it refuse a folder that holds the demo.
 * @param {Record<string, string | undefined>} [env]
 * @param {string | null} [dataDir]
 */
export function productionProblems(env = process.env, dataDir = null) {
	if (!isProduction(env)) return [];
	const problems = [];
	for (const k of ['PB_ADMIN_EMAIL', 'PB_ADMIN_PASSWORD', 'ORIGIN']) {
		if (!env[k]) problems.push(`Chế độ production cần biến môi trường ${k}.`);
	}
	const email = (env.PB_ADMIN_EMAIL ?? '').trim().toLowerCase();
	const password = env.PB_ADMIN_PASSWORD ?? '';
	if (email === PUBLISHED.adminEmail) problems.push(`PB_ADMIN_EMAIL không được là tài khoản quản trị mặc định đã công bố (${PUBLISHED.adminEmail}).`);
	if (password && [PUBLISHED.adminPassword, PUBLISHED.demoPassword].includes(password)) {
		problems.push('PB_ADMIN_PASSWORD không được là mật khẩu mặc định hay mật khẩu dữ liệu mẫu đã công bố trong README.');
	} else if (password && password.length < 12) {
		problems.push('PB_ADMIN_PASSWORD cần ít nhất 12 ký tự.');
	}
	if (env.ORIGIN) {
		let ok = false;
		try {
			ok = ['http:', 'https:'].includes(new URL(env.ORIGIN).protocol);
		} catch {
			ok = false;
		}
		if (!ok) problems.push(`ORIGIN phải là địa chỉ người dùng mở, ví dụ https://kieumau.tinhuy.vn, không phải "${env.ORIGIN}".`);
	}
	if (env.KIEUMAU_TODAY) problems.push('Không đặt KIEUMAU_TODAY ở chế độ production: ngày nghiệp vụ phải là ngày thật.');
	if (dataDir && existsSync(join(dataDir, '.demo-seeded'))) {
		problems.push(`Thư mục dữ liệu ${dataDir} chứa dữ liệu mẫu (mật khẩu đã công bố): dùng một thư mục dữ liệu khác cho production.`);
	}
	return problems;
}

/**
 * The part of PocketBase's settings that comes from the environment, for `PATCH /api/settings`:
 * S3 file storage (all five S3_* set), SMTP (SMTP_HOST set), the nightly backup, the app URL.
 * Settings not named here are left as they are (the admin UI may have set them).
 */
export function settingsFromEnv(env = process.env) {
	/** @type {Record<string, any>} */
	const settings = {};
	if (S3_VARS.every((k) => env[k])) {
		settings.s3 = {
			enabled: true,
			bucket: env.S3_BUCKET,
			region: env.S3_REGION,
			endpoint: env.S3_ENDPOINT,
			accessKey: env.S3_ACCESS_KEY,
			secret: env.S3_SECRET,
			forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false'
		};
	}
	const meta = {};
	if (env.ORIGIN) meta.appURL = env.ORIGIN;
	if (env.SMTP_HOST) {
		const port = Number(env.SMTP_PORT || 587);
		settings.smtp = {
			enabled: true,
			host: env.SMTP_HOST,
			port,
			username: env.SMTP_USERNAME ?? '',
			password: env.SMTP_PASSWORD ?? '',
			authMethod: env.SMTP_AUTH_METHOD || 'PLAIN',
			// Implicit TLS (port 465); other ports upgrade with STARTTLS when the server offers it.
			tls: env.SMTP_TLS ? env.SMTP_TLS === 'true' : port === 465,
			localName: env.SMTP_LOCAL_NAME ?? ''
		};
		meta.senderAddress = env.SMTP_SENDER;
		meta.senderName = env.SMTP_SENDER_NAME || 'Kiểu Mẫu';
	}
	if (Object.keys(meta).length) settings.meta = meta;
	settings.backups = {
		cron: env.PB_BACKUPS_CRON ?? BACKUPS_DEFAULT.cron,
		cronMaxKeep: env.PB_BACKUPS_MAX_KEEP ? Number(env.PB_BACKUPS_MAX_KEEP) : BACKUPS_DEFAULT.cronMaxKeep
	};
	return settings;
}

/** Applies settingsFromEnv() through the superuser API; throws with PocketBase's reason on a 4xx. */
export async function applySettings(url, adminEmail, adminPassword, env = process.env) {
	const auth = await fetch(`${url}/api/collections/_superusers/auth-with-password`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ identity: adminEmail, password: adminPassword })
	});
	if (!auth.ok) throw new Error(`Không đăng nhập được quản trị ${adminEmail} (${auth.status}) để áp dụng cấu hình`);
	const { token } = await auth.json();
	const settings = settingsFromEnv(env);
	const res = await fetch(`${url}/api/settings`, {
		method: 'PATCH',
		headers: { 'Content-Type': 'application/json', Authorization: token },
		body: JSON.stringify(settings)
	});
	if (!res.ok) throw new Error(`PocketBase từ chối cấu hình từ biến môi trường (${res.status}): ${await res.text()}`);
	return { token, settings };
}
