// The HTTP helpers every benchmark shares: one request with its own client address, the same
// that must succeed, a bounded worker pool, percentiles, and the `--smoke` switch.
//
// Addresses: the rate limiter stays ON in every benchmark, as in production. It never throttles a
// benchmark because every request carries its own client address in X-Forwarded-For (PocketBase
// trusts that header from the loopback): as many people each acting once, not one person
// hammering. Each script takes its own documentation-range prefix (2001:db8::/32) so that two
// benchmarks on one server never share an address.

/** True when the script was started with `--smoke` (tiny sizes, seconds not minutes; run by `npm test`). */
export const smoke = process.argv.includes('--smoke');

/** A function giving a new documentation-range address under `prefix` (e.g. '2001:db8:be') at every call. */
export function addresses(prefix) {
	let n = 0;
	return () => {
		n++;
		return `${prefix}::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
	};
}

/**
 * An HTTP client for one server: `call(url, token, method, path, body, { timeoutMs, headers })`
 * resolves to { status, body, ms, headers } (body parsed as JSON when it is JSON), or throws when
 * the server is gone or the time runs out; `attempt(...)` answers status 0 instead of throwing;
 * `must(...)` throws unless the answer is 2xx.
 */
export function httpClient(prefix) {
	const nextAddress = addresses(prefix);
	async function call(url, token, method, path, body, { timeoutMs = 10_000, headers = {} } = {}) {
		const started = performance.now();
		const res = await fetch(url + path, {
			method,
			headers: {
				'Content-Type': 'application/json',
				'X-Forwarded-For': nextAddress(),
				...(token ? { Authorization: token } : {}),
				...headers
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(timeoutMs),
			redirect: 'manual'
		});
		const text = await res.text();
		const ms = performance.now() - started;
		let parsed = null;
		try {
			parsed = text ? JSON.parse(text) : null;
		} catch {
			parsed = text;
		}
		return { status: res.status, body: parsed, ms, headers: res.headers };
	}
	async function must(url, token, method, path, body, what) {
		const out = await call(url, token, method, path, body);
		if (out.status < 200 || out.status > 299) throw new Error(`${what}: ${out.status} ${JSON.stringify(out.body)}`);
		return out.body;
	}
	/** `call` that never throws: a timeout or a refused connection answers status 0 (a failure to count). */
	async function attempt(url, token, method, path, body, options) {
		const started = performance.now();
		try {
			return await call(url, token, method, path, body, options);
		} catch (err) {
			return { status: 0, body: String(err), ms: performance.now() - started, headers: new Headers() };
		}
	}
	return { call, attempt, must, nextAddress };
}

/** Runs `work(item)` over `items` with `limit` in flight, stopping when `capMs` has passed. */
export async function pool(items, limit, work, capMs) {
	const deadline = performance.now() + capMs;
	let next = 0;
	let done = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length && performance.now() < deadline) {
				const item = items[next++];
				await work(item);
				done++;
			}
		})
	);
	return { items: done, seconds: (performance.now() - started) / 1000 };
}

/** The p-th percentile (0–100) of an ascending list, nearest rank; NaN when empty. */
export function percentile(sorted, p) {
	if (!sorted.length) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

/** `list` cut into pieces of at most `size`. */
export const chunk = (list, size) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
