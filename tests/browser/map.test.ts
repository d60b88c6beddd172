import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describedLevels, LEVELS } from '../../src/data/levels.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { ClientMapData } from '../../src/map/client-data.ts';
import { axeViolations, useWatchedPages, VIEWPORTS, type WatchedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
/** Tall enough that the whole map is on screen at desktop width, so the pointer never scrolls it. */
const DESKTOP = { width: 1280, height: 1400 };
const watchPage = useWatchedPages(baseUrl);

async function openMap(options: BrowserContextOptions = {}, path = '/map/'): Promise<WatchedPage> {
	const watched = await watchPage({ viewport: DESKTOP, ...options });
	await watched.page.goto(`${baseUrl}${path}`);
	return watched;
}

/** What the details card shows: the state's name, or null when it is closed. */
function cardName(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const card = document.querySelector<HTMLElement>('.map-card');
		return card && !card.hidden ? (card.querySelector('.map-card-name')?.textContent ?? '') : null;
	});
}

/** True when the card overlaps the bounding box of the state's outline. */
function cardCovers(page: Page, code: string): Promise<boolean> {
	return page.evaluate((c) => {
		const card = document.querySelector('.map-card')?.getBoundingClientRect();
		const state = document.querySelector(`svg.choropleth-svg a[data-code="${c}"] path`)?.getBoundingClientRect();
		if (!card || !state) return true;
		return card.left < state.right && state.left < card.right && card.top < state.bottom && state.top < card.bottom;
	}, code);
}

/** The code of the state link that has focus, if any. */
function focusedCode(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.closest('svg.choropleth-svg a')?.getAttribute('data-code') ?? null);
}

