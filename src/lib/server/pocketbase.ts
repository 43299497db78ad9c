import PocketBase from 'pocketbase';
import { env } from '$env/dynamic/private';
import type { TypedPocketBase } from '$lib/pb-types';

/** Where PocketBase listens: PB_URL, else http://$PB_HTTP, else the default 127.0.0.1:8090. */
export function pocketbaseUrl(): string {
	return env.PB_URL || `http://${env.PB_HTTP || '127.0.0.1:8090'}`;
}

/**
 * A PocketBase client for one request, acting with the user's own token so that the server's
 * API rules decide. The browser's address is forwarded (PocketBase trusts X-Forwarded-For from
 * its loopback peer) so that rate limits apply per person, not to this server as a whole.
 */
export function createRequestClient(clientAddress: string): TypedPocketBase {
	const pb = new PocketBase(pocketbaseUrl());
	pb.autoCancellation(false);
	pb.beforeSend = (url, options) => {
		options.headers = { ...(options.headers ?? {}), 'X-Forwarded-For': clientAddress };
		return { url, options };
	};
	return pb as TypedPocketBase;
}
