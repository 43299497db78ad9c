// The inspector's unsent review notes, kept in the browser (IndexedDB, photos included) so that
// a draft survives a lost connection, a reload or a closed tab, until the server has it.

import type { ReviewNote } from '$lib/domain/forms/review-note';

/** editing: being written; queued: to send when the connection allows; sent: the server has it; rejected: refused (400/403), needs the inspector. */
export type DraftStatus = 'editing' | 'queued' | 'sent' | 'rejected';

export interface NoteDraft {
	/** `${userId}:${enrollmentId}`: one open draft per inspector and cell. */
	key: string;
	clientId: string;
	enrollment: string;
	status: DraftStatus;
	/** The note's own fields, as the shared form schema defines them. */
	fields: Omit<ReviewNote, 'clientId' | 'enrollment'>;
	photos: File[];
	problem: string;
	errors: Record<string, string>;
	savedAt: number;
	noteId: string;
	sentAt: number;
}

const DB = 'kieumau-review-notes';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const req = fn(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

export const loadDraft = (key: string) => run<NoteDraft | undefined>('readonly', (s) => s.get(key));
export const saveDraft = (draft: NoteDraft) => run('readwrite', (s) => s.put($state.snapshot(draft) as NoteDraft));
export const deleteDraft = (key: string) => run('readwrite', (s) => s.delete(key));

/** A fresh draft with its own clientId (the key of exactly-once filing). */
export function newDraft(key: string, enrollment: string, today: string): NoteDraft {
	return {
		key,
		clientId: crypto.randomUUID(),
		enrollment,
		status: 'editing',
		fields: {
			visitedOn: today,
			meeting: '',
			findings: {},
			strengths: '',
			shortcomings: '',
			recommendations: '',
			isGoodPractice: false,
			goodPractice: '',
			proposedRating: ''
		},
		photos: [],
		problem: '',
		errors: {},
		savedAt: Date.now(),
		noteId: '',
		sentAt: 0
	};
}
