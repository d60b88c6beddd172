/**
 * The Spanish edition in a real browser: what a Spanish reader does that the built-output tests cannot see.
 * Search runs Pagefind's Spanish index, the embed follows ?lang=es, the language switcher and the English
 * call script work from the keyboard. axe reads every Spanish template in the site-wide pass.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describedLevels } from '../../src/data/levels.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { axeViolations, useWatchedPages, type WatchedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);
const es = useTranslations('es');

/** The result links the search page lists for a query, once its status has said how many. */
async function searchResults(page: Page, path: string, query: string): Promise<string[]> {
	await page.goto(`${baseUrl}${path}?q=${encodeURIComponent(query)}`);
	await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/\d/);
	return page.locator('.search-result-title').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').split('?')[0] ?? ''));
}

async function expectClean({ foreignRequests, consoleErrors }: WatchedPage): Promise<void> {
	expect(foreignRequests).toEqual([]);
	expect(consoleErrors).toEqual([]);
}

describe('Spanish search', () => {
	it('finds Spanish pages only, for Spanish words, with Spanish messages', async () => {
		const watched = await watchPage();
		const { page } = watched;
		const brokers = await searchResults(page, '/es/search/', 'corredores de datos');
		expect(brokers.length).toBeGreaterThan(0);
		expect(brokers.every((url) => url.startsWith('/es/')), brokers.join(' ')).toBe(true);
		expect(brokers.slice(0, 3)).toContain('/es/ways/data-brokers/');
		const licence = await searchResults(page, '/es/search/', 'licencia de conducir');
		expect(licence.length).toBeGreaterThan(0);
		expect(licence.every((url) => url.startsWith('/es/'))).toBe(true);
		const message = (key: 'search.results.one' | 'search.results.many') =>
			es.t(key).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{count}', '\\d+').replace('{query}', 'licencia de conducir');
		const status = new RegExp(`^(${message('search.results.one')}|${message('search.results.many')})$`);
		expect(await page.locator('[data-search-status]').textContent()).toMatch(status);
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		await expectClean(watched);
		await watched.context.close();
	});

	it('keeps English search to English pages', async () => {
		const watched = await watchPage();
		const results = await searchResults(watched.page, '/search/', 'Nlets');
		expect(results.length).toBeGreaterThan(0);
		expect(results.some((url) => url.startsWith('/es/'))).toBe(false);
		await expectClean(watched);
		await watched.context.close();
	});

	it('passes axe with results on the page', async () => {
		const watched = await watchPage({ viewport: { width: 390, height: 844 } });
		await searchResults(watched.page, '/es/search/', 'licencia');
		expect(await axeViolations(watched.page)).toEqual([]);
		await expectClean(watched);
		await watched.context.close();
	});
});

describe('the Spanish embed', () => {
	it('follows /embed/map/?lang=es to the Spanish map, keeping the other options, with a Spanish key and source line', async () => {
		const watched = await watchPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/embed/map/?lang=es&layer=licenses&state=or`);
		await page.waitForURL(`${baseUrl}/es/embed/map/?layer=licenses&state=or`);
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		expect(await page.locator('html').getAttribute('data-layer')).toBe('licensesForAll');
		const legend = await page.locator('[data-legend="licensesForAll"]').innerText();
		for (const level of describedLevels('licensesForAll', es)) expect(legend).toContain(level.label);
		expect(await page.locator('.embed-source').innerText()).toContain(es.t('embed.source'));
		const link = page.locator('svg.choropleth-svg a[data-code="OR"]');
		expect(await link.getAttribute('href')).toBe('/es/states/or/');
		expect(await axeViolations(page)).toEqual([]);
		await expectClean(watched);
		await watched.context.close();
	});

	it('makes Spanish snippets on /es/embed/', async () => {
		const watched = await watchPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/es/embed/`);
		await page.locator('input[name="layer"][value="licenses"]').check();
		const snippet = await page.locator('embed-generator textarea').inputValue();
		expect(snippet).toContain(`${baseUrl}/es/embed/map/?layer=licenses`);
		await expect.poll(() => page.locator('iframe.preview').getAttribute('src')).toBe('/es/embed/map/?layer=licenses');
		await expectClean(watched);
		await watched.context.close();
	});
});

describe('a Spanish state page', () => {
	it('switches to the same page in English, and opens the English script from the keyboard', async () => {
		const watched = await watchPage({ viewport: { width: 390, height: 844 } });
		const { page } = watched;
		await page.goto(`${baseUrl}/es/states/or/`);
		const summary = page.locator('details.english-script summary');
		const english = page.locator('details.english-script figure.call-script');
		expect(await english.isVisible()).toBe(false);
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await english.isVisible()).toBe(true);
		expect(await english.getAttribute('lang')).toBe('en');
		expect(await english.locator('[data-script-text]').innerText()).toContain('[NAME]');

		await Promise.all([page.waitForURL(`${baseUrl}/states/or/`), page.locator('[data-language-switch]').click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('[data-language-switch]').getAttribute('href')).toBe('/es/states/or/');
		await expectClean(watched);
		await watched.context.close();
	});
});
