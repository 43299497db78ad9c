// One message catalogue for the whole UI. Vietnamese is the default and the source language:
// the Vietnamese text itself is the message id (gettext style), so a string that is not yet
// translated still reads correctly, and labels built anywhere (domain, server) in Vietnamese can
// be translated where they are shown. English lives in ./en/, one file per area of the app,
// merged in ./en/index.ts; tests/unit/i18n-catalogue.test.ts checks every literal passed to t()
// has an English entry.
import { getContext, setContext } from 'svelte';
import { EN } from './en';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'lang';

export const LOCALE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

export type Params = Record<string, string | number>;
export type Translate = (source: string, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "Còn {n} ngày" with { n: 3 } → "Còn 3 ngày"; unknown placeholders stay as written. */
function interpolate(text: string, params?: Params): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, source: string, params?: Params): string {
	const text = locale === 'en' ? (EN[source] ?? source) : source;
	return interpolate(text, params);
}

export function translator(locale: Locale): Translate {
	return (source, params) => translate(locale, source, params);
}

/** The locale asked for by the `lang` cookie, else Vietnamese. */
export function localeFromCookie(cookieHeader: string): Locale {
	const match = /(?:^|;\s*)lang=([a-z]+)/.exec(cookieHeader);
	return match && isLocale(match[1]) ? match[1] : DEFAULT_LOCALE;
}

const KEY = Symbol('i18n');

/** Called once by the root layout with the request's locale. */
export function setLocale(getLocale: () => Locale): void {
	setContext(KEY, getLocale);
}

/**
 * In a component's <script>: `const t = useT();` then `{t('Hộp việc')}` in the markup.
 * Per-request (context, not module state), so server rendering never mixes two users' locales.
 */
export function useT(): Translate {
	const getLocale = getContext<(() => Locale) | undefined>(KEY);
	return (source, params) => translate(getLocale?.() ?? DEFAULT_LOCALE, source, params);
}

export function useLocale(): () => Locale {
	return getContext<(() => Locale) | undefined>(KEY) ?? (() => DEFAULT_LOCALE);
}
