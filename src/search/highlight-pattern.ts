/**
 * The pattern that marks search terms on a result page. Apart from search-text.ts so that the highlighter
 * and the search UI share no module, and each loads as one file.
 */

/**
 * At most this many terms are marked, each cut to this length: anyone can write the address, and a
 * pattern of thousands of terms would freeze the page. Search itself sends at most 20 words.
 */
const MAX_TERMS = 20;
const MAX_TERM_LENGTH = 100;

/**
 * A pattern that finds the given terms in page text: case-insensitive, at the start of a word and running to
 * its end, so "network" marks "networks" as Pagefind's stemming would match it. Null when there is no term.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
	const words = terms
		.slice(0, MAX_TERMS)
		.map((term) => term.slice(0, MAX_TERM_LENGTH).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean)
		.sort((a, b) => b.length - a.length)
		.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (words.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
