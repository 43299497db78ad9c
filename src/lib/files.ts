// Where the browser opens an uploaded file: through the app, which asks PocketBase with the
// user's own file token (the file fields are protected). See routes/(app)/files/.
export type FileCollection = 'plans' | 'meetings' | 'review_notes' | 'users';

/** The app's address of a stored file; `thumb` (e.g. "200x200") for an image preview. */
export function fileUrl(collection: FileCollection, recordId: string, name: string, thumb?: string): string {
	const path = `/files/${collection}/${encodeURIComponent(recordId)}/${encodeURIComponent(name)}`;
	return thumb ? `${path}?thumb=${thumb}` : path;
}
