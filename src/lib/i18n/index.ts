// One message catalogue for the whole UI. Vietnamese is the default and the source language:
// the Vietnamese text itself is the message id (gettext style), so a string that is not yet
// translated still reads correctly, and labels built anywhere (domain, server) in Vietnamese can
// be translated where they are shown. English lives in ./en/, one file per area of the app,
// merged in ./en/index.ts; tests/unit/i18n-catalogue.test.ts checks every literal passed to t()
// has an English entry.
import { getContext, setContext } from 'svelte';
import { EN } from './en';
import { compilePatterns, matchPattern, type Pattern } from './patterns';

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

/**
 * A label that reads the same in Vietnamese but not in English ("Đảng viên" is the menu's
 * "Party members" and a member's position "Member") is looked up with its context first:
 * t(inContext('chức vụ', label)). Without an entry for the pair, the plain label is used.
 */
const CONTEXT_MARK = '\u0004';
export function inContext(context: string, label: string): string {
	return `${context}${CONTEXT_MARK}${label}`;
}
function withoutContext(source: string): string {
	const at = source.indexOf(CONTEXT_MARK);
	return at < 0 ? source : source.slice(at + 1);
}

let patterns: Pattern[] | null = null;

/** English for a text: its exact entry, else an entry with placeholders that fits it (see ./patterns). */
function english(source: string): string {
	const exact = EN[source];
	if (exact !== undefined) return exact;
	if (source.includes(CONTEXT_MARK)) return english(withoutContext(source));
	patterns ??= compilePatterns(EN);
	const matched = matchPattern(patterns, english, source);
	if (matched !== null) return matched;
	// Several reasons joined into one answer ("…; …") are translated one by one.
	return source.includes('; ') ? source.split('; ').map(english).join('; ') : source;
}

export function translate(locale: Locale, source: string, params?: Params): string {
	return interpolate(locale === 'en' ? english(source) : withoutContext(source), params);
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
