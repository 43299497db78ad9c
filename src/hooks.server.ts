import { redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { createRequestClient } from '$lib/server/pocketbase';
import { restoreSession, sessionCookie } from '$lib/server/session';
import { localeFromCookie } from '$lib/i18n';

/** Pages an anonymous visitor may open; everything else sends them to the login page. */
const PUBLIC_PATHS = new Set(['/login', '/lang']);

/**
 * The browser's address, for per-person rate limits in PocketBase. Behind a proxy, adapter-node
 * reads it from ADDRESS_HEADER and throws when a request lacks that header: such a request is
 * then counted under the proxy's own address rather than refused.
 */
function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return '127.0.0.1';
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const pb = createRequestClient(clientAddress(event));
	event.locals.pb = pb;
	const cookies = event.request.headers.get('cookie') ?? '';
	event.locals.user = await restoreSession(pb, cookies);
	event.locals.locale = localeFromCookie(cookies);

	if (!event.locals.user && !PUBLIC_PATHS.has(event.url.pathname)) {
		const next = event.url.pathname + event.url.search;
		redirect(303, next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="vi">', `<html lang="${event.locals.locale}">`)
	});
	response.headers.append('set-cookie', sessionCookie(pb, event.url.protocol === 'https:'));
	return response;
};
