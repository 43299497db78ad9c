// npm start's servers end with it, however it ends: a child spawned with spawnTied
// (scripts/lib/pocketbase.mjs; Linux's parent-death signal through setpriv) is gone soon after
// its parent is killed with SIGKILL, which no handler of the parent can catch.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pocketbaseModule = resolve(import.meta.dirname, '..', '..', 'scripts', 'lib', 'pocketbase.mjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

describe.runIf(process.platform === 'linux' && existsSync('/usr/bin/setpriv'))('servers tied to npm start', () => {
	it('a tied child ends when its parent is killed with SIGKILL', async () => {
		// The parent: spawns `sleep 120` tied to itself, prints its pid, then waits.
		const script = `const { spawnTied } = await import(${JSON.stringify(pocketbaseModule)});
			const c = spawnTied('sleep', ['120'], { stdio: 'ignore' });
			console.log(c.pid);
			setInterval(() => {}, 1000);`;
		const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
		const childPid = await new Promise<number>((resolvePid) => parent.stdout.once('data', (d) => resolvePid(Number(String(d).trim()))));
		expect(childPid).toBeGreaterThan(0);
		await sleep(200);
		expect(alive(childPid)).toBe(true);
		parent.kill('SIGKILL');
		let gone = false;
		for (let i = 0; i < 50 && !gone; i++) {
			await sleep(100);
			gone = !alive(childPid);
		}
		if (!gone) process.kill(childPid, 'SIGKILL');
		expect(gone).toBe(true);
	});
});
