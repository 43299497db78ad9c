import type { RequestHandler } from './$types';
import { REVIEW_NOTE_CACHE } from '$lib/offline-cache';

// The service worker of the inspector's note page, so that the page opens again without a
// network (an inspector reloading in a meeting room with no signal). Registered by the page
// with the page's own scope (allowed by the header below); it serves the page and its assets
// from a cache when the network fails, and never touches the page's POSTs. The note itself is
// queued in the browser (IndexedDB, see draft-store.svelte.ts) and sent by the page when the
// connection is back; where the browser has Background Sync, this worker also sends queued
// notes when the connection returns after the tab was closed. Sending twice is harmless: the
// server files a draft once (its clientId).
const WORKER = String.raw`
const CACHE = ${JSON.stringify(REVIEW_NOTE_CACHE)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
	const data = event.data || {};
	if (data.type !== 'cache' || !Array.isArray(data.urls)) return;
	event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(data.urls.map((u) => cache.add(new Request(u, { credentials: 'same-origin' })).catch(() => undefined)))));
});
const DB = 'kieumau-review-notes';
const STORE = 'drafts';
function openDb() {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}
function inStore(db, mode, fn) {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE, mode);
		const req = fn(tx.objectStore(STORE));
		tx.oncomplete = () => resolve(req.result);
		tx.onerror = () => reject(tx.error);
	});
}
async function sendQueued() {
	const db = await openDb();
	let later = false;
	try {
		const drafts = await inStore(db, 'readonly', (s) => s.getAll());
		for (const d of drafts) {
			if (d.status !== 'queued') continue;
			const body = new FormData();
			body.set('note', JSON.stringify(Object.assign({ clientId: d.clientId, enrollment: d.enrollment }, d.fields)));
			for (const p of d.photos || []) body.append('photos', p);
			let res;
			try {
				res = await fetch('/api/review-notes', { method: 'POST', body, credentials: 'same-origin', headers: { accept: 'application/json' } });
			} catch (e) {
				later = true;
				continue;
			}
			if (res.status === 200 || res.status === 201) {
				const out = await res.json();
				Object.assign(d, { status: 'sent', noteId: out.id, sentAt: Date.now(), problem: '', errors: {}, photos: [] });
			} else if (!res.redirected && (res.status === 400 || res.status === 403)) {
				const out = await res.json().catch(() => ({}));
				Object.assign(d, { status: 'rejected', problem: out.message || 'Máy chủ không nhận biên bản.', errors: out.errors || {} });
			} else {
				// Signed out (redirected to the login page) or the server is busy: try again later.
				later = true;
				continue;
			}
			await inStore(db, 'readwrite', (s) => s.put(d));
		}
	} finally {
		db.close();
	}
	if (later) throw new Error('Còn biên bản chưa gửi được');
}
self.addEventListener('sync', (event) => {
	if (event.tag === 'review-notes') event.waitUntil(sendQueued());
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
