import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages, routeOf } from '../build/dist.ts';
import {
	axeViolations,
	launchBrowser,
	openNoScriptPage,
	openWatchedPage,
	RECORD_SIDE_EFFECTS,
	sideEffects,
} from './browser.ts';

const baseUrl = inject('baseUrl');
/**
 * The 51 printable handouts share one template and print what their state pages show, so one of
 * them, California's, stands for all (tests/browser/handouts.test.ts prints the longest ones).
 */
const HANDOUT = /^\/states\/[a-z]{2}\/handout\/$/;
const routes = listPages()
	.map(routeOf)
	.filter((route) => !HANDOUT.test(route) || route === '/states/ca/handout/');

/** One way of reading the site: a width, JavaScript on or off, a colour scheme or forced colours. */
interface Reading {
	readonly name: string;
	readonly javaScript: boolean;
	readonly options: BrowserContextOptions;
	/** Every route, or one route per page template (see below). */
	readonly routes: readonly string[];
}

/**
 * The 51 state pages share one template, and an axe pass costs about a second of both cores, so
 * the full matrix of readings on all of them would take ten minutes. Every route is read on a
 * phone with JavaScript and on a desktop without it; the other readings cover every other route
 * and one state page, California, the longest.
 */
const STATE_PAGE = /^\/states\/[a-z]{2}\/$/;
const onePerTemplate = routes.filter((route) => !STATE_PAGE.test(route) || route === '/states/ca/');
const viewport = (width: number) => ({ viewport: { width, height: 900 } });

const READINGS: Reading[] = [
	{ name: '320 px', javaScript: true, options: viewport(320), routes },
	{ name: '1280 px, no JS', javaScript: false, options: viewport(1280), routes },
	{ name: '768 px', javaScript: true, options: viewport(768), routes: onePerTemplate },
	{ name: '1280 px', javaScript: true, options: viewport(1280), routes: onePerTemplate },
	{ name: '320 px, no JS', javaScript: false, options: viewport(320), routes: onePerTemplate },
	{ name: '768 px, no JS', javaScript: false, options: viewport(768), routes: onePerTemplate },
	{ name: 'dark', javaScript: true, options: { ...viewport(1280), colorScheme: 'dark' }, routes: onePerTemplate },
	{ name: 'forced colours', javaScript: true, options: { ...viewport(1280), forcedColors: 'active' }, routes: onePerTemplate },
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
});

// Each check opens its own context, so checks can run a few at a time.
describe.each(READINGS)('every page, $name', (reading) => {
	it.concurrent.for(reading.routes)('%s: no axe violation, nothing sent elsewhere, nothing stored', async (route, { expect }) => {
		const watched = reading.javaScript
			? await openWatchedPage(browser, baseUrl, reading.options)
			: await openNoScriptPage(browser, baseUrl, reading.options);
		try {
			if (reading.javaScript) await watched.context.addInitScript(RECORD_SIDE_EFFECTS);
			const response = await watched.page.goto(baseUrl + route);
			expect(response?.status()).toBe(200);
			expect(await axeViolations(watched.page)).toEqual([]);
			expect(watched.foreignRequests).toEqual([]);
			if (!reading.javaScript) return;
			expect(watched.consoleErrors).toEqual([]);
			expect(await sideEffects(watched.page)).toEqual({ storage: [], csp: [] });
			expect(await watched.context.cookies()).toEqual([]);
			if (reading.options.viewport?.width === 320) {
				const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
			}
		} finally {
			await watched.context.close();
		}
	});
});

describe('the side-effect recorder', () => {
	it('notices a storage write and a CSP violation when a page makes them', async () => {
		const watched = await openWatchedPage(browser, baseUrl);
		await watched.context.addInitScript(RECORD_SIDE_EFFECTS);
		await watched.page.goto(`${baseUrl}/`);
		await watched.page.evaluate(() => {
			localStorage.setItem('probe', '1');
			const image = document.createElement('img');
			image.src = 'https://example.com/pixel.png';
			document.body.append(image);
		});
		await watched.page.waitForFunction(() => (window as unknown as { __sideEffects: { csp: string[] } }).__sideEffects.csp.length > 0);
		const effects = await sideEffects(watched.page);
		expect(effects.storage).toContain('probe');
		expect(effects.csp[0]).toMatch(/^img-src https:\/\/example\.com\/pixel\.png/);
		await watched.page.evaluate(() => localStorage.clear());
		await watched.context.close();
	});

	it('shows a no-JS reader the page without its scripts', async () => {
		const watched = await openNoScriptPage(browser, baseUrl);
		await watched.page.goto(`${baseUrl}/`);
		expect(await watched.page.locator('script').count()).toBe(0);
		await watched.context.close();
	});
});
