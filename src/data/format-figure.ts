/**
 * Writes a figure the way a reader says it: "over 290 million", "about 18,000", "$16.8 million",
 * "292,114", "1 in 3". Pure, so the unit tests and the prose-number check use the same rules
 * as the pages.
 */

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

const APPROXIMATION_WORDS: Record<FigureApproximation, string> = {
	exact: '',
	about: 'about',
	over: 'over',
	nearly: 'nearly',
	'at-least': 'at least',
};

const SCALES = [
	{ size: 1e9, word: 'billion' },
	{ size: 1e6, word: 'million' },
] as const;

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Writes a number without its approximation word. Millions and billions become words when the
 * number is round to one decimal place of them ("290 million", "16.8 million"); anything more
 * precise keeps every digit ("2,671,776"), so an exact count never looks rounded.
 */
export function formatAmount(value: number, unit: FigureUnit | string): string {
	if (unit === 'share' || (unit === 'count' && value > 0 && value < 1)) return formatShare(value);
	const dollar = unit === 'usd' ? '$' : '';
	if (!Number.isInteger(value)) return `${dollar}${CENTS.format(value)}`;
	for (const { size, word } of SCALES) {
		if (value >= size && Number.isInteger(Math.round((value / size) * 1e6) / 1e5)) {
			return `${dollar}${ONE_DECIMAL.format(value / size)} ${word}`;
		}
	}
	return `${dollar}${GROUPED.format(value)}`;
}

/**
 * Writes a share as "x in y" with the smallest denominator up to 10 that comes within one
 * percentage point, as reports say "1 in 3 adults"; otherwise as a whole percentage.
 */
export function formatShare(share: number): string {
	for (let denominator = 2; denominator <= 10; denominator++) {
		const numerator = Math.round(share * denominator);
		if (numerator > 0 && Math.abs(numerator / denominator - share) <= 0.01) return `${numerator} in ${denominator}`;
	}
	return `${Math.round(share * 100)}%`;
}

/** Writes a figure with its approximation word, e.g. "over 290 million". */
export function formatFigure(figure: FigureValue, options: { capitalize?: boolean } = {}): string {
	const word = APPROXIMATION_WORDS[figure.approximation];
	const text = [word, formatAmount(figure.value, figure.unit)].filter(Boolean).join(' ');
	return options.capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
