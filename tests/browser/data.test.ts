import { describe, expect, inject, it } from 'vitest';
import { axeViolations, useWatchedPages, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

describe('the /data/ page in Chromium', () => {
	it.each(VIEWPORTS.flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme }))))(
		'loads cleanly at $width px ($colorScheme): no console error, no foreign request, no axe violation',
		async ({ width, height, colorScheme }) => {
			const watched = await watchPage({ viewport: { width, height }, colorScheme });
			expect((await watched.page.goto(`${baseUrl}/data/`))?.status()).toBe(200);
			expect(await axeViolations(watched.page)).toEqual([]);
			expect(await watched.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
			expect(watched.consoleErrors).toEqual([]);
			expect(watched.foreignRequests).toEqual([]);
			await watched.context.close();
		},
	);

	it('serves each download it links, the CSV files with their byte-order mark', async () => {
		const watched = await watchPage();
		await watched.page.goto(`${baseUrl}/data/`);
		const hrefs = await watched.page.$$eval('a[download]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(3);
		for (const href of hrefs) {
			const response = await watched.page.request.get(`${baseUrl}${href}`);
			expect(response.status(), href).toBe(200);
			const body = await response.body();
			if (href.endsWith('.csv')) expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
			else expect(() => JSON.parse(body.toString('utf8')), href).not.toThrow();
		}
		await watched.context.close();
	});
});
