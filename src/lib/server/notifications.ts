import type { TypedPocketBase } from '$lib/pb-types';
// The signed-in person's notifications, always through their own client: the collection's rules
// (own records only, only `readAt` writable) and the routes in pb_hooks/reminders.pb.js decide.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { now } from '$lib/domain/clock';

export const NOTIFICATIONS_PER_PAGE = 20;

export interface NotificationRow {
	id: string;
	kind: string;
	title: string;
	body: string;
	link: string;
	params: Record<string, string | number> | null;
	dueOn: string;
	escalated: boolean;
	read: boolean;
	created: string;
}

function toRow(r: RecordModel): NotificationRow {
	return {
		id: r.id,
		kind: r.kind,
		title: r.title,
		body: r.body,
		link: r.link,
		params: r.params && typeof r.params === 'object' ? r.params : null,
		dueOn: r.dueOn,
		escalated: Boolean(r.escalated),
		read: Boolean(r.readAt),
		created: r.created
	};
}

/**
 * The unread count of the top bar: a route counting on the (user, readAt) index, not a filtered
 * list (PocketBase slows repeated empty filtered lists, and this one is usually empty). A failure
 * shows no badge rather than breaking every page.
 */
export async function unreadCount(pb: TypedPocketBase): Promise<number> {
	try {
		const out = await pb.send<{ count: number }>('/api/notifications/unread-count', {});
		return Number(out.count) || 0;
	} catch {
		return 0;
	}
}

/**
 * One page, newest first, without counting the total: when the page is full, one probe of a
 * single row right after it says whether there is a next page. No client filter: the list rule
 * already scopes to the caller, on the (user, created) index.
 */
export async function notificationPage(pb: TypedPocketBase, page: number): Promise<{ items: NotificationRow[]; hasMore: boolean }> {
	const perPage = NOTIFICATIONS_PER_PAGE;
	const options = { sort: '-created,-id', skipTotal: true };
	const list = await pb.collection('notifications').getList(page, perPage, {
		...options,
		fields: 'id,kind,title,body,link,params,dueOn,escalated,readAt,created'
	});
	let hasMore = false;
	if (list.items.length === perPage) {
		const probe = await pb.collection('notifications').getList(page * perPage + 1, 1, { ...options, fields: 'id' });
		hasMore = probe.items.length > 0;
	}
	return { items: list.items.map(toRow), hasMore };
}

export async function markRead(pb: TypedPocketBase, id: string): Promise<void> {
	await pb.collection('notifications').update(id, { readAt: now().toISOString() });
}

export async function markAllRead(pb: TypedPocketBase): Promise<number> {
	const out = await pb.send<{ updated: number }>('/api/notifications/read-all', { method: 'POST' });
	return Number(out.updated) || 0;
}
