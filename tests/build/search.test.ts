import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTypes, stateSearchFilters } from '../../src/data/search-filters.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { bareRouteOf, CONTENT_DIR, DIST, fileForRoute, listFiles, listPages, localeOf, readPage, routeOf } from './dist.ts';
import { elementJoins, readFragments } from './pagefind-text.ts';
import { LOCALES, useTranslations } from '../../src/i18n/index.ts';


const PAGEFIND = join(DIST, 'pagefind');
/** performance.md §3: the whole Pagefind bundle on disk. */
const PAGEFIND_BUDGET_BYTES = 1_000_000;

const pages = listPages();
const indexed = pages.filter((file) => readPage(file).querySelector('[data-pagefind-body]'));
const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
	languages: Record<string, { page_count: number }>;
};
const states = validateContent(CONTENT_DIR).states;

/** The filters a built page declares, as { name: [values] }. */
function filtersOf(file: string): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const element of readPage(file).querySelectorAll('[data-pagefind-filter]')) {
		const spec = element.getAttribute('data-pagefind-filter') ?? '';
		const colon = spec.indexOf(':');
		(filters[spec.slice(0, colon)] ??= []).push(spec.slice(colon + 1));
	}
	return filters;
}

describe('the Pagefind index in dist/', () => {
	it('exists, with the JS API, its worker, the WASM and at least one index chunk', () => {
		for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
			expect(existsSync(join(PAGEFIND, file)), file).toBe(true);
		}
		expect(listFiles(PAGEFIND).some((file) => file.endsWith('.pf_index'))).toBe(true);
	});

	it('leaves out the ready-made Pagefind UIs, which the site does not use', () => {
		expect(listFiles(PAGEFIND).filter((file) => /pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file))).toEqual([]);
	});

	it('holds exactly the pages whose <main> carries data-pagefind-body, one index per language', () => {
		expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
		for (const locale of LOCALES) {
			expect(entry.languages[locale]?.page_count, locale).toBe(indexed.filter((file) => localeOf(file) === locale).length);
		}
		expect(indexed.length).toBeGreaterThanOrEqual(3);
	});

	it('indexes every page but the 404, the search page, the embedded map and the printable handouts', () => {
		const notIndexed = pages.filter((file) => !indexed.includes(file));
		const handout = /^\/(states\/[a-z]{2}\/)?handout\/$/;
		const unindexed = ['/404.html', '/search/', '/embed/map/'];
		expect(notIndexed.filter((file) => !unindexed.includes(bareRouteOf(file)) && !handout.test(bareRouteOf(file)))).toEqual([]);
		expect(indexed.filter((file) => handout.test(bareRouteOf(file)))).toEqual([]);
		expect(notIndexed).toContain('404.html');
		expect(notIndexed).toContain('search/index.html');
	});

	it.each(indexed)('%s marks only its <main> for indexing', (file) => {
		const bodies = readPage(file).querySelectorAll('[data-pagefind-body]');
		expect(bodies.map((element) => element.tagName)).toEqual(['MAIN']);
	});

	it(`fits in ${PAGEFIND_BUDGET_BYTES.toLocaleString('en-US')} bytes`, () => {
		const bytes = listFiles(PAGEFIND).reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
		expect(bytes).toBeLessThanOrEqual(PAGEFIND_BUDGET_BYTES);
	});
});

describe('search filters on built pages', () => {
	it.each(indexed)('%s declares one type from the conventions, inside its indexed content', (file) => {
		const filters = filtersOf(file);
		expect(filters['type']).toHaveLength(1);
		expect(pageTypes(useTranslations(localeOf(file)))).toContain(filters['type']?.[0]);
		for (const element of readPage(file).querySelectorAll('[data-pagefind-filter]')) {
			expect(element.closest('main[data-pagefind-body]'), 'filter outside the indexed <main>').not.toBeNull();
		}
	});

	it('gives every state page the statuses its record holds, and only state pages the State type', () => {
		const statePages = indexed.filter((file) => filtersOf(file)['type']?.[0] === pageTypes(useTranslations(localeOf(file)))[0]);
		expect(statePages).toHaveLength(states.length * LOCALES.length);
		for (const file of statePages) {
			const state = states.find((record) => bareRouteOf(file) === `/states/${record.code.toLowerCase()}/`);
			expect(state, `${file} is typed State but is no state's page`).toBeDefined();
			const expected = Object.fromEntries(Object.entries(stateSearchFilters(state!, useTranslations(localeOf(file)))).map(([name, value]) => [name, [value]]));
			expect(filtersOf(file)).toEqual(expected);
		}
	});

	it.each(indexed)('%s gives search its own title, so a query for the title finds it first', (file) => {
		const page = readPage(file);
		const title = page.querySelector('title')?.text.replace(` · ${useTranslations(localeOf(file)).t('site.title')}`, '');
		const metas = page.querySelectorAll('[data-pagefind-meta]').map((element) => element.getAttribute('data-pagefind-meta'));
		expect(metas).toEqual([`title:${title}`]);
	});

	it.each(['404.html', 'search/index.html'])('%s declares no filters', (file) => {
		expect(readPage(file).querySelectorAll('[data-pagefind-filter]')).toHaveLength(0);
	});
});

