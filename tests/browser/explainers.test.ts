import { describe, expect, inject, it } from 'vitest';
import { useWatchedPages, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

// axe, console errors and foreign requests on every explainer: site-wide-explainers.test.ts.
describe('the explainers in Chromium', () => {
	it('takes a keyboard user from a citation marker to its source and on to the source’s page, with JavaScript off', async () => {
		const watched = await watchPage({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
		const { page } = watched;
		await page.goto(`${baseUrl}/ways/police-networks/`);
		const marker = page.locator('sup.cite a').first();
		await marker.focus();
		const target = (await marker.getAttribute('href')) ?? '';
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
		const entry = page.locator(`[id="${target.slice(1)}"]`);
		expect(await entry.isVisible()).toBe(true);
		expect(await entry.evaluate((li) => li.getBoundingClientRect().top >= 0 && li.getBoundingClientRect().top < innerHeight)).toBe(true);
		expect(await entry.locator('a[href^="https://"]').count()).toBe(1);
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});

	it('gives each citation marker an accessible name that says it is a source', async () => {
		const watched = await watchPage();
		await watched.page.goto(`${baseUrl}/ways/dmv-sharing/`);
		const names = await watched.page.locator('sup.cite a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('aria-label')));
		expect(names).toEqual(['source 1', 'source 2', 'source 3']);
		await watched.context.close();
	});
});
