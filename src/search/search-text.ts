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
