import type { Figure } from '../schemas/figure.ts';
import { t } from '../i18n/en.ts';

/** The locale numbers and dates are written in; a Spanish edition changes this with en.ts. */
const LOCALE = 'en-US';

const DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat(LOCALE);
const COMPACT = new Intl.NumberFormat(LOCALE, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });

/** A YYYY-MM-DD date for readers, e.g. "Nov 12, 2025". */
export function formatDate(iso: string): string {
	return DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** A count in full, e.g. "292,114". */
export function formatNumber(value: number): string {
	return NUMBER.format(value);
}

/** A large count in words, e.g. "290 million". */
export function formatCompact(value: number): string {
	return COMPACT.format(value);
}

/** A figure as its source gives it, e.g. "over 290 million" or "292,114". */
export function formatFigure(value: number, approximation: Figure['approximation']): string {
	const number = approximation === 'exact' || value < 1_000_000 ? formatNumber(value) : formatCompact(value);
	const word = t(`approximation.${approximation}`);
	return word ? `${word} ${number}` : number;
}
