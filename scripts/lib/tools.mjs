// The operations tools beside PocketBase, built from their Go modules like PocketBase itself
// (no release downloads): Litestream (continuous replication of data.db) and versitygw (a real
// S3 server on a local folder, for the disaster drill). Each lands in .pb/bin (git-ignored) with
// a VERSION file; a later run skips the build while the version matches.
// Only Node built-ins here: scripts/start.mjs runs this before `npm ci` has happened.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './pocketbase.mjs';

export const TOOLS = {
	litestream: { module: 'github.com/benbjohnson/litestream/cmd/litestream', version: '0.5.18' },
	versitygw: { module: 'github.com/versity/versitygw/cmd/versitygw', version: '1.8.0' }
};

const binDir = join(root, '.pb', 'bin');

/** @param {keyof typeof TOOLS} name */
export function toolPath(name) {
	return join(binDir, name);
}

/**
 * Builds one tool with `go install MODULE@vVERSION` into .pb/bin unless that version is there.
 * @param {keyof typeof TOOLS} name
 */
export function ensureTool(name) {
	const { module, version } = TOOLS[name];
	const bin = toolPath(name);
	const versionFile = `${bin}.VERSION`;
	if (existsSync(bin) && existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim() === version) return bin;
	console.log(`• Đang build ${name} v${version} từ Go module (lần đầu mất vài phút)…`);
	const gobin = join(binDir, `gobin-${name}`);
	rmSync(gobin, { recursive: true, force: true });
	mkdirSync(gobin, { recursive: true });
	const r = spawnSync('go', ['install', `${module}@v${version}`], {
		stdio: 'inherit',
		env: { ...process.env, GOBIN: gobin, CGO_ENABLED: '0' }
	});
	if (r.status !== 0) throw new Error(`go install ${name} v${version} failed (exit ${r.status})`);
	renameSync(join(gobin, name), bin);
	rmSync(gobin, { recursive: true, force: true });
	writeFileSync(versionFile, version + '\n');
	return bin;
}

export const ensureLitestream = () => ensureTool('litestream');
export const ensureVersitygw = () => ensureTool('versitygw');
