import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContextOptions, Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { getUsStateByCode, US_STATES } from '../../src/data/us-states.ts';
import { WAY_INFO, wayPath } from '../../src/data/ways.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/pagefind-options.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { capQuery, MAX_QUERY_WORDS } from '../../src/search/search-text.ts';
import { listPages, localeOf, readPage, routeOf } from '../build/dist.ts';
import { axeViolations, useWatchedPages, VIEWPORTS, type WatchedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
/** performance.md §3: bytes transferred from opening search to the first results. */
const FIRST_QUERY_BUDGET_BYTES = 130_000;
/** A word the home page and the reference pages share, so it finds several pages on any branch. */
const QUERY = 'nlets';

/** The English pages search indexes: what /search/ lists without JavaScript (/es/search/ lists the Spanish ones). */
const indexedRoutes = listPages()
	.filter((file) => localeOf(file) === 'en' && readPage(file).querySelector('[data-pagefind-body]'))
	.map(routeOf);
/** Pages tagged type:Reference in the built HTML: what the Reference filter must list. */
const referenceRoutes = listPages()
	.filter((file) => readPage(file).querySelector('[data-pagefind-filter="type:Reference"]'))
	.map(routeOf);

const watchPage = useWatchedPages(baseUrl);

/** A watched page that also records Content-Security-Policy violations. */
async function openPage(options: BrowserContextOptions = {}): Promise<WatchedPage & { cspViolations: () => Promise<string[]> }> {
	const watched = await watchPage(options);
	await watched.context.addInitScript(() => {
		const log: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: log });
		document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	return {
		...watched,
		cspViolations: () => watched.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
	};
}

/**
 * Bytes of a response body as the server sent it (gzipped where it gzips), the measure performance.md used
 * for the budget. Headers are left out: their size depends on the host and shrinks to little under HTTP/2.
 */
async function transferred(request: Request): Promise<number> {
	const sizes = await request.sizes();
	let body = sizes.responseBodySize;
	// Chromium reports no body size for a Web Worker's own script; count the gzip the server sent instead.
	if (body === 0) {
		const response = await request.response();
		const raw = await response?.body().catch(() => undefined);
		if (response && raw && raw.length > 0) {
			body = (await response.headerValue('content-encoding')) === 'gzip' ? gzipSync(raw).length : raw.length;
		}
	}
	return body;
}

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const isOpen = (page: Page) => dialog(page).evaluate((element) => (element as HTMLDialogElement).open);
/** Whether the focused element matches a CSS selector. */
const hasFocus = (page: Page, selector: string) => page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);

/** Opens search with "/" and types the query; `atOnce` enters it as one edit, so exactly one search runs. */
async function searchInDialog(page: Page, query: string, atOnce = false): Promise<string> {
	await page.keyboard.press('/');
	if (atOnce) await dialog(page).locator('[data-search-input]').fill(query);
	else await page.keyboard.type(query);
	const status = dialog(page).locator('[role="status"]');
	await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/results? for/);
	return (await status.textContent()) ?? '';
}

async function expectClean(watched: Awaited<ReturnType<typeof openPage>>): Promise<void> {
	expect(await watched.cspViolations()).toEqual([]);
	expect(watched.consoleErrors).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
}

