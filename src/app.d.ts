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
		namespace Superforms {
			/** A form's banner: whether the action did what was asked, and what to say (a message id). */
			type Message = { ok: boolean; text: string };
		}
		interface PageData {
			user?: AppUser | null;
			locale: Locale;
		}
	}
}

export {};
