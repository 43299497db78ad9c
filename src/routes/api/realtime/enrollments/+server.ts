import { error } from '@sveltejs/kit';
import { relayStream } from '$lib/server/committee/realtime';
import type { RequestHandler } from './$types';

// Server-sent events of enrollment changes the signed-in user may see (README: "Realtime and
// the auth token"). The browser opens it with EventSource; the session cookie identifies it.
export const GET: RequestHandler = ({ locals, request, getClientAddress }) => {
	if (!locals.user) error(401, 'Vui lòng đăng nhập.');
	let address = '127.0.0.1';
	try {
		address = getClientAddress();
	} catch {
		/* behind a proxy without the address header: counted under the proxy's address */
	}
	return new Response(relayStream(locals.pb, address, request.signal), {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-cache, no-transform',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no'
		}
	});
};
