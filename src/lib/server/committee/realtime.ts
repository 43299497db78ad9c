import type { TypedPocketBase } from '$lib/pb-types';
// The realtime relay: the browser cannot hold the user's PocketBase token (the session cookie
// is httpOnly), so the SvelteKit server subscribes to PocketBase's realtime API *with that
// user's token*, through the pocketbase SDK's own subscribe, and passes on only what changed
// (id, state, awaiting) over its own server-sent events. PocketBase checks the enrollments list
// rule for every event it sends to a subscriber, so a user only ever hears of files they may
// see. See README, "Realtime and the auth token".
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventSource as NodeEventSource, type EventSourceInit } from 'eventsource';
import type PocketBase from 'pocketbase';

export interface EnrollmentChange {
	action: string;
	id: string;
	state: string;
	awaiting: string;
	version: number;
}

// The headers the client adds to its calls, for the SDK's EventSource opened (and reopened) for it.
const clientHeaders = new AsyncLocalStorage<Record<string, string>>();

/**
 * Node 20 has no EventSource, and the SDK opens its stream with the global one. This one also
 * sends the headers the client's beforeSend adds to every other call (the browser's address,
 * src/lib/server/pocketbase.ts): PocketBase's rate limits then count each person, not this
 * server, and it takes the subscription only from the address that opened the stream. The SDK
 * opens the stream (and reconnects) from callbacks of the subscribe call, which keep its async
 * context.
 */
class ForwardingEventSource extends NodeEventSource {
	constructor(url: string | URL, init?: EventSourceInit) {
		const extra = clientHeaders.getStore() ?? {};
		super(url, { ...init, fetch: (input, options) => fetch(input, { ...options, headers: { ...options?.headers, ...extra } }) });
	}
}

/** The headers `pb`'s beforeSend adds to a call. */
async function headersOf(pb: TypedPocketBase): Promise<Record<string, string>> {
	if (!pb.beforeSend) return {};
	const out = await pb.beforeSend(pb.buildURL('/api/realtime'), { headers: {} });
	return { ...((out?.options?.headers as Record<string, string> | undefined) ?? {}) };
}
globalThis.EventSource ??= ForwardingEventSource as unknown as typeof globalThis.EventSource;

/**
 * Subscribes to the enrollments `pb`'s user may see and calls `onChange` for every change.
 * Resolves once subscribed, with the function that stops listening.
 */
export async function listenToEnrollments(pb: TypedPocketBase, onChange: (c: EnrollmentChange) => void): Promise<() => Promise<void>> {
	const unsubscribe = await clientHeaders.run(await headersOf(pb), () =>
		pb.collection('enrollments').subscribe(
			'*',
			({ action, record }) =>
				onChange({
					action,
					id: String(record.id ?? ''),
					state: String(record.state ?? ''),
					awaiting: String(record.awaiting ?? ''),
					version: Number(record.version ?? 0)
				}),
			{ fields: 'id,state,awaiting,version' }
		)
	);
	// The SDK closes the stream once its last subscription is gone.
	return () => unsubscribe().catch(() => {});
}

/** One message in the wire format of server-sent events. */
export function formatSse(event: string, data: unknown): string {
	return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The browser-facing stream: `ready` once subscribed, `change` per change, a ping every 25 s. */
export function relayStream(pb: TypedPocketBase, requestSignal: AbortSignal): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let ping: ReturnType<typeof setInterval> | undefined;
	let unsubscribe: (() => Promise<void>) | undefined;
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		if (ping) clearInterval(ping);
		void unsubscribe?.();
	};
	requestSignal.addEventListener('abort', stop);
	return new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			const close = () => {
				stop();
				try {
					controller.close();
				} catch {
					/* already closed */
				}
			};
			// Tell the browser to retry after 3 s if the stream ends; the SDK itself reconnects to
			// PocketBase when PocketBase closes an idle stream.
			send('retry: 3000\n\n');
			ping = setInterval(() => send(': ping\n\n'), 25_000);
			listenToEnrollments(pb, (c) => send(formatSse('change', c)))
				.then((off) => {
					unsubscribe = off;
					if (stopped) void off();
					else send(formatSse('ready', {}));
				})
				.catch(close);
		},
		cancel() {
			stop();
		}
	});
}
