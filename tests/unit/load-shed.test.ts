// Shedding load instead of collapsing (issue 12): the limiter in front of SvelteKit's calls to
// PocketBase (src/lib/server/load-shed.ts), and the session check that no longer costs a call to
// PocketBase on every page (src/lib/server/session.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import PocketBase, { ClientResponseError } from 'pocketbase';
import { isShed, Limiter, ShedError, SHED_MESSAGE } from '../../src/lib/server/load-shed';
import { AUTH_COOKIE, forgetSession, restoreSession } from '../../src/lib/server/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Limiter', () => {
	it('runs at most maxInFlight at once, queues maxQueue, refuses the rest at once', async () => {
		const limiter = new Limiter({ maxInFlight: 2, maxQueue: 1, maxWaitMs: 1000 });
		let running = 0;
		let most = 0;
		const work = async () => {
			running++;
			most = Math.max(most, running);
			await sleep(30);
			running--;
			return 'done';
		};
		const started = performance.now();
		const outcomes = await Promise.allSettled([limiter.run(work), limiter.run(work), limiter.run(work), limiter.run(work)]);
		expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
		const refused = outcomes[3] as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(ShedError);
		expect(refused.reason.message).toBe(SHED_MESSAGE);
		expect(most).toBe(2);
		// The queued one ran after a slot was freed: two rounds, not one.
		expect(performance.now() - started).toBeGreaterThanOrEqual(55);
		expect(limiter.stats()).toEqual({ inFlight: 0, queued: 0, shed: 1 });
	});

	it('refuses a queued call that waited longer than maxWaitMs, and the slot stays usable', async () => {
		const limiter = new Limiter({ maxInFlight: 1, maxQueue: 10, maxWaitMs: 20 });
		const slow = limiter.run(() => sleep(80));
		const waited = limiter.run(async () => 'never');
		await expect(waited).rejects.toBeInstanceOf(ShedError);
		await slow;
		await expect(limiter.run(async () => 'later')).resolves.toBe('later');
		expect(limiter.stats()).toEqual({ inFlight: 0, queued: 0, shed: 1 });
	});

	it('frees the slot when the work throws', async () => {
		const limiter = new Limiter({ maxInFlight: 1, maxQueue: 0, maxWaitMs: 10 });
		await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(limiter.run(async () => 1)).resolves.toBe(1);
	});

	it('isShed sees a refusal inside the SDK error a PocketBase call throws', () => {
		expect(isShed(new ShedError())).toBe(true);
		expect(isShed(new ClientResponseError(new ShedError()))).toBe(true);
		expect(isShed(new ClientResponseError({ status: 503, data: {} }))).toBe(false);
		expect(isShed(new Error('other'))).toBe(false);
		expect(isShed(null)).toBe(false);
	});
});

/** A token PocketBase could have issued: the SDK reads only its `exp`. */
function token(id: string, expInSeconds = 3600): string {
	const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
	return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ id, type: 'auth', exp: Math.floor(Date.now() / 1000) + expInSeconds })}.signature`;
}

function cookieWith(t: string, record: object | null = null): string {
	return `${AUTH_COOKIE}=${encodeURIComponent(JSON.stringify({ token: t, record }))}`;
}

const account = (id: string, role = 'officer') => ({
	id,
	name: 'Nguyễn Văn A',
	email: `${id}@example.vn`,
	role,
	unit: 'u1',
	expand: { unit: { id: 'u1', name: 'Huyện ủy', kind: 'district', path: '/p/u1/', cellType: '' } }
});

/** A request client whose authRefresh is counted (and answers as PocketBase would). */
function client(answer: (pb: PocketBase) => Promise<unknown>) {
	const pb = new PocketBase('http://127.0.0.1:1');
	const refresh = vi.fn(() => answer(pb));
	vi.spyOn(pb, 'collection').mockReturnValue({ authRefresh: refresh } as never);
	return { pb, refresh };
}

describe('restoreSession', () => {
	afterEach(() => vi.restoreAllMocks());

	it('asks PocketBase once per token, then trusts it for a few minutes', async () => {
		const t = token('user-once');
		const fresh = token('user-once', 7200);
		const answer = async (pb: PocketBase) => {
			pb.authStore.save(fresh, account('user-once') as never);
			return { token: fresh, record: account('user-once') };
		};
		const first = client(answer);
		const user = await restoreSession(first.pb, cookieWith(t));
		expect(user?.id).toBe('user-once');
		expect(first.refresh).toHaveBeenCalledTimes(1);
		expect(first.pb.authStore.token).toBe(fresh);

		// The next page, with the refreshed token in its cookie, and one still carrying the old one.
		for (const cookie of [cookieWith(fresh), cookieWith(t)]) {
			const next = client(answer);
			expect((await restoreSession(next.pb, cookie))?.role).toBe('officer');
			expect(next.refresh).not.toHaveBeenCalled();
			expect(next.pb.authStore.record?.id).toBe('user-once');
		}

		// Minutes later PocketBase is asked again.
		const now = performance.now();
		vi.spyOn(performance, 'now').mockReturnValue(now + 181_000);
		const later = client(answer);
		await restoreSession(later.pb, cookieWith(fresh));
		expect(later.refresh).toHaveBeenCalledTimes(1);
	});

	it('never takes the user from the cookie: a forged record with a known token gets the confirmed one', async () => {
		const t = token('user-forged');
		const answer = async (pb: PocketBase) => {
			pb.authStore.save(t, account('user-forged', 'secretary') as never);
			return { token: t, record: account('user-forged', 'secretary') };
		};
		await restoreSession(client(answer).pb, cookieWith(t));
		const forged = client(answer);
		const user = await restoreSession(forged.pb, cookieWith(t, { ...account('user-forged', 'officer') }));
		expect(user?.role).toBe('secretary');
		expect(forged.refresh).not.toHaveBeenCalled();
	});

	it('asks again after sign-out, and drops a token PocketBase refuses', async () => {
		const t = token('user-out');
		let valid = true;
		const answer = async (pb: PocketBase) => {
			if (!valid) throw new ClientResponseError({ status: 401, data: {} });
			pb.authStore.save(t, account('user-out') as never);
			return { token: t, record: account('user-out') };
		};
		await restoreSession(client(answer).pb, cookieWith(t));
		forgetSession(t);
		valid = false;
		const after = client(answer);
		expect(await restoreSession(after.pb, cookieWith(t))).toBeNull();
		expect(after.refresh).toHaveBeenCalledTimes(1);
		expect(after.pb.authStore.token).toBe('');
	});

	it('asks again after PocketBase answered 401 to a call with a trusted token (a disabled account)', async () => {
		const t = token('user-revoked');
		const answer = async (pb: PocketBase) => {
			pb.authStore.save(t, account('user-revoked') as never);
			return { token: t, record: account('user-revoked') };
		};
		await restoreSession(client(answer).pb, cookieWith(t));
		const trusted = client(answer);
		await restoreSession(trusted.pb, cookieWith(t));
		expect(trusted.refresh).not.toHaveBeenCalled();
		// A data call of that page comes back 401.
		trusted.pb.afterSend?.(new Response('{}', { status: 401 }), {});
		const next = client(answer);
		await restoreSession(next.pb, cookieWith(t));
		expect(next.refresh).toHaveBeenCalledTimes(1);
	});

	it('passes a refusal of the limiter on (503), instead of signing the person out', async () => {
		const t = token('user-shed');
		const shed = client(async () => {
			throw new ClientResponseError(new ShedError());
		});
		await expect(restoreSession(shed.pb, cookieWith(t))).rejects.toSatisfy(isShed);
	});
});
