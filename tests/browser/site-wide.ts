/**
 * The site-wide pass: every built route read at several widths, with and without JavaScript, in dark
 * mode and under forced colours. It is split by page group into site-wide-*.test.ts files, so each
 * group reports as it finishes and the groups share the two cores. Each file uses one browser, one
 * context and one page, reused for every reading.
 *
 * Every reading of every route checks what is cheap (the page answers, nothing goes to another origin,
 * no console error, no storage, no CSP violation, no horizontal scroll). axe, which costs about a
 * second of both cores, runs once per template and reading where markup or colours differ: on a phone
 * with JavaScript, on a desktop without it, and in dark mode. A Spanish page shares its English twin's
 * template, markup and colours but not its words, so it gets every cheap check and axe on a phone only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pathLocale, stripLocale } from '../../src/i18n/locales.ts';
import { DIST, listPages, readPage, routeOf } from '../build/dist.ts';
import { axeViolations, launchBrowser, openWatchedPage, RECORD_SIDE_EFFECTS, serveWithoutScripts, sideEffects, type WatchedPage } from './browser.ts';

/** One way of reading the site: a width, JavaScript on or off, a colour scheme or forced colours. */
interface Reading {
	readonly name: string;
	readonly width: number;
	readonly javaScript: boolean;
	readonly colorScheme?: 'light' | 'dark';
	readonly forcedColors?: 'active' | 'none';
	/** Every route, or one route per template. */
	readonly routes: 'every' | 'templates';
	/** Whether axe reads the template routes too. */
	readonly axe: boolean;
}

const READINGS: readonly Reading[] = [
	{ name: '320 px', width: 320, javaScript: true, routes: 'every', axe: true },
	{ name: '1280 px, no JS', width: 1280, javaScript: false, routes: 'every', axe: true },
	{ name: '1280 px, dark', width: 1280, javaScript: true, colorScheme: 'dark', routes: 'templates', axe: true },
	{ name: '768 px', width: 768, javaScript: true, routes: 'templates', axe: false },
	{ name: '1280 px', width: 1280, javaScript: true, routes: 'templates', axe: false },
	{ name: '320 px, no JS', width: 320, javaScript: false, routes: 'templates', axe: false },
	{ name: '768 px, no JS', width: 768, javaScript: false, routes: 'templates', axe: false },
	{ name: '1280 px, forced colours', width: 1280, javaScript: true, forcedColors: 'active', routes: 'templates', axe: false },
];

/** The page groups, one test file each; the last takes every route the others do not. */
export const PAGE_GROUPS = {
	'home, map and embed': (route: string) => route === '/' || /^\/(map|embed)\//.test(route),
	'state pages': (route: string) => route.startsWith('/states/'),
	explainers: (route: string) => /^\/(ways|act|glossary)\//.test(route),
	'reference and other pages': () => true,
} as const;
export type PageGroup = keyof typeof PAGE_GROUPS;

const STATE_PAGE = /^states\/[a-z]{2}\/index\.html$/;
const STATE_ROUTE = /^\/states\/[a-z]{2}\/$/;
/**
 * The 51 printable handouts share one template and print what their state pages show, so one of
 * them, California's, stands for all (tests/browser/handouts.test.ts prints the longest ones).
 */
const HANDOUT = /^\/states\/[a-z]{2}\/handout\/$/;
const STAND_IN_HANDOUT = '/states/ca/handout/';

/** The routes of a group, in every language: those its test matches and no earlier group's does. */
function routesOf(group: PageGroup): string[] {
	const groups = Object.entries(PAGE_GROUPS);
	const index = groups.findIndex(([name]) => name === group);
	return listPages()
		.map(routeOf)
		.filter((route) => !HANDOUT.test(stripLocale(route)) || stripLocale(route) === STAND_IN_HANDOUT)
		.filter((route) => groups.findIndex(([, matches]) => matches(stripLocale(route))) === index);
}

/**
 * One route per template and language: every page but the state pages, which share one template, and of
 * those the longest page for each call script (the script, and so the markup, follows the Nlets status).
 */
function templateRoutes(routes: readonly string[]): string[] {
	const longest = new Map<string, { file: string; bytes: number }>();
	for (const file of listPages().filter((f) => STATE_PAGE.test(stripLocale(`/${f}`).slice(1)))) {
		const kind = `${pathLocale(routeOf(file))} ${readPage(file).querySelector('[data-script-kind]')?.getAttribute('data-script-kind') ?? ''}`;
		const bytes = readFileSync(join(DIST, file)).length;
		if (bytes > (longest.get(kind)?.bytes ?? -1)) longest.set(kind, { file, bytes });
	}
	const stateTemplates = new Set([...longest.values()].map(({ file }) => routeOf(file)));
	return routes.filter((route) => !STATE_ROUTE.test(stripLocale(route)) || stateTemplates.has(route));
}

/** Reads every route of a page group in every reading, in one reused page. */
export function describeSiteWide(group: PageGroup): void {
	const baseUrl = inject('baseUrl');
	const routes = routesOf(group);
	const templates = templateRoutes(routes);
	let browser: Browser;
	let context: BrowserContext;
	let watched: WatchedPage;
	let javaScript = true;

	beforeAll(async () => {
		browser = await launchBrowser();
		watched = await openWatchedPage(browser, baseUrl);
		context = watched.context;
		await context.addInitScript(RECORD_SIDE_EFFECTS);
		await serveWithoutScripts(watched.page, baseUrl, () => !javaScript);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it(`has routes to read, ${templates.length} of them templates`, () => {
		expect(routes.length).toBeGreaterThan(0);
		expect(templates.length).toBeGreaterThan(0);
	});

	describe.each(READINGS)(`${group}, $name`, (reading) => {
		beforeAll(async () => {
			javaScript = reading.javaScript;
			await watched.page.setViewportSize({ width: reading.width, height: 900 });
			await watched.page.emulateMedia({ colorScheme: reading.colorScheme ?? 'light', forcedColors: reading.forcedColors ?? 'none' });
		});

		const readRoutes = reading.routes === 'every' ? routes : templates;
		it.for(readRoutes)('%s', async (route, { expect }) => {
			const { page, foreignRequests, consoleErrors } = watched;
			foreignRequests.length = 0;
			consoleErrors.length = 0;
			try {
				expect((await page.goto(baseUrl + route))?.status()).toBe(200);
				const axe = reading.axe && templates.includes(route) && (pathLocale(route) === 'en' || reading === READINGS[0]);
				if (axe) expect(await axeViolations(page)).toEqual([]);
				expect(foreignRequests).toEqual([]);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `horizontal scroll at ${reading.width} px`).toBeLessThanOrEqual(0);
				if (!reading.javaScript) return;
				expect(consoleErrors).toEqual([]);
				expect(await sideEffects(page)).toEqual({ storage: [], csp: [] });
				expect(await context.cookies()).toEqual([]);
			} finally {
				// A failure here must not follow the reader to the next page. A page that did not load has no storage to clear.
				await context.clearCookies();
				await page.evaluate(() => [localStorage, sessionStorage].forEach((storage) => storage.clear())).catch(() => undefined);
			}
		});
	});
}
