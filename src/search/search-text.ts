/**
 * Pure helpers for the search UI: messages, terms and filters. No DOM and no Pagefind here, so they run in the
 * unit tests as they run in the browser.
 */

/** The UI strings the client needs, passed from i18n/en.ts through a data attribute. */
export interface SearchMessages {
	readonly loading: string;
	readonly failed: string;
	readonly 'results.none': string;
	readonly 'results.one': string;
	readonly 'results.many': string;
	readonly 'results.filtered.none': string;
	readonly 'results.filtered.one': string;
	readonly 'results.filtered.many': string;
}

/** A filter group as the page describes it: Pagefind's name, the legend and the values in display order. */
export interface FilterGroupSpec {
	readonly name: string;
	readonly legend: string;
	readonly values: readonly string[];
}

/** Pagefind's filter argument: within a filter any chosen value matches; across filters all must. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The longest query search runs, in characters and in words. Pagefind searches on the main thread, and
 * a pasted page of text would freeze the tab for half a minute.
 */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 20;

/** The query as search runs it: its first 20 words, at most 200 characters, cut between words where it can be. */
export function capQuery(query: string): string {
	const words = query.trim().split(/\s+/).slice(0, MAX_QUERY_WORDS).join(' ');
	if (words.length <= MAX_QUERY_LENGTH) return words;
	const cut = words.slice(0, MAX_QUERY_LENGTH + 1);
	const lastSpace = cut.lastIndexOf(' ');
	return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}

/** The sentence announcing how many results a search found, e.g. "3 results for “nlets”." */
export function resultCountMessage(messages: SearchMessages, count: number, query: string): string {
	const plural = count === 0 ? 'none' : count === 1 ? 'one' : 'many';
	const key = query ? (`results.${plural}` as const) : (`results.filtered.${plural}` as const);
	return messages[key].replace('{count}', count.toLocaleString('en-US')).replace('{query}', query);
}

/**
 * A result link without the empty highlight parameter Pagefind appends when filters alone produced it
 * ("/about/?highlight=" becomes "/about/"). Other parameters and the #section stay.
 */
export function cleanResultUrl(url: string, param = 'highlight'): string {
	const parsed = new URL(url, 'https://site.invalid');
	const terms = parsed.searchParams.getAll(param).filter(Boolean);
	parsed.searchParams.delete(param);
	for (const term of terms) parsed.searchParams.append(param, term);
	return parsed.origin === 'https://site.invalid' ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}

/**
 * The values of one filter to offer, in display order: the spec's order first, then any value Pagefind knows
 * that the spec does not name, alphabetically. Values with no page at all are left out.
 */
export function orderFilterValues(spec: readonly string[], available: Readonly<Record<string, number>>): string[] {
	const known = spec.filter((value) => value in available);
	const extra = Object.keys(available)
		.filter((value) => !spec.includes(value))
		.sort((a, b) => a.localeCompare(b, 'en'));
	return [...known, ...extra];
}

/** Pagefind's filter argument for the chosen values, leaving out filters with nothing chosen. */
export function toPagefindFilters(chosen: ReadonlyMap<string, ReadonlySet<string>>): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [name, values] of chosen) {
		if (values.size > 0) filters[name] = { any: [...values] };
	}
	return filters;
}

/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring
 * letters each count one ("Texsa" is one from "Texas").
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const row = rows[i]!;
			const above = rows[i - 1]!;
			row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
		}
	}
	return rows[a.length]![b.length]!;
}

/** How many edits a query of this length may be from a word to be taken as a misspelling of it. */
function allowedEdits(length: number): number {
	if (length < 3) return 0;
	return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The word the reader probably meant, for a "Did you mean" hint after a search found nothing: the closest of
 * `vocabulary` (state names, the ways, glossary terms) within a few edits of the query, ignoring case and
 * spacing. Undefined when nothing is close enough, or when the query already is one of the words.
 */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | undefined {
	const normalize = (text: string) => text.toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
	const wanted = normalize(query);
	const limit = allowedEdits(wanted.length);
	if (limit === 0 || vocabulary.some((word) => normalize(word) === wanted)) return undefined;
	let best: { word: string; distance: number } | undefined;
	for (const word of vocabulary) {
		const distance = editDistance(wanted, normalize(word));
		if (distance <= limit && (!best || distance < best.distance)) best = { word, distance };
	}
	return best?.word;
}
