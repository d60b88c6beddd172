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
const routes = listPages().map(routeOf);

/** One way of reading the site: a width, JavaScript on or off, a colour scheme or forced colours. */
interface Reading {
	readonly name: string;
	readonly javaScript: boolean;
	readonly options: BrowserContextOptions;
}

const READINGS: Reading[] = [
	...[320, 768, 1280].map((width) => ({ name: `${width} px`, javaScript: true, options: { viewport: { width, height: 900 } } })),
	...[320, 768, 1280].map((width) => ({ name: `${width} px, no JS`, javaScript: false, options: { viewport: { width, height: 900 } } })),
	{ name: 'dark', javaScript: true, options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
	{ name: 'forced colours', javaScript: true, options: { viewport: { width: 1280, height: 900 }, forcedColors: 'active' } },
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
});

// Each check opens its own context, so checks can run a few at a time and keep the
// Chromium processes busy on both cores.
describe.each(READINGS)('every page, $name', (reading) => {
	it.concurrent.for(routes)('%s: no axe violation, nothing sent elsewhere, nothing stored', async (route, { expect }) => {
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
