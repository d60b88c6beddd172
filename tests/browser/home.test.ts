import { describe, expect, inject, it } from 'vitest';
import { axeViolations, useWatchedPages, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

describe('the home page in Chromium', () => {
	it.each(VIEWPORTS)('loads cleanly at $width px: no console error, no foreign request, no axe violation', async (viewport) => {
		const watched = await watchPage({ viewport });
		const response = await watched.page.goto(`${baseUrl}/`);
		expect(response?.status()).toBe(200);
		expect(await watched.page.locator('h1').textContent()).toBe('How ICE Gets Your DMV Data');
		expect(await axeViolations(watched.page)).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});

	it('catches a request to another origin when a page makes one', async () => {
		const watched = await watchPage();
		await expect(watched.page.goto('https://example.com/probe')).rejects.toThrow();
		expect(watched.foreignRequests).toEqual(['https://example.com/probe']);
		await watched.context.close();
	});
});