describe('search in the header', () => {
	it('loads no search code with a page, only when the reader opens search', async () => {
		const watched = await openPage();
		const requests: string[] = [];
		watched.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await watched.page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
		expect(requests.filter((path) => path.startsWith('/pagefind/') || /search-ui|highlight/.test(path))).toEqual([]);
		await searchInDialog(watched.page, QUERY);
		expect(requests).toContain('/pagefind/pagefind.js');
		await expectClean(watched);
		await watched.context.close();
	});

	it('opens with "/", Ctrl-K and Cmd-K, closes with Esc and puts focus back where it was', async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/`);
		await page.focus('nav a[href="/sources/"]');
		for (const shortcut of ['/', 'Control+k', 'Meta+k']) {
			await page.keyboard.press(shortcut);
			expect(await isOpen(page), shortcut).toBe(true);
			expect(await hasFocus(page, 'dialog [data-search-input]')).toBe(true);
			await page.keyboard.press('Escape');
			expect(await isOpen(page)).toBe(false);
			expect(await hasFocus(page, 'nav a[href="/sources/"]')).toBe(true);
		}
		await expectClean(watched);
		await watched.context.close();
	});

	it('is a button that opens the dialog, and Esc closes it even with text in the field', async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/about/`);
		expect(await page.locator('a[data-search-link]').isVisible()).toBe(false);
		const button = page.getByRole('button', { name: 'Search' });
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await isOpen(page)).toBe(true);
		await page.keyboard.type('licence');
		await page.keyboard.press('Escape');
		expect(await isOpen(page)).toBe(false);
		expect(await hasFocus(page, 'button[data-search-open]')).toBe(true);
		await expectClean(watched);
		await watched.context.close();
	});

	it('finds pages, announces the count politely and links results with the terms to highlight', async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/`);
		const status = await searchInDialog(page, 'privacy');
		expect(status).toMatch(/^\d+ results? for “privacy”\.$/);
		const titles = dialog(page).locator('.search-result-title');
		expect(await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/about/?highlight=privacy');
		expect(await dialog(page).locator('.search-result-excerpt mark').first().textContent()).toMatch(/^privacy\W*$/i);
		// ArrowDown moves from the field to the first result; Enter follows it.
		const firstHref = (await titles.first().getAttribute('href')) ?? '';
		await page.keyboard.press('ArrowDown');
		expect(await hasFocus(page, '.search-result-title')).toBe(true);
		await Promise.all([page.waitForURL(`${baseUrl}${firstHref}`), page.keyboard.press('Enter')]);
		const marks = page.locator('main mark.search-highlight');
		await expect.poll(() => marks.count()).toBeGreaterThan(0);
		expect((await marks.allTextContents()).every((text) => /^privacy/i.test(text))).toBe(true);
		await expectClean(watched);
		await watched.context.close();
	});

	it(`transfers at most ${FIRST_QUERY_BUDGET_BYTES.toLocaleString('en-US')} bytes for a first query, from opening search to results`, async () => {
		const watched = await openPage();
		const { page, context } = watched;
		await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
		const pending: Promise<[string, number]>[] = [];
		context.on('requestfinished', (request) => pending.push(transferred(request).then((bytes) => [request.url(), bytes])));
		await searchInDialog(page, QUERY, true);
		await page.waitForLoadState('networkidle');
		const measured = await Promise.all(pending);
		const total = measured.reduce((sum, [, bytes]) => sum + bytes, 0);
		const paths = measured.map(([url]) => new URL(url).pathname);
		expect(paths).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
		expect(paths.some((path) => path.endsWith('.pf_index'))).toBe(true);
		// The WASM alone is about 60 KB: a total below that means something went uncounted.
		expect(total).toBeGreaterThan(60_000);
		expect(total, measured.map(([url, bytes]) => `${bytes} ${url}`).join('\n')).toBeLessThanOrEqual(FIRST_QUERY_BUDGET_BYTES);
		await watched.context.close();
	});

	it.each([
		{ viewport: VIEWPORTS[0], colorScheme: 'light' },
		{ viewport: VIEWPORTS[1], colorScheme: 'dark' },
	] as const)('has no axe violations with search open and filters shown, $viewport.width px, $colorScheme', async ({ viewport, colorScheme }) => {
		const watched = await openPage({ viewport, colorScheme });
		const { page } = watched;
		await page.goto(`${baseUrl}/`);
		await searchInDialog(page, QUERY);
		await dialog(page).locator('.search-filters summary').click();
		expect(await axeViolations(page)).toEqual([]);
		await expectClean(watched);
		await watched.context.close();
	});
});

describe('the search page', () => {
	it('runs the query in ?q= and keeps the address in step with the field', async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/search/?q=sources`);
		await page.locator('form[role="search"]').waitFor();
		const input = page.getByLabel('Search this site');
		expect(await input.inputValue()).toBe('sources');
		await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 15_000 }).toMatch(/for “sources”/);
		const links = await page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toContain('/sources/?highlight=sources');
		await input.fill('privacy');
		await expect.poll(() => page.url()).toBe(`${baseUrl}/search/?q=privacy`);
		await expectClean(watched);
		await watched.context.close();
	});

	it(`answers a pasted 3,000-word query within a second, searching its first ${MAX_QUERY_WORDS} words`, async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/search/?q=${QUERY}`);
		await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 15_000 }).toMatch(/for “nlets”/);
		const words = Array.from({ length: 3000 }, (_, i) => ['nlets', 'license', 'data', 'broker', 'police', 'state', 'governor'][i % 7]);
		const searched = capQuery(words.join(' '));
		// Timed in the page, from the pasted text to the announced results: a frozen tab shows here.
		const elapsed = await page.evaluate(
			([text, expected]) =>
				new Promise<number>((resolve) => {
					const input = document.querySelector<HTMLInputElement>('main [data-search-input]');
					const status = document.querySelector('main [role="status"]');
					if (!input || !status) throw new Error('no search panel');
					const start = performance.now();
					new MutationObserver(() => {
						if (status.textContent?.includes(`for “${expected}”`)) resolve(performance.now() - start);
					}).observe(status, { childList: true, characterData: true, subtree: true });
					input.value = text;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					setTimeout(() => resolve(performance.now() - start), 10_000);
				}),
			[words.join(' '), searched] as const,
		);
		expect(elapsed).toBeLessThan(1000);
		expect(await page.locator('main [role="status"]').textContent()).toContain(`for “${searched}”`);
		expect(searched.split(' ')).toHaveLength(MAX_QUERY_WORDS);
		expect(new URL(page.url()).searchParams.get('q')).toBe(searched);
		await expectClean(watched);
		await watched.context.close();
	});

	it('filters by keyboard: Type “Reference” lists exactly the reference pages', async () => {
		expect(referenceRoutes.length).toBeGreaterThan(0);
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/search/`);
		// The form appears once the search UI has loaded; focusing the field then loads Pagefind and the filters.
		await page.locator('form[role="search"]').waitFor();
		await page.getByLabel('Search this site').focus();
		const summary = page.locator('.search-filters summary');
		await expect.poll(() => summary.isVisible(), { timeout: 15_000 }).toBe(true);
		await page.keyboard.press('Tab');
		expect(await hasFocus(page, '.search-filters summary')).toBe(true);
		await page.keyboard.press('Enter');
		for (let step = 0; step < 40 && !(await hasFocus(page, 'input[value="Reference"]')); step++) await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		const status = page.locator('[role="status"]');
		await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/match these filters/);
		expect(await status.textContent()).toBe(
			referenceRoutes.length === 1 ? '1 page matches these filters.' : `${referenceRoutes.length} pages match these filters.`,
		);
		const more = page.locator('[data-search-more]');
		while (await more.isVisible()) {
			const before = await page.locator('.search-result-title').count();
			await more.click();
			await expect.poll(() => page.locator('.search-result-title').count()).toBeGreaterThan(before);
		}
		const links = await page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.sort()).toEqual([...referenceRoutes].sort());
		await expectClean(watched);
		await watched.context.close();
	});

	it('without JavaScript, says search needs it and lists every indexed page', async () => {
		const watched = await openPage({ javaScriptEnabled: false });
		const { page } = watched;
		await page.goto(`${baseUrl}/search/`);
		// Playwright's text queries skip <noscript>, so look for the paragraph inside it.
		expect(await page.locator('noscript p').textContent()).toContain('Search needs JavaScript');
		expect(await page.locator('noscript p').isVisible()).toBe(true);
		expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
		expect(await page.locator('a[data-search-link]').isVisible()).toBe(true);
		expect(await page.locator('button[data-search-open]').isVisible()).toBe(false);
		const links = await page.locator('#site-index a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.sort()).toEqual([...indexedRoutes].sort());
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});
});

