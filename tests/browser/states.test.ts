import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useWatchedPages, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

/** What the page keeps about the reader: it must stay empty. */
async function storedState(page: Page) {
	return {
		cookies: (await page.context().cookies()).length,
		local: await page.evaluate(() => localStorage.length),
		session: await page.evaluate(() => sessionStorage.length),
	};
}

// axe, light and dark, on /states/, /act/ and a state page for each call script: the site-wide-*.test.ts files.
describe('state pages, /states/ and /act/ in Chromium', () => {
	it('the /act/ picker works by keyboard alone, and keeps and sends nothing', async () => {
		const watched = await watchPage({ viewport: VIEWPORTS[0] });
		const { page } = watched;
		await page.goto(`${baseUrl}/act/`);
		for (let i = 0; i < 200 && (await page.evaluate(() => document.activeElement?.id)) !== 'picker-state'; i++) {
			await page.keyboard.press('Tab');
		}
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('picker-state');
		await page.keyboard.type('Texas');
		expect(await page.locator('#picker-state').inputValue()).toBe('tx');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show my script');
		await Promise.all([page.waitForURL(`${baseUrl}/states/tx/#act`), page.keyboard.press('Enter')]);
		await expect.poll(() => page.locator('#act').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
		expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0 });
		expect(watched.foreignRequests).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('the /act/ picker does not move before a state is chosen', async () => {
		const watched = await watchPage();
		await watched.page.goto(`${baseUrl}/act/`);
		await watched.page.locator('form[data-state-picker] button').click();
		expect(watched.page.url()).toBe(`${baseUrl}/act/`);
		await watched.context.close();
	});

	it('the copy button puts the script on the clipboard and says so politely', async () => {
		const watched = await watchPage({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = watched;
		await page.goto(`${baseUrl}/states/or/`);
		const status = page.locator('[data-copy-status]');
		expect(await status.getAttribute('role')).toBe('status');
		await page.locator('button[data-copy]').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => status.textContent()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const shown = await page.locator('[data-script-text] p').allTextContents();
		expect(copied).toBe(shown.map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n'));
		expect(copied).toMatch(/^Hello, my name is \[NAME\], and I live in \[CITY, ZIP\]\. I am calling to \w+ the Governor/);
		expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0 });
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});

	it('with JavaScript off, a state page shows its script without the copy button, and /act/ links straight to it', async () => {
		const watched = await watchPage({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
		const { page } = watched;
		await page.goto(`${baseUrl}/act/`);
		expect(await page.locator('form[data-state-picker]').isVisible()).toBe(false);
		expect(await page.locator('.picker section a').count()).toBe(51);
		const first = page.locator('.picker section a').first();
		const href = (await first.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/states\/[a-z]{2}\/#act$/);
		await Promise.all([page.waitForURL(`${baseUrl}${href}`), first.click()]);
		expect(await page.locator('[data-script-text]').isVisible()).toBe(true);
		expect(await page.locator('[data-script-text]').textContent()).toContain('[NAME]');
		expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
		expect(await page.locator('#sources').isVisible()).toBe(true);
		expect(watched.foreignRequests).toEqual([]);
		await watched.context.close();
	});

	it('printing a state page keeps the script and its sources and drops the site chrome', async () => {
		const watched = await watchPage();
		const { page } = watched;
		await page.goto(`${baseUrl}/states/tx/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		expect(await page.locator('#status').isVisible()).toBe(false);
		expect(await page.locator('[data-script-text]').isVisible()).toBe(true);
		const scriptRefs = await page.locator('.script-sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(scriptRefs.length).toBeGreaterThan(0);
		for (const ref of scriptRefs) expect(await page.locator(ref ?? '').isVisible()).toBe(true);
		await watched.context.close();
	});
});
