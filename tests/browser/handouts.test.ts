import { describe, expect, inject, it } from 'vitest';
import { listPages, readPage, routeOf } from '../build/dist.ts';
import { useWatchedPages } from './browser.ts';

const baseUrl = inject('baseUrl');
const watchPage = useWatchedPages(baseUrl);

/** Pages in a PDF, counted by its page objects (/Type /Page, not the /Type /Pages tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/**
 * The handouts most likely to run onto a second sheet, chosen from the built pages rather than
 * named, so the choice follows the content: the longest call script, the most sources, and the
 * most text overall; and the national handout. The other state handouts share their template.
 */
const stateHandouts = listPages()
	.filter((file) => /^states\/[a-z]{2}\/handout\/index\.html$/.test(file))
	.map((file) => {
		const page = readPage(file);
		return {
			route: routeOf(file),
			script: page.querySelector('[data-handout-script]')?.text.length ?? 0,
			sources: page.querySelectorAll('ol.handout-sources li').length,
			text: page.querySelector('article')?.text.length ?? 0,
		};
	});
const longest = (key: 'script' | 'sources' | 'text') => [...stateHandouts].sort((a, b) => b[key] - a[key])[0]?.route ?? '';
const CHOSEN = [...new Set([longest('script'), longest('sources'), longest('text'), '/handout/'])];

describe('printed handouts', () => {
	it('are chosen from the built pages', () => {
		expect(stateHandouts).toHaveLength(51);
		expect(CHOSEN.length).toBeGreaterThanOrEqual(2);
	});

	it.each(CHOSEN)('%s prints on one sheet of US Letter and one of A4, QR code included', async (route) => {
		const { context, page, consoleErrors, foreignRequests } = await watchPage();
		await page.goto(baseUrl + route);
		for (const format of ['Letter', 'A4'] as const) {
			expect(pageCount(await page.pdf({ format })), format).toBe(1);
		}
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('svg.qr-code').isVisible()).toBe(true);
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(consoleErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});
});
