import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../site.ts';
import { t } from '../i18n/en.ts';

/** A built page that search covers: its URL path and its title, still HTML-escaped as Astro wrote it. */
export interface IndexedPage {
	readonly url: string;
	readonly titleHtml: string;
}

/** A titled group of pages in the site index. */
export interface SiteIndexGroup {
	readonly headingHtml: string;
	readonly pages: readonly IndexedPage[];
}

/** The element the search page renders for the build to fill; see SiteIndex.astro. */
export const SITE_INDEX_SLOT = /<div data-site-index-slot[^>]*>[\s\S]*?<\/div>/;

const INDEXED = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;
const TITLE = /<title>([\s\S]*?)<\/title>/;
const TITLE_SUFFIX = ` · ${SITE.title}`;

/** Every built page under `dir` whose `<main>` carries data-pagefind-body, the same test Pagefind applies. */
export function listIndexedPages(dir: URL): IndexedPage[] {
	const root = fileURLToPath(dir);
	return listHtmlFiles(root).flatMap((file) => {
		const html = readFileSync(file, 'utf8');
		if (!INDEXED.test(html)) return [];
		const title = TITLE.exec(html)?.[1]?.trim() ?? '';
		return [{ url: urlOf(relative(root, file)), titleHtml: title.endsWith(TITLE_SUFFIX) ? title.slice(0, -TITLE_SUFFIX.length) : title }];
	});
}

/**
 * Groups pages for the index: top-level pages first (home, then by title), then one group per section such as
 * /states/, headed by the section page's own title when it has one, each group sorted by title.
 */
export function groupPages(pages: readonly IndexedPage[]): SiteIndexGroup[] {
	const byTitle = (a: IndexedPage, b: IndexedPage) => a.titleHtml.localeCompare(b.titleHtml, 'en');
	const topLevel = pages.filter((page) => depthOf(page.url) <= 1);
	const home = topLevel.filter((page) => page.url === '/');
	const groups: SiteIndexGroup[] = [
		{ headingHtml: escapeHtml(t('siteIndex.main')), pages: [...home, ...topLevel.filter((page) => page.url !== '/').sort(byTitle)] },
	];
	const sections = [...new Set(pages.filter((page) => depthOf(page.url) > 1).map((page) => sectionOf(page.url)))].sort();
	for (const section of sections) {
		const sectionPage = topLevel.find((page) => page.url === `/${section}/`);
		groups.push({
			headingHtml: sectionPage?.titleHtml ?? escapeHtml(section.replace(/-/g, ' ')),
			pages: pages.filter((page) => depthOf(page.url) > 1 && sectionOf(page.url) === section).sort(byTitle),
		});
	}
	return groups.filter((group) => group.pages.length > 0);
}

/** The site index as HTML: a heading and a list of links per group. */
export function renderSiteIndex(groups: readonly SiteIndexGroup[]): string {
	return groups
		.map(
			(group) =>
				`<h3>${group.headingHtml}</h3><ul class="site-index-list">${group.pages
					.map((page) => `<li><a href="${escapeHtml(page.url)}">${page.titleHtml}</a></li>`)
					.join('')}</ul>`,
		)
		.join('');
}

/** Fills the search page's site index slot with every indexed page. Throws if the search page has no slot. */
export function writeSiteIndex(dir: URL, pages: readonly IndexedPage[]): void {
	const file = fileURLToPath(new URL('./search/index.html', dir));
	const html = readFileSync(file, 'utf8');
	if (!SITE_INDEX_SLOT.test(html)) throw new Error(`${file} has no <div data-site-index-slot> to fill.`);
	writeFileSync(file, html.replace(SITE_INDEX_SLOT, () => `<div data-site-index-slot>${renderSiteIndex(groupPages(pages))}</div>`));
}

function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) return listHtmlFiles(path);
		return entry.endsWith('.html') ? [path] : [];
	});
}

/** "states/or/index.html" → "/states/or/"; "404.html" → "/404.html". */
function urlOf(file: string): string {
	return `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

function depthOf(url: string): number {
	return url.split('/').filter(Boolean).length;
}

function sectionOf(url: string): string {
	return url.split('/').filter(Boolean)[0] ?? '';
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
