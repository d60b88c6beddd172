/**
 * Which language an explainer entry is in, from its id in the explainers collection: English ids are
 * the file names ("act"), Spanish ones keep their folder ("es/act"). Pure, so pages and tests share it.
 */
import type { Locale } from '../i18n/locales.ts';

const SPANISH_PREFIX = 'es/';

/** The language of the entry with this id. */
export function explainerLanguage(id: string): Locale {
	return id.startsWith(SPANISH_PREFIX) ? 'es' : 'en';
}

/** The file name an explainer shares with its twin: "act" for both "act" and "es/act". */
export function explainerSlug(id: string): string {
	return id.startsWith(SPANISH_PREFIX) ? id.slice(SPANISH_PREFIX.length) : id;
}

/** The entries written in one language, in their given order. */
export function inLanguage<T extends { readonly id: string }>(entries: readonly T[], language: Locale): T[] {
	return entries.filter((entry) => explainerLanguage(entry.id) === language);
}
