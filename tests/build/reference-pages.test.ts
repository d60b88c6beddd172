import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/data/dates.ts';
import { commonAccessDate } from '../../src/data/source-groups.ts';
import { SOURCE_KINDS } from '../../src/schemas/source.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR, fileForRoute, readPage } from './dist.ts';

const content = validateContent(CONTENT_DIR);

describe('the sources page', () => {
	const page = readPage('sources/index.html');
	const entries = page.querySelectorAll('ol.sources > li');

	it('lists every source in content/sources.yaml, each with its publisher, its date or “not shown”, and a link', () => {
		expect(entries.map((li) => li.getAttribute('id')).sort()).toEqual(content.sources.map((s) => `source-${s.id}`).sort());
		for (const source of content.sources) {
			const entry = page.querySelector(`[id="source-${source.id}"]`);
			expect(entry?.text).toContain(source.publisher);
			expect(entry?.querySelector(`a[href="${source.url}"]`)).not.toBeNull();
		}
	});

	it('names at least one page that cites each source, so nothing in the bibliography goes unused', () => {
		const uncited = entries.filter((li) => (li.querySelector('.cited-on')?.text ?? '').replace('Cited on:', '').trim() === '');
		expect(uncited.map((li) => li.getAttribute('id'))).toEqual([]);
	});

	it('links each citing explainer to the source’s entry in that page’s own list', () => {
		const links = page.querySelectorAll('.cited-on a').map((a) => a.getAttribute('href') ?? '');
		expect(links.filter((href) => href.startsWith('/ways/')).length).toBeGreaterThan(0);
		for (const href of links.filter((h) => h.includes('#ref-'))) {
			const [path, anchor] = href.split('#');
			expect(readPage(fileForRoute(path ?? '') ?? '').querySelector(`[id="${anchor}"]`), href).not.toBeNull();
		}
	});
});

describe('the sources page’s groups', () => {
	const page = readPage('sources/index.html');
	const kindOf = (id: string) => content.sources.find((source) => source.id === id)?.kind ?? 'reporting';
	const groups = [...SOURCE_KINDS, 'reporting'].filter((kind) => content.sources.some((source) => (source.kind ?? 'reporting') === kind));

	it('files each source under its kind, primary sources first, with a jump link to each group', () => {
		const sections = page.querySelectorAll('section[data-kind]');
		expect(sections.map((section) => section.getAttribute('data-kind'))).toEqual(groups);
		for (const section of sections) {
			for (const li of section.querySelectorAll('ol.sources > li')) {
				expect(kindOf((li.getAttribute('id') ?? '').replace(/^source-/, '')), li.getAttribute('id') ?? '').toBe(section.getAttribute('data-kind'));
			}
		}
		expect(page.querySelectorAll('.kind-jump a').map((a) => a.getAttribute('href'))).toEqual(groups.map((kind) => `#kind-${kind}`));
		expect(groups.length, 'content has primary sources and reporting').toBeGreaterThan(1);
	});

	it('says the common “last read” date once, and on an entry only when it differs', () => {
		const common = commonAccessDate(content.sources) ?? '';
		expect(page.querySelector('main')?.text).toContain(formatDate(common));
		for (const source of content.sources) {
			const accessed = page.querySelector(`[id="source-${source.id}"] .accessed`);
			if (source.accessed === common) expect(accessed, source.id).toBeNull();
			else expect(accessed?.text, source.id).toContain(formatDate(source.accessed));
		}
	});
});

describe('the 404 page', () => {
	const page = readPage('404.html');

	it('offers search: a labelled field that sends the words to /search/?q=', () => {
		const form = page.querySelector('main form[role="search"]');
		expect(form?.getAttribute('action')).toBe('/search/');
		expect(form?.getAttribute('method')).toBe('get');
		const input = form?.querySelector('input[name="q"]');
		expect(page.querySelector(`label[for="${input?.getAttribute('id')}"]`)).not.toBeNull();
	});

	it('lists every state', () => {
		const links = page.querySelectorAll('main a[href^="/states/"]').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(content.states.map((state) => `/states/${state.code.toLowerCase()}/`).sort());
	});
});

describe('the about page', () => {
	const page = readPage('about/index.html');

	it('covers who made it, the method, corrections, the licence and privacy, each with an anchor', () => {
		for (const id of ['who', 'method', 'corrections', 'licence', 'privacy']) expect(page.querySelector(`h2[id="${id}"]`), id).not.toBeNull();
		expect(page.text).toContain('No known restriction');
		expect(page.text).toContain('CC BY 4.0');
		expect(page.text).toContain('MIT');
	});
});

describe('search filters', () => {
	it.each([
		['ways/dmv-sharing/index.html', ['type:Explainer', 'way:1. Direct sharing']],
		['ways/data-brokers/index.html', ['type:Explainer', 'way:2. Data brokers']],
		['ways/police-networks/index.html', ['type:Explainer', 'way:3. Police networks']],
		['act/index.html', ['type:Explainer']],
		['glossary/index.html', ['type:Reference']],
		['sources/index.html', ['type:Reference']],
		['about/index.html', ['type:Reference']],
	])('%s is filed under %j', (file, filters) => {
		expect(readPage(file).querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter'))).toEqual(filters);
	});
});
