import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The WCAG 2.0–2.2 A and AA rule tags every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Phone and desktop widths the pages are checked at. */
export const VIEWPORTS = [
	{ width: 375, height: 812 },
	{ width: 1280, height: 900 },
] as const;

/** Starts the system Chromium (CHROME_PATH, default /usr/bin/chromium) headless and offline-friendly. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** A page whose requests to any other origin are aborted and recorded, with its console errors. */
export interface WatchedPage {
	readonly context: BrowserContext;
	readonly page: Page;
	/** URLs of requests that tried to leave the site's origin. */
	readonly foreignRequests: string[];
	readonly consoleErrors: string[];
}

export async function openWatchedPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext(options);
	const origin = new URL(baseUrl).origin;
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
		foreignRequests.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	return { context, page, foreignRequests, consoleErrors };
}

/**
 * Starts Chromium before a test file's tests and closes it after them. Returns a function that
 * opens a watched page on the site in a new context, so each test file needs no setup of its own.
 */
export function useWatchedPages(baseUrl: string): (options?: BrowserContextOptions) => Promise<WatchedPage> {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return (options = {}) => {
		if (!browser) throw new Error('Chromium is not running: open pages inside tests, not at import time');
		return openWatchedPage(browser, baseUrl, options);
	};
}

/** Runs axe on the page and returns its violations as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * While `active()` holds, the page gets each document of the site with its scripts removed and its
 * <noscript> content shown: the DOM a reader with JavaScript off receives. JavaScript stays on in the
 * context itself, because axe must run in the page; with javaScriptEnabled: false it cannot be injected.
 */
export async function serveWithoutScripts(page: Page, baseUrl: string, active: () => boolean = () => true): Promise<void> {
	const origin = new URL(baseUrl).origin;
	await page.route('**/*', async (route) => {
		const request = route.request();
		if (!active() || new URL(request.url()).origin !== origin) return route.fallback();
		if (request.resourceType() === 'script') return route.abort('blockedbyclient');
		if (request.resourceType() !== 'document') return route.fallback();
		const response = await route.fetch();
		const html = (await response.text())
			.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
			.replace(/<\/?noscript>/gi, '');
		return route.fulfill({ response, body: html });
	});
}

/** A watched page that always reads the site as a reader with JavaScript off gets it (see serveWithoutScripts). */
export async function openNoScriptPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const watched = await openWatchedPage(browser, baseUrl, options);
	await serveWithoutScripts(watched.page, baseUrl);
	return watched;
}

/** Script run before any page script: records storage writes and CSP violations for the tests. */
export const RECORD_SIDE_EFFECTS = `
	window.__sideEffects = { storage: [], csp: [] };
	const setItem = Storage.prototype.setItem;
	Storage.prototype.setItem = function (key, value) {
		window.__sideEffects.storage.push(String(key));
		return setItem.call(this, key, value);
	};
	const open = IDBFactory.prototype.open;
	IDBFactory.prototype.open = function (name, ...rest) {
		window.__sideEffects.storage.push('indexedDB:' + name);
		return open.call(this, name, ...rest);
	};
	document.addEventListener('securitypolicyviolation', (event) => {
		window.__sideEffects.csp.push(event.violatedDirective + ' ' + event.blockedURI);
	});
`;

/** What a page did that a private site must never do: storage writes and CSP violations. */
export async function sideEffects(page: Page): Promise<{ storage: string[]; csp: string[] }> {
	return page.evaluate(() => {
		const recorded = (window as unknown as { __sideEffects: { storage: string[]; csp: string[] } }).__sideEffects;
		const stored = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
		return { storage: [...recorded.storage, ...stored], csp: recorded.csp };
	});
}
