import type PocketBase from 'pocketbase';
import type { AppUser } from '$lib/server/session';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			pb: PocketBase;
			user: AppUser | null;
			locale: Locale;
		}
		interface PageData {
			user?: AppUser | null;
			locale: Locale;
		}
	}
}

export {};
