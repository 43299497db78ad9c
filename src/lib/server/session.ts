import type { TypedPocketBase } from '$lib/pb-types';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { env } from '$env/dynamic/private';
import { isShed } from './load-shed';

export type Role = 'secretary' | 'officer' | 'inspector' | 'viewer';

export interface AppUnit {
	id: string;
	name: string;
	kind: string;
	path: string;
	cellType: string;
}

/** The signed-in user as pages see it: never the raw auth record (no token, no email flags). */
export interface AppUser {
	id: string;
	name: string;
	email: string;
	role: Role;
	unit: AppUnit;
}

export const AUTH_COOKIE = 'pb_auth';

function toAppUser(record: RecordModel | null): AppUser | null {
	const unit = record?.expand?.unit as RecordModel | undefined;
	if (!record || !unit) return null;
	return {
		id: record.id,
		name: record.name,
		email: record.email,
		role: record.role as Role,
		unit: { id: unit.id, name: unit.name, kind: unit.kind, path: unit.path, cellType: unit.cellType ?? '' }
	};
}

/**
 * Sessions PocketBase has confirmed, by token: a page no longer calls authRefresh on every request
 * (issue 12: one PocketBase call in five of each page). The cookie's token is
 * checked by PocketBase the first time this process sees it (authRefresh: signature, expiry, the
 * account still exists), and then trusted for SESSION_RECHECK_S seconds (default 180) while its
 * `exp` has not passed; the next request after that refreshes it again (a new token, the account
 * as it is now: name, role, unit). Keyed by the exact token, never by what the cookie says about
 * the user: a forged cookie record is never read, a forged token never gets in without PocketBase.
 * PocketBase still checks the token on every data call, so a revoked account sees no data in the
 * meantime, and the first call it answers 401 (a disabled account: its tokens are revoked) drops
 * the token here, so the next page asks PocketBase and signs the person out. Only the name, role
 * and unit the pages are drawn for may be up to that long out of date.
 * Bounded: at most SESSION_CACHE_MAX entries (default 20,000), the oldest dropped first.
 */
interface Confirmed {
	record: RecordModel;
	user: AppUser;
	/** performance.now() until which the token is trusted without asking PocketBase. */
	until: number;
}
const confirmed = new Map<string, Confirmed>();

function positive(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

function remember(token: string, record: RecordModel, user: AppUser): void {
	const max = positive(env.SESSION_CACHE_MAX, 20_000);
	confirmed.delete(token);
	confirmed.set(token, { record, user, until: performance.now() + positive(env.SESSION_RECHECK_S, 180) * 1000 });
	while (confirmed.size > max) confirmed.delete(confirmed.keys().next().value!);
}

/** Forgets a token (sign-out): the next request with it asks PocketBase again. */
export function forgetSession(token: string): void {
	confirmed.delete(token);
}

/**
 * Restores the session from the cookie: from the confirmed tokens when PocketBase checked this one
 * lately, else checked with PocketBase (authRefresh); an invalid one is dropped. A refusal by a
 * load limiter (ShedError) is thrown on: it says nothing about the session, and the request
 * answers 503 rather than the login page.
 */
export async function restoreSession(pb: TypedPocketBase, cookieHeader: string): Promise<AppUser | null> {
	pb.authStore.loadFromCookie(cookieHeader, AUTH_COOKIE);
	if (!pb.authStore.isValid) {
		pb.authStore.clear();
		return null;
	}
	const token = pb.authStore.token;
	const known = confirmed.get(token);
	if (known && known.until > performance.now()) {
		pb.authStore.save(token, known.record);
		// PocketBase no longer takes the token (revoked): ask it again on the next request.
		pb.afterSend = (response, data) => {
			if (response.status === 401) forgetSession(token);
			return data;
		};
		return known.user;
	}
	if (known) confirmed.delete(token);
	try {
		const { record } = await pb.collection('users').authRefresh({ expand: 'unit' });
		const user = toAppUser(record);
		if (user) {
			remember(pb.authStore.token, record, user);
			// Parallel requests of the same page may still carry the token just replaced.
			remember(token, record, user);
		}
		return user;
	} catch (err) {
		if (isShed(err)) throw err;
		pb.authStore.clear();
		return null;
	}
}

export function sessionCookie(pb: TypedPocketBase, secure: boolean): string {
	return pb.authStore.exportToCookie({ httpOnly: true, secure, sameSite: 'Lax', path: '/' }, AUTH_COOKIE);
}

export { toAppUser };
