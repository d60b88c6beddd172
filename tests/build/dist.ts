import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { pathLocale, stripLocale, type Locale } from '../../src/i18n/locales.ts';

/** The content the build read: content/, or the folder that CONTENT_DIR names (a fixture or a copy). */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join(import.meta.dirname, '../../content');

/** The built site, as `astro build` left it: dist/, or the build of a copy that DIST_DIR names. */
export const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '../../dist');

if (!existsSync(join(DIST, 'index.html'))) {
	throw new Error(`${DIST} has no index.html. Run npm run build before the build tests.`);
}

/** Every file under dist/, as paths relative to it with forward slashes. */
export function listFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? listFiles(path) : [relative(DIST, path).split('\\').join('/')];
	});
}

/** Every HTML page under dist/. */
export function listPages(): string[] {
	return listFiles().filter((file) => file.endsWith('.html'));
}

/** The URL path a built file answers, e.g. "states/or/index.html" → "/states/or/". */
export function routeOf(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

/** The language of a built page, from its path: /es/… is Spanish, everything else English. */
export function localeOf(file: string): Locale {
	return pathLocale(routeOf(file));
}

/** A built file's route without its language prefix, e.g. "es/states/or/index.html" → "/states/or/". */
export function bareRouteOf(file: string): string {
	return stripLocale(routeOf(file));
}

/** The built file for a URL path, or undefined if nothing answers it. */
export function fileForRoute(pathname: string): string | undefined {
	const clean = decodeURIComponent(pathname).replace(/^\//, '');
	for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
		const path = join(DIST, candidate);
		if (candidate && existsSync(path) && statSync(path).isFile()) return candidate.split('\\').join('/');
	}
	return clean === '' ? 'index.html' : undefined;
}

/** A built page, parsed. */
export function readPage(file: string): HTMLElement {
	return parse(readFileSync(join(DIST, file), 'utf8'));
}