describe('the map in Chromium', () => {
	it('marks a state that changed recently on its details card, and only it', async () => {
		const watched = await watchPage({ viewport: DESKTOP });
		// Texas is marked in the page's data here, so the card's mark is tested whatever the records say.
		await watched.page.route(`${baseUrl}/map/`, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/("TX":\{)("name")/, '$1"recent":true,$2');
			await route.fulfill({ response, body });
		});
		await watched.page.goto(`${baseUrl}/map/`);
		const label = await watched.page.evaluate(() => (JSON.parse(document.querySelector('script.map-data')?.textContent ?? '{}') as ClientMapData).recentLabel);
		const markOn = async (code: string) => {
			await watched.page.locator(`svg.choropleth-svg a[data-code="${code}"]`).focus();
			expect(await cardName(watched.page)).not.toBeNull();
			return watched.page.locator('.map-card .map-card-recent').allTextContents();
		};
		expect(await markOn('TX')).toEqual([label]);
		expect(await markOn('OK')).toEqual([]);
		await watched.context.close();
	});

	it('shows a state’s details on hover, for every state, beside the state and never over it', async () => {
		const { page, context } = await openMap();
		// A point inside each state that the pointer really hits (a bounding box's centre can fall outside the shape).
		const points = await page.evaluate(() =>
			[...document.querySelectorAll<SVGAElement>('svg.choropleth-svg a[data-code]')].map((link) => {
				const box = link.getBoundingClientRect();
				for (let step = 2; step <= 32; step *= 2) {
					for (let i = 1; i < step; i += 2) {
						for (let j = 1; j < step; j += 2) {
							const [x, y] = [box.left + (box.width * i) / step, box.top + (box.height * j) / step];
							const hit: Element | null | undefined = document.elementFromPoint(x, y)?.closest('[data-code]');
							if (hit === link) return { code: link.dataset.code ?? '', x, y };
						}
					}
				}
				return { code: link.dataset.code ?? '', x: NaN, y: NaN };
			}),
		);
		expect(points.filter((p) => Number.isNaN(p.x)).map((p) => p.code), 'states the pointer cannot reach').toEqual([]);
		const names = await page.evaluate(() => (JSON.parse(document.querySelector('script.map-data')?.textContent ?? '{}') as ClientMapData).states);
		for (const { code, x, y } of points) {
			// The card can be hovered (WCAG 1.4.13), so it may lie over a neighbour; Esc dismisses it first.
			await page.keyboard.press('Escape');
			await page.mouse.move(x, y);
			expect(await cardName(page), code).toBe(names[code]?.name);
			expect(await cardCovers(page, code), `card covers ${code}`).toBe(false);
		}
		await context.close();
	});

	it('shows the details of the small states from their labelled boxes too', async () => {
		const { page, context } = await openMap();
		for (const code of ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC']) {
			const box = page.locator(`.small-states a[data-code="${code}"]`);
			const size = await box.boundingBox();
			expect(size?.width, code).toBeGreaterThanOrEqual(24);
			expect(size?.height, code).toBeGreaterThanOrEqual(24);
			await page.keyboard.press('Escape');
			await box.hover();
			expect(await cardName(page), code).not.toBeNull();
			expect(await cardCovers(page, code), `card covers ${code}`).toBe(false);
		}
		await context.close();
	});

	it('takes one Tab stop, then reaches every state with the arrow keys, with a visible ring and the card beside it', async () => {
		const { page, context } = await openMap();
		await page.locator('.skip-map').focus();
		await page.keyboard.press('Tab');
		const visited = [await focusedCode(page)];
		for (let i = 0; i < 50; i++) {
			await page.keyboard.press('ArrowRight');
			const code = await focusedCode(page);
			visited.push(code);
			expect(await cardName(page), `card for ${code}`).not.toBeNull();
			expect(await cardCovers(page, code ?? ''), `card covers ${code}`).toBe(false);
		}
		expect(new Set(visited).size).toBe(51);
		expect(visited[0]).toBe('WA');
		// The ring is drawn twice, a wide halo under a narrow line of the other colour, so it shows on any fill.
		const ring = await page.evaluate(() => {
			const focused = document.activeElement?.querySelector('path');
			return [...document.querySelectorAll<SVGPathElement>('.focus-ring path')].map((path) => {
				const style = getComputedStyle(path);
				return { d: path.getAttribute('d') === focused?.getAttribute('d'), visibility: style.visibility, width: Number.parseFloat(style.strokeWidth), stroke: style.stroke };
			});
		});
		expect(ring.map((part) => part.d)).toEqual([true, true]);
		expect(ring.map((part) => part.visibility)).toEqual(['visible', 'visible']);
		const [halo, line] = ring;
		expect(line?.width).toBeGreaterThanOrEqual(2);
		expect(halo?.width).toBeGreaterThan(line?.width ?? 0);
		expect(halo?.stroke).not.toBe(line?.stroke);

		await page.keyboard.press('Home');
		expect(await focusedCode(page)).toBe('WA');
		await page.keyboard.press('ArrowDown');
		expect(await focusedCode(page)).toBe('OR');
		await page.keyboard.press('ArrowUp');
		expect(await focusedCode(page)).toBe('WA');
		await page.keyboard.press('End');
		expect(await focusedCode(page)).toBe(visited.at(-1));

		await page.keyboard.press('Tab');
		expect(await focusedCode(page), 'one Tab leaves the map').toBeNull();
		await page.keyboard.press('Shift+Tab');
		expect(await focusedCode(page), 'Shift+Tab returns to the last state').toBe(visited.at(-1));
		await context.close();
	});

	it('closes the card with Esc and keeps focus, and its ring, on the state', async () => {
		const { page, context } = await openMap();
		await page.locator('svg.choropleth-svg a[data-code="OR"]').focus();
		expect(await cardName(page)).toBe('Oregon');
		await page.keyboard.press('Escape');
		expect(await cardName(page)).toBeNull();
		expect(await focusedCode(page)).toBe('OR');
		expect(await page.locator('.focus-ring').evaluate((ring) => getComputedStyle(ring).visibility)).toBe('visible');
		await context.close();
	});

	it('follows a state’s link with Enter', async () => {
		const { page, context } = await openMap();
		const oregon = page.locator('svg.choropleth-svg a[data-code="OR"]');
		const href = await oregon.getAttribute('href');
		await oregon.focus();
		await Promise.all([page.waitForURL(`${baseUrl}${href}`), page.keyboard.press('Enter')]);
		await context.close();
	});

	it('on touch, shows the card on the first tap and opens the page on the second', async () => {
		const { page, context } = await openMap({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
		const texas = page.locator('svg.choropleth-svg a[data-code="TX"] path');
		await texas.tap();
		expect(await cardName(page)).toBe('Texas');
		expect(page.url()).toBe(`${baseUrl}/map/`);
		const href = await page.locator('svg.choropleth-svg a[data-code="TX"]').getAttribute('href');
		await Promise.all([page.waitForURL(`${baseUrl}${href}`), texas.tap()]);
		await context.close();
	});

	it('recolours the map and switches the legend and caption when the layer changes, and remembers it in the URL', async () => {
		const { page, context } = await openMap();
		const fills = () =>
			page.evaluate(() =>
				Object.fromEntries(
					[...document.querySelectorAll('svg.choropleth-svg a[data-code]')].map((a) => [
						a.getAttribute('data-code'),
						a.querySelector('path')?.getAttribute('fill'),
					]),
				),
			);
		const before = await fills();
		await page.getByRole('radio', { name: 'Licenses for all' }).check();
		const after = await fills();
		const expected = await page.evaluate(() => {
			const data: ClientMapData = JSON.parse(document.querySelector('script.map-data')?.textContent ?? '{}');
			const index = data.layers.findIndex((l) => l.id === 'licensesForAll');
			return Object.fromEntries(
				Object.entries(data.states).map(([code, s]) => [code, data.layers[index]?.levels[s.statuses[index] ?? '']?.fill]),
			);
		});
		expect(after).toEqual(expected);
		expect(after).not.toEqual(before);
		expect(await page.locator('[data-legend="licensesForAll"]').isVisible()).toBe(true);
		expect(await page.locator('[data-legend="nlets"]').isVisible()).toBe(false);
		expect(await page.locator('[data-map-title]').textContent()).toContain('license drivers');
		expect(page.url()).toBe(`${baseUrl}/map/?layer=licensesForAll`);
		const oregon = page.locator('svg.choropleth-svg a[data-code="OR"]');
		expect(describedLevels('licensesForAll', useTranslations('en')).map((level) => `Oregon: ${level.label}`)).toContain(await oregon.getAttribute('aria-label'));

		await page.reload();
		expect(await page.getByRole('radio', { name: 'Licenses for all' }).isChecked()).toBe(true);
		expect(await fills()).toEqual(expected);
		await context.close();
	});

	it('lays out the switcher before its script arrives, so the map never jumps down', async () => {
		const mapTop = async (page: Page) => page.locator('svg.choropleth-svg').evaluate((svg) => svg.getBoundingClientRect().top);
		const loaded = await openMap();
		const slow = await watchPage({ viewport: DESKTOP });
		await slow.context.route('**/_astro/*.js', (route) => route.abort());
		await slow.page.goto(`${baseUrl}/map/`);
		expect(await slow.page.locator('.layer-switch').isVisible()).toBe(true);
		expect(await mapTop(slow.page)).toBe(await mapTop(loaded.page));
		await Promise.all([loaded.context.close(), slow.context.close()]);
	});

	it('still shows the map, its legend and the table without JavaScript', async () => {
		const { page, context, consoleErrors } = await openMap({ javaScriptEnabled: false });
		expect(await page.locator('svg.choropleth-svg a[data-code]').count()).toBe(51);
		expect(await page.locator('svg.choropleth-svg').isVisible()).toBe(true);
		expect(await page.locator('[data-legend="nlets"]').isVisible()).toBe(true);
		expect(await page.locator('.layer-switch').isVisible()).toBe(false);
		expect(await page.locator('.map-hint').isVisible()).toBe(false);
		expect(await page.locator('table.state-table tbody tr').count()).toBe(51);
		expect(await page.locator('table.state-table').isVisible()).toBe(true);
		expect(await page.locator('.nlets-figures svg.figures-chart').isVisible()).toBe(true);
		// Without the script every state is its own Tab stop, in reading order.
		await page.locator('.skip-map').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await focusedCode(page)).toBe('OR');
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('keeps the legend’s swatches distinct in forced-colors mode', async () => {
		const { page, context } = await openMap({ forcedColors: 'active' });
		const swatches = page.locator('[data-legend="nlets"] .swatch');
		const images = await Promise.all((await swatches.all()).map((swatch) => swatch.screenshot()));
		expect(images).toHaveLength(LEVELS.nlets.length);
		for (const [i, image] of images.entries()) {
			for (const other of images.slice(i + 1)) expect(image.equals(other)).toBe(false);
		}
		const tones = await page.evaluate(() =>
			[...document.querySelectorAll('[data-legend="nlets"] .swatch rect')].map((rect) => getComputedStyle(rect).fill),
		);
		expect(new Set(tones).size).toBe(new Set(LEVELS.nlets.map((level) => level.style.tone)).size);
		await context.close();
	});
});

// The pages as loaded are read by axe in site-wide-home-map-embed.test.ts; here, with the card the script opens.
describe('the map’s details card, checked by axe', () => {
	it.each([
		{ path: '/map/', viewport: VIEWPORTS[0], colorScheme: 'light' },
		{ path: '/map/', viewport: VIEWPORTS[1], colorScheme: 'dark' },
		{ path: '/', viewport: VIEWPORTS[1], colorScheme: 'light' },
	] as const)('has no violations open on $path at $viewport.width px, $colorScheme', async ({ path, viewport, colorScheme }) => {
		const { page, context, consoleErrors, foreignRequests } = await openMap({ viewport, colorScheme }, path);
		await page.locator('svg.choropleth-svg a[data-code="OR"]').focus();
		expect(await cardName(page)).toBe('Oregon');
		expect(await axeViolations(page)).toEqual([]);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});
});
