import { describe, expect, inject, it } from 'vitest';
import { useWatchedPages } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

// axe light and dark, console errors, foreign requests and scrolling on /data/: site-wide-reference.test.ts.
describe('the /data/ page in Chromium', () => {
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
