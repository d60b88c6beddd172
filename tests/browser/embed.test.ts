import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LEVELS, type MapLayer } from '../../src/data/levels.ts';
import { buildEmbedSnippet, DEFAULT_EMBED_OPTIONS, HEIGHT_MESSAGE } from '../../src/map/embed.ts';
import { patternId, PATTERNED } from '../../src/map/paint.ts';
import { SITE_URL_IS_PLACEHOLDER } from '../../src/site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR } from '../build/dist.ts';
import { axeViolations, launchBrowser, openWatchedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const TITLE = 'Map: which states have cut off ICE’s access to their DMV data through Nlets';

/**
 * A stranger's page, on another port and so another origin, that pastes the snippet as the /embed/
 * guide gives it, plus two other frames: one of the host's own (which will try to resize the map)
 * and one of the site's (a window of the right origin that is not the embed).
 */
function hostPage(embedQuery = ''): string {
	const snippet = buildEmbedSnippet(DEFAULT_EMBED_OPTIONS, { siteUrl: baseUrl, title: TITLE })
		.replace('/embed/map/"', `/embed/map/${embedQuery}"`)
		.replace('<iframe ', '<iframe id="embed" ');
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A teacher’s page</title></head>
<body>
<main>
<h1>A lesson on DMV data</h1>
<p>Here is the map.</p>
${snippet}
<iframe id="stranger" title="Someone else’s widget" src="/stranger.html" style="width:300px;height:100px;border:0"></iframe>
<iframe id="sibling" title="Another page of the site" src="${baseUrl}/sources/" style="width:300px;height:100px;border:0"></iframe>
</main>
</body>
</html>`;
}

const STRANGER = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title></head><body><p>Widget</p></body></html>';

let server: Server;
let hostUrl: string;
let browser: Browser;
let nextQuery = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const body = request.url === '/stranger.html' ? STRANGER : hostPage(nextQuery);
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
});

/** A page on the host whose requests to any origin but the host's and the site's are aborted and recorded. */
async function openHost(
	width: number,
	query = '',
	options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; embed: Frame; foreign: string[] }> {
	nextQuery = query;
	const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
	const allowed = new Set([new URL(hostUrl).origin, new URL(baseUrl).origin]);
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('about:') || allowed.has(new URL(url).origin)) return route.continue();
		foreign.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	await page.goto(`${hostUrl}/`);
	const handle = await page.waitForSelector('#embed');
	await handle.scrollIntoViewIfNeeded();
	const embed = await handle.contentFrame();
	if (!embed) throw new Error('The embed iframe has no frame');
	await embed.waitForLoadState('load');
	await waitForFit(page, embed);
	return { context, page, embed, foreign };
}

const frameHeight = (page: Page, id = 'embed') => page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
const contentHeight = (embed: Frame) => embed.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the loader has sized the iframe to its content. */
async function waitForFit(page: Page, embed: Frame): Promise<void> {
	await expect
		.poll(async () => Math.abs((await frameHeight(page)) - Math.ceil(await contentHeight(embed))), { timeout: 10_000 })
		.toBeLessThanOrEqual(1);
}

describe('the map embedded on another site', () => {
	it.each([320, 1024])('fits the iframe to its content at %i px, with no scrolling inside', async (width) => {
		const { context, page, embed, foreign } = await openHost(width);
		const height = await frameHeight(page);
		expect(height).toBeGreaterThan(150);
		expect(await embed.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
		expect(await embed.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('follows its content when the content changes height', async () => {
		const { context, page, embed } = await openHost(1024);
		const before = await frameHeight(page);
		await embed.evaluate(() => {
			const spacer = document.createElement('div');
			spacer.style.height = '300px';
			document.querySelector('main')?.append(spacer);
		});
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 250);
		await context.close();
	});

	it('ignores height messages from the host’s own frames and from other windows of the site', async () => {
		const { context, page, embed } = await openHost(1024);
		const before = await frameHeight(page);
		const stranger = page.frame({ url: `${hostUrl}/stranger.html` });
		const sibling = page.frames().find((frame) => frame.url().endsWith('/sources/'));
		if (!stranger || !sibling) throw new Error('test frames missing');
		const type = HEIGHT_MESSAGE;
		await stranger.evaluate((t) => parent.postMessage({ type: t, height: 2222 }, '*'), type);
		await page.evaluate((t) => window.postMessage({ type: t, height: 2333 }, '*'), type);
		// The sibling is the site's origin but not the embed's window: it may resize itself, never the map.
		await sibling.evaluate((t) => parent.postMessage({ type: t, height: 444 }, '*'), type);
		await expect.poll(() => frameHeight(page, 'sibling')).toBe(444);
		expect(await frameHeight(page)).toBe(before);
		expect(await frameHeight(page, 'stranger')).toBe(100);
		// And a message from the embed itself still counts, clamped to the loader's bounds.
		await embed.evaluate((t) => parent.postMessage({ type: t, height: 99_999 }, '*'), type);
		await expect.poll(() => frameHeight(page)).toBe(4000);
		await context.close();
	});

	it('opens its links in the top-level window, not inside the frame', async () => {
		const { context, page, embed } = await openHost(1024);
		const links = await embed.$$eval('a[href]', (anchors) =>
			anchors.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') || document.querySelector('base')?.target || '' })),
		);
		expect(links.length).toBeGreaterThan(51);
		for (const link of links) expect(link.target, String(link.href)).toBe('_top');
		await embed.click('.embed-site-link');
		await page.waitForURL(`${baseUrl}/map/`);
		expect(page.url()).toBe(`${baseUrl}/map/`);
		await context.close();
	});

	it('opens a state’s page in the top-level window when the state is clicked', async () => {
		const { context, page, embed } = await openHost(1024);
		await embed.click('.choropleth-svg a[data-code="TX"]');
		await page.waitForURL(`${baseUrl}/states/tx/`);
		await context.close();
	});

	it('shows a state’s details card on keyboard focus, moves with the arrow keys and closes with Escape', async () => {
		const { context, embed } = await openHost(1024);
		const card = embed.locator('.embed-card');
		const first = embed.locator('.choropleth-svg a[data-code]').first();
		const code = await first.getAttribute('data-code');
		await first.focus();
		await expect.poll(() => card.isVisible()).toBe(true);
		const name = await card.locator('.embed-card-name').textContent();
		expect(await first.getAttribute('aria-label')).toMatch(new RegExp(`^${name}: `));
		expect(await card.locator('dt').allTextContents()).toHaveLength(4);
		expect(await card.locator('a').getAttribute('href')).toBe(`/states/${code?.toLowerCase()}/`);
		await embed.locator('.choropleth-svg a[data-code]').first().press('ArrowRight');
		await expect.poll(() => card.locator('.embed-card-name').textContent()).not.toBe(name);
		expect(await embed.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
		await embed.locator(':focus').press('Escape');
		expect(await card.isVisible()).toBe(false);
		expect(await embed.locator('.choropleth-svg .focus-line').getAttribute('d')).toBeTruthy();
		await context.close();
	});

	it('shows the card on a first tap, and opens the state’s page on a second', async () => {
		const { context, page, embed } = await openHost(390, '', { hasTouch: true, isMobile: true });
		// A tap on the middle of Texas, as a finger makes it, on the host page's screen.
		const tap = async () => {
			const box = await embed.locator('.choropleth-svg a[data-code="TX"]').boundingBox();
			if (!box) throw new Error('Texas is not on the screen');
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		};
		await tap();
		await expect.poll(() => embed.locator('.embed-card').isVisible()).toBe(true);
		expect(await embed.locator('.embed-card-name').textContent()).toBe('Texas');
		expect(page.url()).toBe(`${hostUrl}/`);
		await tap();
		await page.waitForURL(`${baseUrl}/states/tx/`);
		await context.close();
	});

	it('leaves no axe violation on the host page with the map in it', async () => {
		const { context, page } = await openHost(1024);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

/** The embed page on its own, with no JavaScript errors and no request to any other origin. */
async function openEmbed(query: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}) {
	const watched = await openWatchedPage(browser, baseUrl, { viewport: { width: 800, height: 900 }, ...options });
	await watched.page.goto(`${baseUrl}/embed/map/${query}`);
	return watched;
}

const { states } = validateContent(CONTENT_DIR);

/** The computed fill of every state's shape, by code: "rgb(r, g, b)", or url("#…") for a hatch or dot pattern. */
const fills = (page: Page) =>
	page.$$eval('.choropleth-svg a[data-code]', (links) =>
		Object.fromEntries(links.map((link) => [link.getAttribute('data-code'), getComputedStyle(link.querySelector('path') ?? link).fill])),
	);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
/** The fill each state must have on a layer, from its record and levels.ts. */
const expectedFills = (layer: MapLayer) =>
	Object.fromEntries(
		states.map((state) => {
			const level = LEVELS[layer].find((l) => l.status === state[layer].status);
			const fill = level && PATTERNED.includes(level.style.tone) ? `url("#${patternId('embed-', layer, level.status)}")` : rgb(level?.style.fill.light ?? '');
			return [state.code, fill];
		}),
	);
const shown = (page: Page, selector: string) => page.$$eval(selector, (els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-legend') ?? el.getAttribute('data-for-layer')));

describe('the embed’s URL options', () => {
	it('show the chosen layer and highlight the chosen state from the start', async () => {
		const { context, page, consoleErrors, foreignRequests } = await openEmbed('?layer=licenses&state=ca');
		expect(await page.evaluate(() => document.documentElement.dataset['layer'])).toBe('licensesForAll');
		expect(await fills(page)).toEqual(expectedFills('licensesForAll'));
		expect(await shown(page, '[data-legend]')).toEqual(['licensesForAll']);
		expect(await shown(page, 'h1 [data-for-layer]')).toEqual(['licensesForAll']);
		expect(await page.$eval('.choropleth-svg [data-code="CA"] path', (p) => getComputedStyle(p).strokeWidth)).toBe('3px');
		expect(await page.$eval('.choropleth-svg [data-code="TX"] path', (p) => getComputedStyle(p).strokeWidth)).not.toBe('3px');
		expect(await page.locator('.choropleth-svg .highlight').count()).toBe(1);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('draw the DMV-sharing layer, hatching included', async () => {
		const { context, page, consoleErrors } = await openEmbed('?layer=dmv-law');
		expect(await fills(page)).toEqual(expectedFills('dmvSharing'));
		// Each pattern must exist, or its states are drawn with no fill at all.
		for (const level of LEVELS.dmvSharing.filter((l) => PATTERNED.includes(l.style.tone))) {
			expect(await page.locator(`pattern#${patternId('embed-', 'dmvSharing', level.status)}`).count(), level.status).toBe(1);
		}
		expect(await shown(page, '[data-legend]')).toEqual(['dmvSharing']);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('fall back to the defaults for values they do not know, without an error', async () => {
		const { context, page, consoleErrors } = await openEmbed('?layer=roads&state=zz&theme=neon&compact=no');
		expect(await fills(page)).toEqual(expectedFills('nlets'));
		expect(await shown(page, '[data-legend]')).toEqual(['nlets']);
		expect(await page.locator('.choropleth-svg .highlight').count()).toBe(0);
		expect(await page.locator('[data-legend="nlets"] .legend-description').first().isVisible()).toBe(true);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('are light by default, whatever the reader’s setting, and follow it with theme=auto', async () => {
		const plain = await openEmbed('', { colorScheme: 'dark' });
		expect(await plain.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		await plain.context.close();
		const auto = await openEmbed('?theme=auto', { colorScheme: 'dark' });
		expect(await auto.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
		await auto.context.close();
	});

	it('force the theme either way, and compact hides the key’s explanations', async () => {
		const dark = await openEmbed('?theme=dark&compact', { colorScheme: 'light' });
		expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
		expect(await dark.page.locator('.legend-description').first().isVisible()).toBe(false);
		await dark.context.close();
		const light = await openEmbed('?theme=light', { colorScheme: 'dark' });
		expect(await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		await light.context.close();
	});

	it('shows the default map, key and source without JavaScript', async () => {
		const { context, page } = await openEmbed('?layer=licenses', { javaScriptEnabled: false });
		expect(await fills(page)).toEqual(expectedFills('nlets'));
		expect(await shown(page, '[data-legend]')).toEqual(['nlets']);
		expect(await page.locator('.embed-source').isVisible()).toBe(true);
		await context.close();
	});

	// The default embed is read by axe in site-wide-home-map-embed.test.ts; here, with options that change what it shows.
	it('has no axe violations with another layer, the compact key and the dark theme', async () => {
		const { context, page } = await openEmbed('?layer=dmv-law&compact', { colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('the embed guide’s generator', () => {
	it('turns the chosen options into a snippet and a live preview, and copies it', async () => {
		const { context, page, consoleErrors, foreignRequests } = await openWatchedPage(browser, baseUrl, {
			viewport: { width: 1280, height: 900 },
		});
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		await page.goto(`${baseUrl}/embed/`);
		await page.getByLabel('Licenses for all').check();
		await page.getByLabel('Highlight a state').selectOption('NM');
		await page.getByLabel(/^Compact/).check();
		const snippet = page.locator('textarea');
		// With JavaScript the snippet uses the page's own address, whatever the build was told.
		await expect.poll(() => snippet.inputValue()).toContain(`<iframe src="${baseUrl}/embed/map/?layer=licenses&amp;state=nm&amp;compact"`);
		expect(await snippet.inputValue()).toContain('title="Map: Which states license drivers regardless of immigration status"');
		await expect.poll(() => page.locator('iframe.preview').getAttribute('src')).toBe('/embed/map/?layer=licenses&state=nm&compact');

		await page.getByRole('button', { name: 'Copy the snippet' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
		expect(await page.locator('.copy-status').textContent()).toBe('Copied.');
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('refuses an empty title: it says why and will not copy', async () => {
		const { context, page } = await openWatchedPage(browser, baseUrl);
		await page.goto(`${baseUrl}/embed/`);
		const before = await page.locator('textarea').inputValue();
		await page.getByLabel(/^Title for screen readers/).fill('  ');
		expect(await page.locator('#embed-title-error').isVisible()).toBe(true);
		expect(await page.getByLabel(/^Title for screen readers/).getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByRole('button', { name: 'Copy the snippet' }).isDisabled()).toBe(true);
		expect(await page.locator('textarea').inputValue()).toBe(before);
		await context.close();
	});

	it('works from the keyboard alone', async () => {
		const { context, page } = await openWatchedPage(browser, baseUrl);
		await page.goto(`${baseUrl}/embed/`);
		await page.getByLabel('3. Police networks').focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.locator('textarea').inputValue()).toContain('?layer=licenses');
		await context.close();
	});

	it('shows the default snippet and hides the options without JavaScript', async () => {
		const { context, page } = await openWatchedPage(browser, baseUrl, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/embed/`);
		expect(await page.locator('form.options').isVisible()).toBe(false);
		const snippet = await page.locator('textarea').inputValue();
		// A build without SITE_URL cannot know the address, and the snippet says so on its first line.
		expect(snippet.startsWith('<!-- This snippet needs this site’s address')).toBe(SITE_URL_IS_PLACEHOLDER);
		expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/map\/" title="Map: /m);
		await context.close();
	});
});
