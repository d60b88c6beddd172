import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openNoScriptPage, openWatchedPage, RECORD_SIDE_EFFECTS, sideEffects } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The browser tests pass because these watchers see nothing: each must see what it watches for. */
describe('the browser tests’ watchers', () => {
	it('catch a request to another origin when a page makes one', async () => {
		const watched = await openWatchedPage(browser, baseUrl);
		await expect(watched.page.goto('https://example.com/probe')).rejects.toThrow();
		expect(watched.foreignRequests).toEqual(['https://example.com/probe']);
		await watched.context.close();
	});

	it('notice a storage write and a CSP violation when a page makes them', async () => {
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
		await watched.context.close();
	});

	it('show a reader without JavaScript the page without its scripts, and with its <noscript> content', async () => {
		const watched = await openNoScriptPage(browser, baseUrl);
		await watched.page.goto(`${baseUrl}/search/`);
		expect(await watched.page.locator('script').count()).toBe(0);
		expect(await watched.page.locator('noscript').count()).toBe(0);
		expect(await watched.page.getByText('Search needs JavaScript').isVisible()).toBe(true);
		await watched.context.close();
	});
});
