/** The site's languages and how its paths carry them. English lives at the root, Spanish under /es/. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The tag Intl formats dates, numbers and lists with for each language. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-US', es: 'es-US' };

/** The name of each language in itself, for the language switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };

/** A locale from Astro.currentLocale or a URL segment; anything unknown is the default. */
export function toLocale(value: string | undefined): Locale {
	return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** A site path in a language: /map/ in Spanish is /es/map/. */
export function localePath(path: string, locale: Locale): string {
	const bare = stripLocale(path);
	return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/** The language a site path is in. */
export function pathLocale(path: string): Locale {
	return toLocale(/^\/([a-z]{2})(\/|$)/.exec(path)?.[1]);
}

/** A site path without its language prefix: /es/map/ becomes /map/. */
export function stripLocale(path: string): string {
	const locale = pathLocale(path);
	return locale === DEFAULT_LOCALE ? path : path.slice(locale.length + 1) || '/';
}

/** The [...lang] route parameter of a language: none for English at the root, "es" for Spanish. */
export function langParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths of a page under src/pages/[...lang]/ that has no other parameter: one copy per language. */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
