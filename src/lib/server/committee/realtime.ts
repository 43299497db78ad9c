// The realtime relay: the browser cannot hold the user's PocketBase token (the session cookie
// is httpOnly), so the SvelteKit server subscribes to PocketBase's realtime API *with that
// user's token* and passes on only what changed (id, state, awaiting) over its own
// server-sent events. PocketBase checks the enrollments list rule for every event it sends to a
// subscriber, so a user only ever hears of files they may see. See README, "Realtime and the
// auth token".
import type PocketBase from 'pocketbase';
import { formatSse, parseSse } from './sse';

export interface EnrollmentChange {
	action: string;
	id: string;
	state: string;
	awaiting: string;
	version: number;
}

/**
 * Opens PocketBase's realtime stream for `collection` as the user of `pb` and calls `onChange`
 * for every change; resolves when the stream ends (closed by PocketBase or by `signal`).
 */
export async function listenToEnrollments(
	pb: PocketBase,
	clientAddress: string,
	signal: AbortSignal,
	onChange: (c: EnrollmentChange) => void,
	onReady: () => void = () => {}
): Promise<void> {
	const base = pb.baseURL.replace(/\/$/, '');
	const headers = { 'X-Forwarded-For': clientAddress };
	const res = await fetch(`${base}/api/realtime`, { headers: { ...headers, Accept: 'text/event-stream' }, signal });
	if (!res.ok || !res.body) throw new Error(`Realtime connection refused: ${res.status}`);
	const reader = res.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += decoder.decode(value, { stream: true });
			const { messages, rest } = parseSse(buffer);
			buffer = rest;
			for (const m of messages) {
				if (m.event === 'PB_CONNECT') {
					const { clientId } = JSON.parse(m.data) as { clientId: string };
					const sub = await fetch(`${base}/api/realtime`, {
						method: 'POST',
						headers: { ...headers, 'Content-Type': 'application/json', Authorization: pb.authStore.token },
						body: JSON.stringify({ clientId, subscriptions: ['enrollments'] }),
						signal
					});
					if (!sub.ok) throw new Error(`Realtime subscription refused: ${sub.status}`);
					onReady();
				} else if (m.event === 'enrollments') {
					const { action, record } = JSON.parse(m.data) as { action: string; record: Record<string, unknown> };
					onChange({
						action,
						id: String(record.id ?? ''),
						state: String(record.state ?? ''),
						awaiting: String(record.awaiting ?? ''),
						version: Number(record.version ?? 0)
					});
				}
			}
		}
	} finally {
		reader.cancel().catch(() => {});
	}
}

/** The browser-facing stream: `ready` once subscribed, `change` per change, a ping every 25 s. */
export function relayStream(
	pb: PocketBase,
	clientAddress: string,
	requestSignal: AbortSignal
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const upstream = new AbortController();
	let ping: ReturnType<typeof setInterval> | undefined;
	const stop = () => {
		if (ping) clearInterval(ping);
		upstream.abort();
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
			// Tell the browser to retry after 3 s when the stream ends (PocketBase closes idle ones).
			send('retry: 3000\n\n');
			ping = setInterval(() => send(': ping\n\n'), 25_000);
			listenToEnrollments(pb, clientAddress, upstream.signal, (c) => send(formatSse('change', c)), () => send(formatSse('ready', {})))
				.catch(() => {})
				.finally(() => {
					stop();
					try {
						controller.close();
					} catch {
						/* already closed */
					}
				});
		},
		cancel() {
			stop();
		}
	});
}
