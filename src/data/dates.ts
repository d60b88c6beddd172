import { INTL_LOCALES, type Locale } from '../i18n/locales.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions, iso: string): string {
	const key = `${locale}:${JSON.stringify(options)}`;
	let formatter = formats.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone: 'UTC' });
		formats.set(key, formatter);
	}
	return formatter.format(new Date(`${iso}T00:00:00Z`));
}

/** Writes a YYYY-MM-DD date as readers say it, e.g. "November 12, 2025" or "12 de noviembre de 2025", whatever the build machine's time zone. */
export function formatDate(iso: string, locale: Locale = 'en'): string {
	return format(locale, { dateStyle: 'long' }, iso);
}

/** Writes a YYYY-MM-DD date as a month and year, e.g. "November 2025" or "noviembre de 2025". */
export function formatMonthYear(iso: string, locale: Locale = 'en'): string {
	return format(locale, { month: 'long', year: 'numeric' }, iso);
}

/** Joins names as prose does: "Illinois, Oregon and Washington" or "Illinois, Oregón y Washington". */
export function joinNames(names: readonly string[], locale: Locale = 'en'): string {
	return new Intl.ListFormat(INTL_LOCALES[locale], { style: 'long', type: 'conjunction' }).format(names);
}
