import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, pathLocale, stripLocale, useTranslations, type Locale } from '../i18n/index.ts';

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

/** Every built page under `dir` whose `<main>` carries data-pagefind-body, the same test Pagefind applies. */
export function listIndexedPages(dir: URL): IndexedPage[] {
	const root = fileURLToPath(dir);
	return listHtmlFiles(root).flatMap((file) => {
		const html = readFileSync(file, 'utf8');
		if (!INDEXED.test(html)) return [];
		const title = TITLE.exec(html)?.[1]?.trim() ?? '';
		const url = urlOf(relative(root, file));
		const suffix = ` · ${escapeHtml(useTranslations(pathLocale(url)).t('site.title'))}`;
		return [{ url, titleHtml: title.endsWith(suffix) ? title.slice(0, -suffix.length) : title }];
	});
}

/**
 * Groups pages for the index: top-level pages first (home, then by title), then one group per section such as
 * /states/, headed by the section page's own title when it has one, each group sorted by title.
 */
export function groupPages(pages: readonly IndexedPage[], locale: Locale): SiteIndexGroup[] {
	const { t, intl } = useTranslations(locale);
	const byTitle = (a: IndexedPage, b: IndexedPage) => a.titleHtml.localeCompare(b.titleHtml, intl);
	const topLevel = pages.filter((page) => depthOf(page.url) <= 1);
	const home = topLevel.filter((page) => stripLocale(page.url) === '/');
	const groups: SiteIndexGroup[] = [
		{ headingHtml: escapeHtml(t('siteIndex.main')), pages: [...home, ...topLevel.filter((page) => stripLocale(page.url) !== '/').sort(byTitle)] },
	];
	const sections = [...new Set(pages.filter((page) => depthOf(page.url) > 1).map((page) => sectionOf(page.url)))].sort();
	for (const section of sections) {
		const sectionPage = topLevel.find((page) => stripLocale(page.url) === `/${section}/`);
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

/** Fills each language's search page's site index slot with every indexed page in that language. Throws if a search page has no slot. */
export function writeSiteIndex(dir: URL, pages: readonly IndexedPage[]): void {
	for (const locale of LOCALES) {
		const file = fileURLToPath(new URL(`.${useTranslations(locale).path('/search/')}index.html`, dir));
		const html = readFileSync(file, 'utf8');
		if (!SITE_INDEX_SLOT.test(html)) throw new Error(`${file} has no <div data-site-index-slot> to fill.`);
		const groups = groupPages(pages.filter((page) => pathLocale(page.url) === locale), locale);
		writeFileSync(file, html.replace(SITE_INDEX_SLOT, () => `<div data-site-index-slot>${renderSiteIndex(groups)}</div>`));
	}
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

// Depth and section are read without the language prefix: /es/states/or/ sits in "states" like /states/or/.
function depthOf(url: string): number {
	return stripLocale(url).split('/').filter(Boolean).length;
}

function sectionOf(url: string): string {
	return stripLocale(url).split('/').filter(Boolean)[0] ?? '';
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
