/**
 * The one way to read UI strings and write dates and numbers: useTranslations(locale) returns t, tf
 * and formatters for a page's locale (Astro.currentLocale), as Starlight's useTranslations does.
 * Components and modules never import a language file; pure code receives the Translator.
 */
import { en } from './en.ts';
import { es } from './es.ts';
import { ES_COLUMN_MEANINGS } from './es-data-dictionary.ts';
import { ES_FIGURE_WORDS } from './es-figures.ts';
import { INTL_LOCALES, localePath, toLocale, type Locale } from './locales.ts';
import { formatDate, formatMonthYear, joinNames } from '../data/dates.ts';
import { formatAmount, formatFigure, type FigureValue, type FigureUnit } from '../data/format-figure.ts';

export * from './locales.ts';

export type UiKey = keyof typeof en;

/** Every language's strings, each with every key of the English (the compiler checks it). */
const STRINGS: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { en, es };

/** Reads UI strings in one language. */
export interface Translator {
	readonly locale: Locale;
	/** The tag for Intl, e.g. "es-US". */
	readonly intl: string;
	/** Looks up a UI string. */
	t(key: UiKey): string;
	/** Looks up a UI string and fills its {placeholders}, e.g. tf('state.title', { state: 'Oregon' }). */
	tf(key: UiKey, values: Readonly<Record<string, string>>): string;
	/** Looks up a key built at run time, e.g. a status's label; throws if the language lacks it. */
	dynamic(key: string): string;
	/** A YYYY-MM-DD date as readers say it: "November 12, 2025", "12 de noviembre de 2025". */
	formatDate(iso: string): string;
	/** A YYYY-MM-DD date as month and year: "November 2025", "noviembre de 2025". */
	formatMonthYear(iso: string): string;
	/** A figure with its approximation word: "over 290 million", "más de 290 millones". */
	formatFigure(figure: FigureValue, options?: { capitalize?: boolean }): string;
	/** A number without its approximation word. */
	formatAmount(value: number, unit: FigureUnit | string): string;
	/** Names joined as prose joins them: "A, B and C", "A, B y C". */
	joinNames(names: readonly string[]): string;
	/** A site path in this language: path('/map/') is /es/map/ in Spanish. */
	path(sitePath: string): string;
}

const translators = new Map<Locale, Translator>();

/** The strings of a page's language. */
export function useTranslations(locale: string | undefined): Translator {
	const lang = toLocale(locale);
	let translator = translators.get(lang);
	if (!translator) {
		const strings = STRINGS[lang];
		const fill = (text: string, values: Readonly<Record<string, string>>) =>
			text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
		translator = {
			locale: lang,
			intl: INTL_LOCALES[lang],
			t: (key) => strings[key],
			tf: (key, values) => fill(strings[key], values),
			dynamic: (key) => {
				if (!(key in strings)) throw new Error(`No UI string "${key}" in ${lang}`);
				return strings[key as UiKey];
			},
			formatDate: (iso) => formatDate(iso, lang),
			formatMonthYear: (iso) => formatMonthYear(iso, lang),
			formatFigure: (figure, options) => formatFigure(figure, options, lang),
			formatAmount: (value, unit) => formatAmount(value, unit, lang),
			joinNames: (names) => joinNames(names, lang),
			path: (sitePath) => localePath(sitePath, lang),
		};
		translators.set(lang, translator);
	}
	return translator;
}

/** A download column in the data dictionary of a language: what it means, and how the CSV writes it where downloads.ts says. */
export interface ColumnMeaning {
	readonly meaning: string;
	readonly format?: string;
}

/** Each language's words for the download columns, by CSV name; English takes them from the schemas and downloads.ts. */
const COLUMN_MEANINGS: Readonly<Record<Locale, Readonly<Record<string, ColumnMeaning>> | undefined>> = {
	en: undefined,
	es: ES_COLUMN_MEANINGS,
};

/** The words of a figure the pages print: its label and note, in English from the figure itself. */
export interface FigureWords {
	readonly label: string;
	readonly note?: string | undefined;
}

type WordedFigure = { readonly id: string } & FigureWords;

function wordsOf(locale: Locale, figure: WordedFigure, part: keyof FigureWords): string | undefined {
	if (locale === 'en') return figure[part];
	const words = ES_FIGURE_WORDS[figure.id]?.[part];
	if (words === undefined && figure[part] !== undefined) {
		throw new Error(`src/i18n/es-figures.ts has no ${part} for the figure "${figure.id}", which a Spanish page prints. Fix: translate it there.`);
	}
	return words;
}

/** A figure's label in a language; throws, naming the file to fix, when a translation lacks it. */
export function figureLabel(locale: Locale, figure: WordedFigure): string {
	return wordsOf(locale, figure, 'label') ?? figure.label;
}

/** A figure's note in a language, if it has one; throws when a translation lacks it. */
export function figureNote(locale: Locale, figure: WordedFigure): string | undefined {
	return wordsOf(locale, figure, 'note');
}

/** The data dictionary's words for each download column in a language, or undefined for English. */
export function columnMeanings(locale: Locale): Readonly<Record<string, ColumnMeaning>> | undefined {
	return COLUMN_MEANINGS[locale];
}
