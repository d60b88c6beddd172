/**
 * Marks the search terms on a page opened from a search result (?highlight=term&highlight=term, as Pagefind
 * writes result links). A few lines of DOM instead of pagefind-highlight.js: no extra request, nothing that
 * the CSP has to allow.
 */
import { highlightPattern } from './highlight-pattern.ts';

/** Wraps every match of `terms` in the page's indexed content in <mark class="search-highlight">. */
export function highlightTerms(terms: readonly string[]): void {
	const pattern = highlightPattern(terms);
	const root = document.querySelector('[data-pagefind-body]');
	if (!pattern || !root) return;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], [hidden]')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	for (const text of texts) markMatches(text, pattern);
	// Without a #section to jump to, bring the first match into view.
	if (!location.hash) root.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
}

function markMatches(text: Text, pattern: RegExp): void {
	const value = text.data;
	const parts: (string | HTMLElement)[] = [];
	let last = 0;
	for (const match of value.matchAll(pattern)) {
		const start = match.index;
		if (start > last) parts.push(value.slice(last, start));
		const mark = document.createElement('mark');
		mark.className = 'search-highlight';
		mark.textContent = match[0];
		parts.push(mark);
		last = start + match[0].length;
	}
	if (parts.length === 0) return;
	if (last < value.length) parts.push(value.slice(last));
	text.replaceWith(...parts);
}
