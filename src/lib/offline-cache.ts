// The review note page works offline (an inspector is often at a meeting without signal): its
// service worker keeps the page in this Cache Storage entry. The page holds a cell's data, so
// signing out forgets it: a shared phone must not show the next person the last one's files.
// Unsent drafts live in IndexedDB, not here, and are kept: they are the inspector's own work.
export const REVIEW_NOTE_CACHE = 'kieumau-review-note-v1';

export async function forgetOfflinePages(): Promise<void> {
	if (typeof caches === 'undefined') return;
	await caches.delete(REVIEW_NOTE_CACHE).catch(() => false);
}
