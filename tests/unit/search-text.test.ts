import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import {
	capQuery,
	cleanResultUrl,
	editDistance,
	MAX_QUERY_LENGTH,
	MAX_QUERY_WORDS,
	orderFilterValues,
	resultCountMessage,
	suggestSpelling,
	toPagefindFilters,
	type SearchMessages,
} from '../../src/search/search-text.ts';
import { highlightPattern } from '../../src/search/highlight-pattern.ts';
import { isOpenShortcut } from '../../src/search/shortcut.ts';

const { t } = useTranslations('en');
const messages: SearchMessages = {
	loading: t('search.loading'),
	failed: t('search.failed'),
	'results.none': t('search.results.none'),
	'results.one': t('search.results.one'),
	'results.many': t('search.results.many'),
	'results.filtered.none': t('search.results.filtered.none'),
	'results.filtered.one': t('search.results.filtered.one'),
	'results.filtered.many': t('search.results.filtered.many'),
};

const marked = (text: string, terms: string[]) => text.match(highlightPattern(terms) ?? /$^/g) ?? [];

describe('search messages', () => {
	it('counts results for a query, in the singular and the plural', () => {
		expect(resultCountMessage(messages, 0, 'nlets')).toBe('No results for “nlets”.');
		expect(resultCountMessage(messages, 1, 'nlets')).toBe('1 result for “nlets”.');
		expect(resultCountMessage(messages, 1234, 'nlets')).toBe('1,234 results for “nlets”.');
	});

	it('counts pages for filters alone', () => {
		expect(resultCountMessage(messages, 0, '')).toBe('No pages match these filters.');
		expect(resultCountMessage(messages, 5, '')).toBe('5 pages match these filters.');
	});
});

describe('capQuery', () => {
	it('keeps a normal query as typed, trimmed and with single spaces', () => {
		expect(capQuery('  data   brokers ')).toBe('data brokers');
		expect(capQuery('')).toBe('');
	});

	it(`keeps the first ${MAX_QUERY_WORDS} words of a longer query`, () => {
		const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
		expect(capQuery(words.join(' '))).toBe(words.slice(0, MAX_QUERY_WORDS).join(' '));
	});

	it(`cuts at ${MAX_QUERY_LENGTH} characters, between words where there is a space`, () => {
		const long = Array.from({ length: 10 }, () => 'x'.repeat(30)).join(' ');
		const capped = capQuery(long);
		expect(capped.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		expect(capped.split(' ').every((word) => word === 'x'.repeat(30))).toBe(true);
		expect(capQuery('y'.repeat(500))).toBe('y'.repeat(MAX_QUERY_LENGTH));
	});
});

describe('highlighting', () => {
	it('marks whole words that start with a term, in any case', () => {
		expect(marked('Police networks and the NETWORK; a subnetwork.', ['network'])).toEqual(['networks', 'NETWORK']);
		expect(marked('Nlets, LexisNexis and lexis', ['lexisnexis'])).toEqual(['LexisNexis']);
	});

	it('treats regular-expression characters in a query as text', () => {
		expect(marked('a (b) c.* d', ['(b)', 'c.*'])).toEqual(['b', 'c']);
		expect(highlightPattern(['***'])).toBeNull();
		expect(highlightPattern([])).toBeNull();
	});

	it('marks at most 20 terms, each cut to 100 characters, whatever the address holds', () => {
		const terms = Array.from({ length: 3000 }, (_, i) => `w${i}q`);
		expect(marked('w0q w19q w20q w2999q', terms)).toEqual(['w0q', 'w19q']);
		expect(highlightPattern(['z'.repeat(5000)])?.source.length).toBeLessThan(200);
	});

	it('marks letters beyond ASCII', () => {
		expect(marked('Oficina de Tránsito; tránsitos', ['tránsito'])).toEqual(['Tránsito', 'tránsitos']);
	});
});

describe('result links', () => {
	it('drop the empty highlight Pagefind adds to results of filters alone', () => {
		expect(cleanResultUrl('/about/?highlight=')).toBe('/about/');
		expect(cleanResultUrl('/states/or/?highlight=#who-to-call')).toBe('/states/or/#who-to-call');
	});

	it('keep real terms, their order, other parameters and the section', () => {
		expect(cleanResultUrl('/ways/data-brokers/?highlight=data&highlight=brokers#lexisnexis')).toBe(
			'/ways/data-brokers/?highlight=data&highlight=brokers#lexisnexis',
		);
		expect(cleanResultUrl('/x/?a=1&highlight=&highlight=nlets')).toBe('/x/?a=1&highlight=nlets');
	});
});

describe('filters', () => {
	it('orders values as the vocabulary does, drops absent ones and appends unknown ones alphabetically', () => {
		const order = ['Blocked', 'Block in progress', 'No known restriction'];
		expect(orderFilterValues(order, { 'No known restriction': 45, Zeta: 1, Blocked: 5, Alpha: 2 })).toEqual([
			'Blocked',
			'No known restriction',
			'Alpha',
			'Zeta',
		]);
	});

	it('asks Pagefind for any chosen value within a filter, leaving out empty filters', () => {
		const chosen = new Map([
			['type', new Set(['State', 'Explainer'])],
			['Nlets status', new Set<string>()],
		]);
		expect(toPagefindFilters(chosen)).toEqual({ type: { any: ['State', 'Explainer'] } });
	});
});

describe('the shortcuts that open search', () => {
	const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
		key,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		...modifiers,
	});

	it('opens on Ctrl-K and Cmd-K, even while typing', () => {
		expect(isOpenShortcut(press('k', { ctrlKey: true }), false)).toBe(true);
		expect(isOpenShortcut(press('K', { metaKey: true }), true)).toBe(true);
	});

	it('opens on "/" only when the reader is not typing', () => {
		expect(isOpenShortcut(press('/'), false)).toBe(true);
		expect(isOpenShortcut(press('/'), true)).toBe(false);
	});

	it('ignores other keys and Alt combinations', () => {
		expect(isOpenShortcut(press('k'), false)).toBe(false);
		expect(isOpenShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
		expect(isOpenShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
	});
});

describe('the spelling hint after a search that found nothing', () => {
	const vocabulary = ['Oregon', 'Texas', 'New Mexico', 'Nlets', 'Data brokers'];

	it('counts edits, a swap of two neighbouring letters as one', () => {
		expect(editDistance('texas', 'texas')).toBe(0);
		expect(editDistance('texsa', 'texas')).toBe(1);
		expect(editDistance('oregn', 'oregon')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});

	it('offers the closest known word, ignoring case and spaces', () => {
		expect(suggestSpelling('Oregn', vocabulary)).toBe('Oregon');
		expect(suggestSpelling('texsa', vocabulary)).toBe('Texas');
		expect(suggestSpelling('new  mexco', vocabulary)).toBe('New Mexico');
		expect(suggestSpelling('nlest', vocabulary)).toBe('Nlets');
	});

	it('offers nothing for a word too far from every known one, a very short query, or a known word itself', () => {
		expect(suggestSpelling('warrant', vocabulary)).toBeUndefined();
		expect(suggestSpelling('tx', vocabulary)).toBeUndefined();
		expect(suggestSpelling('oregon', vocabulary)).toBeUndefined();
	});
});
