import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupPages, listIndexedPages, renderSiteIndex, writeSiteIndex } from '../../src/integrations/site-index.ts';

const work = mkdtempSync(join(tmpdir(), 'site-index-'));
const dir = pathToFileURL(`${work}/`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writePage(path: string, head: string, main: string) {
	const file = join(work, path);
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, `<!DOCTYPE html><html><head>${head}</head><body><header>x</header>${main}</body></html>`);
}

writePage('index.html', '<title>How ICE Gets Your DMV Data</title>', '<main id="main" class="wrap" data-pagefind-body><h1>Home</h1></main>');
writePage('states/index.html', '<title>States · How ICE Gets Your DMV Data</title>', '<main data-pagefind-body=""></main>');
writePage('states/or/index.html', '<title>Oregon · How ICE Gets Your DMV Data</title>', '<main data-pagefind-body></main>');
writePage('states/al/index.html', '<title>Alabama · How ICE Gets Your DMV Data</title>', '<main data-pagefind-body></main>');
writePage('ways/data-brokers/index.html', '<title>Data brokers &amp; ICE · How ICE Gets Your DMV Data</title>', '<main data-pagefind-body></main>');
writePage('about/index.html', '<title>About · How ICE Gets Your DMV Data</title>', '<main data-pagefind-body></main>');
writePage('404.html', '<title>Page not found · How ICE Gets Your DMV Data</title>', '<main id="main"></main>');
writePage('embed/map/index.html', '<title>Map · How ICE Gets Your DMV Data</title>', '<main></main><p>data-pagefind-body</p>');
writePage('search/index.html', '<title>Search · How ICE Gets Your DMV Data</title>', '<main><div data-site-index-slot data-astro-cid-x><p>Written by the build.</p></div></main>');
writePage('es/index.html', '<title>Cómo obtiene ICE sus datos del DMV</title>', '<main data-pagefind-body></main>');
writePage('es/states/or/index.html', '<title>Oregón · Cómo obtiene ICE sus datos del DMV</title>', '<main data-pagefind-body></main>');
writePage('es/search/index.html', '<title>Buscar · Cómo obtiene ICE sus datos del DMV</title>', '<main><div data-site-index-slot><p>Lo escribe la compilación.</p></div></main>');

describe('the site index', () => {
	it('lists exactly the pages whose <main> carries data-pagefind-body, with their own titles', () => {
		const pages = listIndexedPages(dir).sort((a, b) => a.url.localeCompare(b.url));
		expect(pages).toEqual([
			{ url: '/', titleHtml: 'How ICE Gets Your DMV Data' },
			{ url: '/about/', titleHtml: 'About' },
			{ url: '/es/', titleHtml: 'Cómo obtiene ICE sus datos del DMV' },
			{ url: '/es/states/or/', titleHtml: 'Oregón' },
			{ url: '/states/', titleHtml: 'States' },
			{ url: '/states/al/', titleHtml: 'Alabama' },
			{ url: '/states/or/', titleHtml: 'Oregon' },
			{ url: '/ways/data-brokers/', titleHtml: 'Data brokers &amp; ICE' },
		]);
	});

	it('groups top-level pages first, home leading, then each section under its own page title', () => {
		const groups = groupPages(listIndexedPages(dir).filter((page) => !page.url.startsWith('/es/')), 'en');
		expect(groups.map((group) => [group.headingHtml, group.pages.map((page) => page.url)])).toEqual([
			['Main pages', ['/', '/about/', '/states/']],
			['States', ['/states/al/', '/states/or/']],
			['ways', ['/ways/data-brokers/']],
		]);
	});

	it('renders a heading and a list of links per group, keeping titles escaped', () => {
		const html = renderSiteIndex([{ headingHtml: 'States', pages: [{ url: '/states/or/', titleHtml: 'O&amp;R' }] }]);
		expect(html).toBe('<h3>States</h3><ul class="site-index-list"><li><a href="/states/or/">O&amp;R</a></li></ul>');
	});

	it('replaces the slot on the search page with the list', () => {
		writeSiteIndex(dir, listIndexedPages(dir));
		const html = readFileSync(join(work, 'search/index.html'), 'utf8');
		expect(html).not.toContain('Written by the build.');
		expect(html).toContain('<div data-site-index-slot><h3>Main pages</h3>');
		expect(html).toContain('<a href="/states/or/">Oregon</a>');
		expect(html.match(/<a href=/g)).toHaveLength(6);
	});

	it('gives each language’s search page the pages in that language only, under its own headings', () => {
		writeSiteIndex(dir, listIndexedPages(dir));
		const english = readFileSync(join(work, 'search/index.html'), 'utf8');
		const spanish = readFileSync(join(work, 'es/search/index.html'), 'utf8');
		expect(english).not.toContain('/es/');
		expect(spanish).toContain('<a href="/es/states/or/">Oregón</a>');
		expect(spanish).not.toContain('Main pages');
		expect(spanish.match(/<a href=/g)).toHaveLength(2);
	});

	it('fails when the search page has no slot to fill', () => {
		writePage('search/index.html', '<title>Search</title>', '<main></main>');
		expect(() => writeSiteIndex(dir, [])).toThrow('has no <div data-site-index-slot> to fill');
	});
});
