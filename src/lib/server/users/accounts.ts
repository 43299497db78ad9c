// Account administration for /users, through /api/accounts (pb_hooks/lib/user-admin.js) with
// the officer's own token: the server decides whom they may list, create and change.
import type PocketBase from 'pocketbase';

export interface AccountRow {
	id: string;
	name: string;
	email: string;
	role: string;
	disabled: boolean;
	created: string;
	unit: { id: string; name: string; kind: string } | null;
	manageable: boolean;
}

export interface AccountQuery {
	unit: string;
	subtree: boolean;
	role: string;
	q: string;
	status: string;
	page: number;
}

export const PER_PAGE = 20;

export async function listAccounts(pb: PocketBase, query: AccountQuery) {
	const params = new URLSearchParams({ unit: query.unit, subtree: query.subtree ? '1' : '0', page: String(query.page), perPage: String(PER_PAGE) });
	if (query.role) params.set('role', query.role);
	if (query.q) params.set('q', query.q);
	if (query.status) params.set('status', query.status);
	return pb.send<{ items: AccountRow[]; page: number; hasMore: boolean }>(`/api/accounts?${params}`, { method: 'GET' });
}

/** One account of the officer's subtree, or null. */
export type AccountDetail = Omit<AccountRow, 'unit'> & { unit: { id: string; name: string; kind: string; path: string } };

export async function getAccount(pb: PocketBase, id: string): Promise<AccountDetail | null> {
	try {
		return await pb.send(`/api/accounts/${encodeURIComponent(id)}`, { method: 'GET' });
	} catch {
		return null;
	}
}

export const createAccount = (pb: PocketBase, body: Record<string, unknown>) =>
	pb.send<{ account: AccountRow; password: string }>('/api/accounts', { method: 'POST', body });

export const updateAccount = (pb: PocketBase, id: string, body: Record<string, unknown>) =>
	pb.send<{ account: AccountRow; password: string }>(`/api/accounts/${encodeURIComponent(id)}`, { method: 'PATCH', body });
