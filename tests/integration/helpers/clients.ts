// PocketBase clients for tests, each acting as one person against the real server.
import PocketBase, { ClientResponseError, type RecordModel } from 'pocketbase';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../../scripts/lib/demo-data.mjs';

let nextAddress = 1;
// Each test file loads this module afresh, so the counter restarts in every file: a random block
// per file keeps two files' people apart (the sign-in limit is counted per address over 30 s).
const block = Math.floor(Math.random() * 0xfffe + 1).toString(16);

/**
 * A client with its own address (a documentation-range IPv6 in X-Forwarded-For, which the
 * server trusts from loopback), so that each simulated person has their own rate-limit budget,
 * as real people on their own machines do.
 */
export function newClient(address = `2001:db8:${block}::${(nextAddress++).toString(16)}`): PocketBase {
	const pb = new PocketBase(inject('pbUrl'));
	pb.autoCancellation(false);
	pb.beforeSend = (url, options) => {
		options.headers = { ...(options.headers ?? {}), 'X-Forwarded-For': address };
		return { url, options };
	};
	return pb;
}

// The sign-in itself is shared: callers that arrive together (Promise.all on a file's first
// lookups) all wait for it, rather than getting the client before it is signed in.
let superuser: Promise<PocketBase> | null = null;
export function asSuperuser(): Promise<PocketBase> {
	if (!superuser) {
		const pb = newClient();
		superuser = pb.collection('_superusers').authWithPassword(inject('adminEmail'), inject('adminPassword')).then(() => pb);
		superuser.catch(() => (superuser = null));
	}
	return superuser;
}

export function asGuest(): PocketBase {
	return newClient();
}

const users = new Map<string, PocketBase>();
/** A demo account, signed in once per test file with the shared demo password. */
export async function asUser(email: string): Promise<PocketBase> {
	let pb = users.get(email);
	if (!pb) {
		pb = newClient();
		await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
		users.set(email, pb);
	}
	return pb;
}

/** Signs in as any user record (made by a test) without spending a password login. */
export async function impersonate(userId: string): Promise<PocketBase> {
	const su = await asSuperuser();
	const pb = await su.collection('users').impersonate(userId, 3600);
	const client = newClient();
	client.authStore.save(pb.authStore.token, pb.authStore.record);
	return client;
}

export interface Outcome<T = unknown> {
	status: number;
	body: T;
}

/** Runs a request and returns its status and body, whether it succeeded or not. */
export async function attempt<T = any>(fn: () => Promise<T>): Promise<Outcome<T | any>> {
	try {
		return { status: 200, body: await fn() };
	} catch (err) {
		if (err instanceof ClientResponseError) return { status: err.status, body: err.response };
		throw err;
	}
}

/**
 * A plan task written the only way the API takes one: inside a batch (pb_migrations
 * 1765300000_update_plan_tasks.js). A refused task throws the task's own error (its status and
 * field errors), as a single request would, so callers read it the same way.
 */
async function taskInBatch(pb: PocketBase, add: (b: ReturnType<PocketBase['createBatch']>) => void): Promise<RecordModel> {
	const batch = pb.createBatch();
	add(batch);
	try {
		const [result] = await batch.send();
		return result!.body as RecordModel;
	} catch (err) {
		// Batches are limited to 5 a second per address; a test writing tasks one after another waits.
		if (err instanceof ClientResponseError && err.status === 429) {
			await new Promise((r) => setTimeout(r, 1100));
			return taskInBatch(pb, add);
		}
		const inner = err instanceof ClientResponseError ? err.response?.data?.requests?.[0]?.response : undefined;
		if (inner) throw new ClientResponseError({ url: err instanceof ClientResponseError ? err.url : '', status: inner.status, response: inner });
		throw err;
	}
}

export function createTask(pb: PocketBase, body: Record<string, unknown>): Promise<RecordModel> {
	return taskInBatch(pb, (b) => b.collection('plan_tasks').create(body));
}

export function updateTask(pb: PocketBase, id: string, body: Record<string, unknown>): Promise<RecordModel> {
	return taskInBatch(pb, (b) => b.collection('plan_tasks').update(id, body));
}
