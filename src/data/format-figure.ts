/**
 * Writes a figure the way a reader says it: "over 290 million", "about 18,000", "$16.8 million",
 * "292,114", "1 in 3", or in Spanish "más de 290 millones", "1 de cada 3". Pure, so the unit tests
 * and the prose-number check use the same rules as the pages.
 */
import { INTL_LOCALES, type Locale } from '../i18n/locales.ts';

/** What a number counts: things, U.S. dollars, or a share of a whole (0 to 1). */
export type FigureUnit = 'count' | 'usd' | 'share';

/** How exact the number is, as its source gives it. */
export type FigureApproximation = 'exact' | 'about' | 'over' | 'nearly' | 'at-least';

/** The parts of a figure its printed form depends on. */
export interface FigureValue {
	readonly value: number;
	readonly unit: FigureUnit | string;
	readonly approximation: FigureApproximation;
}

/** Each language's words for a figure's approximation, its large numbers and a share. */
interface FigureWords {
	readonly approximation: Record<FigureApproximation, string>;
	/** The word after a number of billions or millions; Spanish says "1 millón" but "2 millones". */
	readonly scale: (size: 1e9 | 1e6, one: boolean) => string;
	readonly share: (numerator: number, denominator: number) => string;
}

const WORDS: Record<Locale, FigureWords> = {
	en: {
		approximation: { exact: '', about: 'about', over: 'over', nearly: 'nearly', 'at-least': 'at least' },
		scale: (size) => (size === 1e9 ? 'billion' : 'million'),
		share: (numerator, denominator) => `${numerator} in ${denominator}`,
	},
	es: {
		approximation: { exact: '', about: 'alrededor de', over: 'más de', nearly: 'casi', 'at-least': 'al menos' },
		scale: (size, one) => (size === 1e9 ? 'mil millones' : one ? 'millón' : 'millones'),
		share: (numerator, denominator) => `${numerator} de cada ${denominator}`,
	},
};

const SCALES = [1e9, 1e6] as const;

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: Locale, minimum: number, maximum: number): string {
	const key = `${locale}:${minimum}:${maximum}`;
	let formatter = numberFormats.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(INTL_LOCALES[locale], { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
		numberFormats.set(key, formatter);
	}
	return formatter.format(value);
}

/**
 * Writes a number without its approximation word. Millions and billions become words when the
 * number is round to one decimal place of them ("290 million", "16.8 million"); anything more
 * precise keeps every digit ("2,671,776"), so an exact count never looks rounded.
 */
export function formatAmount(value: number, unit: FigureUnit | string, locale: Locale = 'en'): string {
	if (unit === 'share' || (unit === 'count' && value > 0 && value < 1)) return formatShare(value, locale);
	const dollar = unit === 'usd' ? '$' : '';
	if (!Number.isInteger(value)) return `${dollar}${formatNumber(value, locale, 2, 2)}`;
	for (const size of SCALES) {
		if (value >= size && Number.isInteger(Math.round((value / size) * 1e6) / 1e5)) {
			return `${dollar}${formatNumber(value / size, locale, 0, 1)} ${WORDS[locale].scale(size, value === size)}`;
		}
	}
	return `${dollar}${formatNumber(value, locale, 0, 0)}`;
}

/**
 * Writes a share as "x in y" with the smallest denominator up to 10 that comes within one
 * percentage point, as reports say "1 in 3 adults"; otherwise as a whole percentage.
 */
export function formatShare(share: number, locale: Locale = 'en'): string {
	for (let denominator = 2; denominator <= 10; denominator++) {
		const numerator = Math.round(share * denominator);
		if (numerator > 0 && Math.abs(numerator / denominator - share) <= 0.01) return WORDS[locale].share(numerator, denominator);
	}
	return `${Math.round(share * 100)}%`;
}

/** Writes a figure with its approximation word, e.g. "over 290 million". */
export function formatFigure(figure: FigureValue, options: { capitalize?: boolean } = {}, locale: Locale = 'en'): string {
	const word = WORDS[locale].approximation[figure.approximation];
	const text = [word, formatAmount(figure.value, figure.unit, locale)].filter(Boolean).join(' ');
	return options.capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
