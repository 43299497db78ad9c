import type { TypedPocketBase } from '$lib/pb-types';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';

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

/** Restores the session from the cookie and checks it with PocketBase; an invalid one is dropped. */
export async function restoreSession(pb: TypedPocketBase, cookieHeader: string): Promise<AppUser | null> {
	pb.authStore.loadFromCookie(cookieHeader, AUTH_COOKIE);
	if (!pb.authStore.isValid) {
		pb.authStore.clear();
		return null;
	}
	try {
		const { record } = await pb.collection('users').authRefresh({ expand: 'unit' });
		return toAppUser(record);
	} catch {
		pb.authStore.clear();
		return null;
	}
}

export function sessionCookie(pb: TypedPocketBase, secure: boolean): string {
	return pb.authStore.exportToCookie({ httpOnly: true, secure, sameSite: 'Lax', path: '/' }, AUTH_COOKIE);
}

export { toAppUser };
