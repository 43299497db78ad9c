import { env } from '$env/dynamic/private';

/**
 * Load shedding: the one bound on the work SvelteKit has in flight, and so on its calls to
 * PocketBase (issue 12: with nothing bounding it, a short stall piled up requests until the worst
 * read took 77 s and PocketBase grew to 13 GB).
 *
 * `handle` (src/hooks.server.ts) runs every request through one limiter per process: at most
 * MAX_PAGES_IN_FLIGHT requests (pages, form actions, endpoints) run at once; the next
 * MAX_PAGES_QUEUED wait in line, each at most MAX_QUEUE_WAIT_MS; past that a request is answered
 * at once with 503, Retry-After and a Vietnamese message (JSON for endpoints and enhanced forms).
 * Whole requests, not single calls: a page needs all of its calls, so refusing one call of a page
 * already begun wastes the calls it made (measured: a call-level limiter of 4 + 8 answered a burst
 * of 60 inbox loads with 60 × 503; this one, 4 + 8, served 19 and refused 41 within 310 ms).
 *
 * The defaults fit the 2-core node of `npm run bench:peak` (README, "Peak load"): 16 pages in
 * flight keep both cores busy (a page is 1–5 calls, mostly in parallel) and stay within
 * PocketBase's pool of JS workers (scripts/lib/pocketbase.mjs sizes --hooksPool for them); 256
 * waiting at most 1 s bound the extra latency of an accepted page.
 */

export const SHED_MESSAGE = 'Hệ thống đang quá tải. Vui lòng thử lại sau ít giây.';
/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_S = 2;

export class ShedError extends Error {
	readonly status = 503;
	constructor() {
		super(SHED_MESSAGE);
		this.name = 'ShedError';
	}
}

function positive(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export interface LimiterOptions {
	maxInFlight: number;
	maxQueue: number;
	maxWaitMs: number;
}

export interface LimiterStats {
	inFlight: number;
	queued: number;
	shed: number;
}

/** A counting semaphore with a bounded, time-limited queue. */
export class Limiter {
	private inFlight = 0;
	private shed = 0;
	private readonly queue: { start: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

	constructor(readonly options: LimiterOptions) {}

	stats(): LimiterStats {
		return { inFlight: this.inFlight, queued: this.queue.length, shed: this.shed };
	}

	/** Runs `work` when a slot is free; throws ShedError when the line is full or the wait too long. */
	async run<T>(work: () => Promise<T>): Promise<T> {
		await this.acquire();
		try {
			return await work();
		} finally {
			this.release();
		}
	}

	private acquire(): Promise<void> {
		if (this.inFlight < this.options.maxInFlight) {
			this.inFlight++;
			return Promise.resolve();
		}
		if (this.queue.length >= this.options.maxQueue) {
			this.shed++;
			return Promise.reject(new ShedError());
		}
		return new Promise<void>((resolve, reject) => {
			const entry = {
				start: () => {
					clearTimeout(entry.timer);
					resolve();
				},
				timer: setTimeout(() => {
					const i = this.queue.indexOf(entry);
					if (i >= 0) this.queue.splice(i, 1);
					this.shed++;
					reject(new ShedError());
				}, this.options.maxWaitMs)
			};
			this.queue.push(entry);
		});
	}

	private release(): void {
		const next = this.queue.shift();
		// The slot passes straight to the next in line: inFlight stays as it is.
		if (next) next.start();
		else this.inFlight--;
	}
}

/** The process's limiter of requests in flight. */
export const requestLimiter = new Limiter({
	maxInFlight: positive(env.MAX_PAGES_IN_FLIGHT, 16),
	maxQueue: positive(env.MAX_PAGES_QUEUED, 256),
	maxWaitMs: positive(env.MAX_QUEUE_WAIT_MS, 1000)
});

/** Whether `error` is (or wraps, as the SDK's ClientResponseError does) a refusal of the limiter. */
export function isShed(error: unknown): boolean {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		if (e instanceof ShedError || (e as { name?: unknown }).name === 'ShedError') return true;
		e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
	}
	return false;
}
