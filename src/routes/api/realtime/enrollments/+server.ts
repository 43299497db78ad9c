import { error } from '@sveltejs/kit';
import { relayStream } from '$lib/server/committee/realtime';
import type { RequestHandler } from './$types';

// Server-sent events of enrollment changes the signed-in user may see (README: "Realtime and
// the auth token"). The browser opens it with EventSource; the session cookie identifies it.
// locals.pb already forwards the browser's address to PocketBase (hooks.server.ts).
export const GET: RequestHandler = ({ locals, request }) => {
	if (!locals.user) error(401, 'Vui lòng đăng nhập.');
	return new Response(relayStream(locals.pb, request.signal), {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-cache, no-transform',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no'
		}
	});
};
