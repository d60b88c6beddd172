/**
 * The pattern that marks search terms on a result page. Apart from search-text.ts so that the highlighter
 * and the search UI share no module, and each loads as one file.
 */

/**
 * A pattern that finds the given terms in page text: case-insensitive, at the start of a word and running to
 * its end, so "network" marks "networks" as Pagefind's stemming would match it. Null when there is no term.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
	const words = terms
		.map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean)
		.sort((a, b) => b.length - a.length)
		.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (words.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
