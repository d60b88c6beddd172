import { describe, expect, it } from 'vitest';
import { listPages, localeOf, readPage } from './dist.ts';

const pages = listPages();

describe('every built page', () => {
	it('exists for the home page and the 404 page', () => {
		expect(pages).toContain('index.html');
		expect(pages).toContain('404.html');
	});

	it.each(pages)('%s has one h1, a title, lang, a description and a canonical URL', (file) => {
		const page = readPage(file);
		expect(page.querySelectorAll('h1'), 'exactly one h1').toHaveLength(1);
		expect(page.querySelector('title')?.text.trim(), 'a title').toBeTruthy();
		expect(page.querySelector('html')?.getAttribute('lang')).toBe(localeOf(file));
		expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), 'a meta description').toBeTruthy();
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\//);
	});
});
