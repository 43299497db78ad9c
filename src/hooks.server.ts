import { redirect, type Handle } from '@sveltejs/kit';
import { createRequestClient } from '$lib/server/pocketbase';
import { restoreSession, sessionCookie } from '$lib/server/session';

/** Pages an anonymous visitor may open; everything else sends them to the login page. */
const PUBLIC_PATHS = new Set(['/login']);

export const handle: Handle = async ({ event, resolve }) => {
	const pb = createRequestClient(event.getClientAddress());
	event.locals.pb = pb;
	event.locals.user = await restoreSession(pb, event.request.headers.get('cookie') ?? '');

	if (!event.locals.user && !PUBLIC_PATHS.has(event.url.pathname)) {
		const next = event.url.pathname + event.url.search;
		redirect(303, next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
	}

	const response = await resolve(event);
	response.headers.append('set-cookie', sessionCookie(pb, event.url.protocol === 'https:'));
	return response;
};
