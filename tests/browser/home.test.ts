import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { WAY_INFO, wayName, wayPath } from '../../src/data/ways.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { useWatchedPages } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

/** How many rows the header's visible parts sit on: the site name, each navigation link and the search button. */
function headerRows(page: Page): Promise<number> {
	return page.evaluate(() => {
		const parts = [...document.querySelectorAll<HTMLElement>('.site-header .site-name, .site-header nav a, .site-header [data-language-switch], .site-header .search-trigger')].filter(
			(element) => element.offsetParent !== null,
		);
		const rows: { top: number; bottom: number }[] = [];
		for (const part of parts) {
			const { top, bottom } = part.getBoundingClientRect();
			// Parts whose boxes overlap vertically share a row.
			const row = rows.find((r) => top < r.bottom && bottom > r.top);
			if (row) Object.assign(row, { top: Math.min(row.top, top), bottom: Math.max(row.bottom, bottom) });
			else rows.push({ top, bottom });
		}
		return rows.length;
	});
}

describe('the home page’s first screen in Chromium', () => {
	it('keeps the header to one row at 1024 px and wider and at most two on a 390 px phone, with search and the other language in reach, in both languages', async () => {
		for (const path of ['/', '/es/']) {
			for (const [width, most] of [
				[1280, 1],
				[1024, 1],
				[390, 2],
			] as const) {
				const watched = await watchPage({ viewport: { width, height: 844 } });
				await watched.page.goto(`${baseUrl}${path}`);
				expect(await headerRows(watched.page), `${path} at ${width} px`).toBeLessThanOrEqual(most);
				expect(await watched.page.locator('.site-header .search-trigger:visible').count(), `${path} at ${width} px`).toBe(1);
				expect(await watched.page.locator('.site-header [data-language-switch]:visible').count(), `${path} at ${width} px`).toBe(1);
				await watched.context.close();
			}
		}
	});

	it('shows the three ways by name and the state choice on a 390 × 844 phone’s first screen', async () => {
		for (const javaScript of [true, false]) {
			const watched = await watchPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
			const { page } = watched;
			await page.goto(`${baseUrl}/`);
			const firstScreen = async (selector: string) => {
				const box = await page.locator(selector).first().boundingBox();
				return box !== null && box.y >= 0 && box.y + box.height <= 844;
			};
			for (const way of WAY_INFO) {
				const link = `main a[href="${wayPath(way.slug ?? 'dmv-sharing')}"]`;
				const name = wayName(way, useTranslations('en'));
				expect(await page.locator(link).first().textContent(), name).toContain(name);
				expect(await firstScreen(link), `${name}, JavaScript ${javaScript}`).toBe(true);
			}
			// With JavaScript, a select that opens the state's page; without, a list that unfolds.
			const choice = javaScript ? '.state-jump select' : '.state-jump summary';
			expect(await firstScreen(choice), `state choice, JavaScript ${javaScript}`).toBe(true);
			await watched.context.close();
		}
	});
});
