import { redirect, type RequestHandler } from '@sveltejs/kit';
import { LOCALE_COOKIE, isLocale } from '$lib/i18n';

/**
 * Switches the UI language: a plain form post, so it works without JavaScript. The choice is a
 * year-long cookie; Vietnamese stays the default for everyone who never chooses.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:' });
	}
	const back = String(form.get('next') ?? '/');
	// Only a same-site path: never an open redirect.
	redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
};