describe('the text search stores, which its excerpts quote', () => {
	const fragments = readFragments();

	it('covers every indexed page', () => {
		expect(fragments.map((fragment) => fragment.url).sort()).toEqual(indexed.map(routeOf).sort());
	});

	it.each(fragments.map((fragment) => [fragment.url, fragment] as const))('%s keeps every label apart from its value', (_, fragment) => {
		const main = readPage(fileForRoute(fragment.url) ?? '').querySelector('main');
		expect(main).not.toBeNull();
		// Two words that meet at an element boundary, e.g. "Nlets" and "No known restriction", must not reach the index as one.
		const joined = [...new Set(elementJoins(main!))].filter((join) => fragment.content.includes(join));
		expect(joined).toEqual([]);
	});

	it('leaves out what every state page shares: the call script, the safety note, who to call and the status meanings', () => {
		for (const fragment of fragments.filter((f) => /^\/states\/[a-z]{2}\/$/.test(f.url))) {
			const page = readPage(fileForRoute(fragment.url) ?? '');
			const shared = [
				...page.querySelectorAll('[data-script-text] p, #safety ~ ul li, .meaning'),
				page.querySelector('#who-to-call'),
			].map((element) => element?.text.replace(/\s+/g, ' ').trim() ?? '');
			expect(shared.length).toBeGreaterThan(3);
			for (const text of shared) expect(fragment.content, `${fragment.url}: ${text.slice(0, 60)}`).not.toContain(text);
		}
	});
});

describe('search costs nothing until it is opened', () => {
	it.each(pages)('%s loads no Pagefind file and no search UI', (file) => {
		const page = readPage(file);
		const loaded = page
			.querySelectorAll('script[src], link[href]')
			.map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
		expect(loaded.filter((url) => url.includes('pagefind') || /search-ui|highlight/.test(url))).toEqual([]);
		for (const script of page.querySelectorAll('script:not([src])')) expect(script.text).not.toContain('pagefind');
	});

	it('keeps Pagefind out of every script a page loads at first, and out of their static imports', () => {
		const firstLoad = new Set(
			pages.flatMap((file) =>
				readPage(file)
					.querySelectorAll('script[src]')
					.map((element) => element.getAttribute('src') ?? ''),
			),
		);
		expect(firstLoad.size).toBeGreaterThan(0);
		for (const file of staticImportClosure([...firstLoad])) {
			expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('pagefind.js');
		}
	});
});

/** The scripts that load with these ones: themselves and everything they import statically, not import(). */
function staticImportClosure(scripts: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = scripts.map((src) => src.replace(/^\//, ''));
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(DIST, file), 'utf8');
		for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+)["'`]/g)) {
			queue.push(join(dirname(file), match[1] ?? '').split('\\').join('/'));
		}
	}
	return seen;
}

describe('the search page', () => {
	const search = readPage('search/index.html');

	it('says that search needs JavaScript, for readers without it', () => {
		expect(search.querySelector('noscript')?.text).toContain('Search needs JavaScript');
		// The form shows only under @media (scripting: enabled); the browser test checks it stays hidden without.
		expect(search.querySelector('form[role="search"]')?.hasAttribute('data-needs-script')).toBe(true);
	});

	it('lists every indexed page, and nothing else, in its site index', () => {
		const links = search.querySelectorAll('#site-index a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(indexed.filter((file) => localeOf(file) === 'en').map(routeOf).sort());
	});

	it('labels the search field', () => {
		const input = search.querySelector('input[type="search"]');
		expect(search.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.text.trim()).toBe('Search this site');
		expect(search.querySelector('[data-search-status]')?.getAttribute('role')).toBe('status');
	});
});