const { states } = validateContent(fileURLToPath(new URL('../../content/', import.meta.url)));

/** The URLs Pagefind returns for each query, best first, ranked with the options the site's search UI uses. */
async function rank(page: Page, queries: readonly string[]): Promise<Record<string, string[]>> {
	await page.goto(`${baseUrl}/404.html`);
	// A string, so the test runner's module transform leaves the browser's import() alone.
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
		await pagefind.init();
		const ranked = {};
		for (const query of ${JSON.stringify(queries)}) {
			const search = await pagefind.search(query);
			ranked[query] = await Promise.all(search.results.map(async (result) => (await result.data()).url.split('?')[0]));
		}
		return ranked;
	})()`);
}

/** Whether a state's own record, the text its page shows, names a word. */
function recordMentions(code: string, word: string): boolean {
	const state = states.find((s) => s.code === code);
	if (!state) return false;
	const { nlets, dmvSharing, dataBrokers, timeline } = state;
	const prose = [nlets, dmvSharing, dataBrokers].flatMap((way) => [way.summary, ...way.laws.map((law) => law.name)]);
	return [...prose, nlets.reportedBy ?? '', ...timeline.map((event) => event.event)].some((text) => text.toLowerCase().includes(word.toLowerCase()));
}

describe('search ranking', () => {
	const statePage = (url: string) => /^\/states\/[a-z]{2}\/$/.test(url);

	it('ranks the pages that explain Nlets above every state page, and each state’s own page first for its name', async () => {
		const watched = await openPage();
		const glossary = readPage('glossary/index.html');
		expect(glossary.querySelectorAll('dt dfn').map((dfn) => dfn.text.trim())).toContain('Nlets');
		const police = WAY_INFO.find((way) => way.field === 'nlets');
		const names = ['OR', 'TX'].map((code) => getUsStateByCode(code)?.name ?? code);
		const ranked = await rank(watched.page, ['Nlets', ...names]);

		const nlets = ranked['Nlets'] ?? [];
		const firstState = nlets.findIndex(statePage);
		for (const url of [wayPath(police?.slug ?? 'police-networks'), '/map/', '/glossary/']) {
			expect(nlets.indexOf(url), url).toBeGreaterThan(-1);
			expect(nlets.indexOf(url), `${url} above every state page`).toBeLessThan(firstState === -1 ? Infinity : firstState);
		}

		for (const name of names) {
			const code = US_STATES.find((state) => state.name === name)?.code ?? '';
			const urls = ranked[name] ?? [];
			expect(urls[0], name).toBe(`/states/${code.toLowerCase()}/`);
			// Another state's page may match only where its own record names the state, never through shared text.
			const others = urls.filter((url) => statePage(url) && url !== urls[0]);
			const expected = states.filter((s) => s.code !== code && recordMentions(s.code, name)).map((s) => `/states/${s.code.toLowerCase()}/`);
			expect(others.filter((url) => !expected.includes(url)), name).toEqual([]);
		}
		await expectClean(watched);
		await watched.context.close();
	});

	it('suggests where to go after a search that finds nothing: a spelling hint, the three ways and the state list', async () => {
		const watched = await openPage();
		const { page } = watched;
		// A misspelling that matches no page at all, of a name from the state table.
		const name = getUsStateByCode('IL')?.name ?? 'Illinois';
		const misspelt = name.replace('ll', 'l');
		await page.goto(`${baseUrl}/search/?q=${misspelt}`);
		const panel = page.locator('main [data-search-panel]');
		await expect.poll(() => panel.locator('[role="status"]').textContent(), { timeout: 15_000 }).toBe(`No results for “${misspelt}”.`);
		const empty = panel.locator('[data-search-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			expect.arrayContaining([...WAY_INFO.map((way) => wayPath(way.slug ?? 'dmv-sharing')), '/states/']),
		);
		const hint = panel.locator('[data-search-spelling-link]');
		await expect.poll(() => hint.isVisible()).toBe(true);
		expect(await hint.textContent()).toBe(name);
		await hint.click();
		await expect.poll(() => panel.locator('.search-result-title').first().getAttribute('href'), { timeout: 15_000 }).toMatch(/^\/states\/il\/\?/);
		expect(await empty.isVisible()).toBe(false);
		await expectClean(watched);
		await watched.context.close();
	});

	it('rings the focused search field in the focus colour, not the alert red', async () => {
		const watched = await openPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/search/`);
		await page.locator('main [data-search-input]').focus();
		const colours = await page.evaluate(() => {
			const resolve = (token: string) => {
				const probe = document.createElement('span');
				probe.style.setProperty('color', `var(${token})`);
				document.body.append(probe);
				const colour = getComputedStyle(probe).color;
				probe.remove();
				return colour;
			};
			const input = document.querySelector<HTMLInputElement>('main [data-search-input]');
			return { ring: input ? getComputedStyle(input).outlineColor : '', focus: resolve('--color-focus'), alert: resolve('--color-alert') };
		});
		expect(colours.ring).toBe(colours.focus);
		expect(colours.ring).not.toBe(colours.alert);
		await watched.context.close();
	});
});

describe('the 404 page', () => {
	it('searches from its own form: the words go to /search/, which finds the page', async () => {
		const watched = await openPage();
		const { page } = watched;
		const response = await page.goto(`${baseUrl}/no-such-page/`);
		expect(response?.status()).toBe(404);
		const name = getUsStateByCode('TX')?.name ?? 'Texas';
		await page.locator('main #not-found-q').fill(name);
		await Promise.all([page.waitForURL(`${baseUrl}/search/?q=${name}`), page.keyboard.press('Enter')]);
		const first = page.locator('main .search-result-title').first();
		await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toMatch(/^\/states\/tx\/\?/);
		expect(await watched.cspViolations()).toEqual([]);
		// The one console error is the browser's note of the 404 status itself.
		expect(watched.consoleErrors.filter((error) => !error.includes('404'))).toEqual([]);
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});
});
