import type { TypedPocketBase } from '$lib/pb-types';
// The officer's own recent imports (PocketBase's rule: one reads only one's own), newest first:
// what was imported, when, and how far the writing got, so an interrupted one is not forgotten.
import type PocketBase from 'pocketbase';

export type ImportStatus = 'ready' | 'done' | 'failed';

export interface PastImport {
	id: string;
	fileName: string;
	created: string;
	status: ImportStatus;
	written: number;
	total: number;
}

export async function recentImports(pb: TypedPocketBase, userId: string, limit = 10): Promise<PastImport[]> {
	const { items } = await pb.collection('imports').getList(1, limit, {
		filter: pb.filter('owner = {:u}', { u: userId }),
		sort: '-created',
		fields: 'id,fileName,created,status,written,total',
		skipTotal: true
	});
	return items.map((r) => ({
		id: r.id,
		fileName: r.fileName,
		created: r.created,
		status: r.status as ImportStatus,
		written: r.written ?? 0,
		total: r.total ?? 0
	}));
}
