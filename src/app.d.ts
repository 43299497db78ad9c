import type PocketBase from 'pocketbase';
import type { AppUser } from '$lib/server/session';

declare global {
	namespace App {
		interface Locals {
			pb: PocketBase;
			user: AppUser | null;
		}
		interface PageData {
			user?: AppUser | null;
		}
	}
}

export {};
