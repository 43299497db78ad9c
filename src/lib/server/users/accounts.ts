import type { TypedPocketBase } from '$lib/pb-types';
// Account administration for /users, through /api/accounts (pb_hooks/lib/user-admin.js) with
// the officer's own token: the server decides whom they may list, create and change.
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { unitInScope } from '$lib/server/tree/units';
import { isAccountRole } from '$lib/domain/tree-admin';

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

/** The officer and the unit /users (and its export) is about: `?unit=` within their own subtree. */
export async function accountsScope(locals: App.Locals, url: URL) {
	const me = locals.user!;
	if (me?.role !== 'officer') error(403, 'Trang này dành cho cán bộ cấp ủy.');
	const unit = await unitInScope(locals.pb, me.unit.path, url.searchParams.get('unit') || me.unit.id);
	if (!unit) error(404, 'Không tìm thấy đơn vị trong phạm vi bạn quản lý.');
	return { me, unit };
}

/** The /users page's filters from its address (the page and its export read them the same way). */
export function accountQuery(p: URLSearchParams, unit: string): AccountQuery {
	return {
		unit,
		subtree: p.get('all') !== '0',
		role: isAccountRole(p.get('role')) ? (p.get('role') as string) : '',
		q: (p.get('q') ?? '').trim().slice(0, 100),
		status: ['active', 'disabled'].includes(p.get('status') ?? '') ? (p.get('status') as string) : '',
		page: Math.max(1, Number(p.get('page')) || 1)
	};
}

/** The most accounts one export holds (a province's subtree is a few thousand). */
export const EXPORT_MAX = 5000;
const EXPORT_PER_PAGE = 100;

/**
 * Every account of the filtered list, in the page's order (newest first): the pages the /users
 * page walks through, read with the same query, at most EXPORT_MAX rows.
 */
export async function allAccounts(pb: TypedPocketBase, query: Omit<AccountQuery, 'page'>): Promise<AccountRow[]> {
	const rows: AccountRow[] = [];
	for (let page = 1; rows.length < EXPORT_MAX; page++) {
		const params = new URLSearchParams({ unit: query.unit, subtree: query.subtree ? '1' : '0', page: String(page), perPage: String(EXPORT_PER_PAGE) });
		if (query.role) params.set('role', query.role);
		if (query.q) params.set('q', query.q);
		if (query.status) params.set('status', query.status);
		const out = await pb.send<{ items: AccountRow[]; hasMore: boolean }>(`/api/accounts?${params}`, { method: 'GET' });
		rows.push(...out.items);
		if (!out.hasMore) break;
	}
	return rows.slice(0, EXPORT_MAX);
}

export async function listAccounts(pb: TypedPocketBase, query: AccountQuery) {
	const params = new URLSearchParams({ unit: query.unit, subtree: query.subtree ? '1' : '0', page: String(query.page), perPage: String(PER_PAGE) });
	if (query.role) params.set('role', query.role);
	if (query.q) params.set('q', query.q);
	if (query.status) params.set('status', query.status);
	return pb.send<{ items: AccountRow[]; page: number; hasMore: boolean }>(`/api/accounts?${params}`, { method: 'GET' });
}

/** One account of the officer's subtree, or null. */
export type AccountDetail = Omit<AccountRow, 'unit'> & { unit: { id: string; name: string; kind: string; path: string } };

export async function getAccount(pb: TypedPocketBase, id: string): Promise<AccountDetail | null> {
	try {
		return await pb.send(`/api/accounts/${encodeURIComponent(id)}`, { method: 'GET' });
	} catch {
		return null;
	}
}

export const createAccount = (pb: TypedPocketBase, body: Record<string, unknown>) =>
	pb.send<{ account: AccountRow; password: string }>('/api/accounts', { method: 'POST', body });

export const updateAccount = (pb: TypedPocketBase, id: string, body: Record<string, unknown>) =>
	pb.send<{ account: AccountRow; password: string }>(`/api/accounts/${encodeURIComponent(id)}`, { method: 'PATCH', body });
