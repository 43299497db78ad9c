import type { RequestHandler } from './$types';

// The service worker of the inspector's note page, so that the page opens again without a
// network (an inspector reloading in a meeting room with no signal). Registered by the page
// with the page's own scope (allowed by the header below); it serves the page and its assets
// from a cache when the network fails, and never touches POSTs: the note itself is queued in
// the browser (IndexedDB) and sent by the page when the connection is back.
const WORKER = String.raw`
const CACHE = 'kieumau-review-note-v1';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
	const data = event.data || {};
	if (data.type !== 'cache' || !Array.isArray(data.urls)) return;
	event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(data.urls.map((u) => cache.add(new Request(u, { credentials: 'same-origin' })).catch(() => undefined)))));
});
self.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
	const keep = (res) => {
		if (res.ok && res.type === 'basic') {
			const copy = res.clone();
			caches.open(CACHE).then((cache) => cache.put(req.mode === 'navigate' ? url.pathname : req, copy));
		}
		return res;
	};
	const cached = () => caches.match(req.mode === 'navigate' ? url.pathname : req, { ignoreSearch: req.mode === 'navigate' }).then((hit) => hit || Response.error());
	if (url.pathname.startsWith('/_app/immutable/')) {
		event.respondWith(caches.match(req).then((hit) => hit || fetch(req).then(keep)));
	} else {
		event.respondWith(fetch(req).then(keep).catch(cached));
	}
});
`;

export const GET: RequestHandler = () =>
	new Response(WORKER, {
		headers: {
			'Content-Type': 'text/javascript; charset=utf-8',
			'Cache-Control': 'no-cache',
			'Service-Worker-Allowed': '/enrollments/'
		}
	});
