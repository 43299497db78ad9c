import type { TypedPocketBase } from '$lib/pb-types';
import type { AppUser } from '$lib/server/session';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			pb: TypedPocketBase;
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
