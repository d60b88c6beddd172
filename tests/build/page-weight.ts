import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, readPage, routeOf } from './dist.ts';

/** Gzip level 9 size of a buffer: exact and repeatable, so budgets can be enforced. */
export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
	readonly html: number;
	readonly css: number;
	/** All the page's JavaScript, external and inline. */
	readonly js: number;
	readonly other: number;
	/** Every inline <svg> in the page, gzipped on its own. */
	readonly svgs: number[];
	readonly total: number;
}

/** Follows a JS module's static imports, so a page's JS counts the chunks it pulls in. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry) || !existsSync(join(DIST, entry))) return seen;
	seen.add(entry);
	const code = readFileSync(join(DIST, entry), 'utf8');
	for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) {
		const target = match[1] ?? '';
		moduleGraph(target.startsWith('/') ? target.slice(1) : posix.join(dirname(entry), target), seen);
	}
	return seen;
}

/**
 * What a first visit to the page transfers, gzipped: the HTML, its stylesheets, its scripts
 * with their static imports, and the icon and images it references. Search, loaded only on
 * demand, is not counted.
 */
export function pageWeight(file: string): PageWeight {
	const page = readPage(file);
	const base = `http://site.invalid${routeOf(file)}`;
	const local = (value: string | undefined) => {
		if (!value) return undefined;
		const url = new URL(value, base);
		return url.origin === 'http://site.invalid' ? decodeURIComponent(url.pathname).slice(1) : undefined;
	};
	const sizeOf = (path: string) => (existsSync(join(DIST, path)) ? gzipSize(readFileSync(join(DIST, path))) : 0);

	const css = page
		.querySelectorAll('link[rel~="stylesheet"]')
		.map((l) => local(l.getAttribute('href')))
		.filter((p): p is string => Boolean(p));
	const scriptEntries = [
		...page.querySelectorAll('script[src]').map((s) => local(s.getAttribute('src'))),
		...page.querySelectorAll('link[rel="modulepreload"]').map((l) => local(l.getAttribute('href'))),
	].filter((p): p is string => Boolean(p));
	const scripts = new Set<string>();
	for (const entry of scriptEntries) moduleGraph(entry, scripts);
	// Inline scripts are already inside the HTML's bytes; they count again only towards the JS budget.
	const inlineScripts = page
		.querySelectorAll('script:not([src])')
		.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
		.map((s) => s.text);
	const other = [
		...page.querySelectorAll('link[rel~="icon"]').map((l) => local(l.getAttribute('href'))),
		...page.querySelectorAll('img[src]').map((i) => local(i.getAttribute('src'))),
	].filter((p): p is string => Boolean(p));

	const html = gzipSize(readFileSync(join(DIST, file)));
	const cssBytes = css.reduce((sum, p) => sum + sizeOf(p), 0);
	const externalJs = [...scripts].reduce((sum, p) => sum + sizeOf(p), 0);
	const jsBytes = externalJs + (inlineScripts.length ? gzipSize(inlineScripts.join('\n')) : 0);
	const otherBytes = [...new Set(other)].reduce((sum, p) => sum + sizeOf(p), 0);
	const svgs = page.querySelectorAll('svg').filter((svg) => !svg.closest('svg svg')).map((svg) => gzipSize(svg.toString()));
	return { html, css: cssBytes, js: jsBytes, other: otherBytes, svgs, total: html + cssBytes + externalJs + otherBytes };
}
