import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { DEFAULT_LOCALE, localePath, LOCALES, useTranslations } from '../../src/i18n/index.ts';
import { SITE } from '../../src/site.ts';
import { CONTENT_DIR, STATES } from './content.ts';
import { bareRouteOf, DIST, listPages, localeOf, readPage, routeOf } from './dist.ts';

const pages = listPages();
const spanish = pages.filter((file) => localeOf(file) === 'es');
/** The one page that has no twin: a host serves /404.html for any path it cannot find, in any language. */
const UNTWINNED = ['/404.html'];

/** A page's text without the parts marked as English on purpose (lang="en"): source titles, the English call script. */
function textOutsideEnglish(page: HTMLElement): string {
	for (const element of page.querySelectorAll('[lang="en"], script, style')) element.remove();
	return page.querySelector('body')?.text.replace(/\s+/g, ' ') ?? '';
}

/** UI strings the Spanish file translates, as they appear on a page: the fixed text before any {placeholder}. */
const ENGLISH_UI = (Object.keys(en) as (keyof typeof en)[])
	.filter((key) => es[key] !== en[key])
	.map((key) => ({ key, text: (en[key].split(/\{\w+\}/)[0] ?? '').replace(/\u00a0/g, ' ').trim() }))
	.filter(({ text }) => text.length >= 12);

describe('the two languages', () => {
	it('give every English page a Spanish twin at /es/…, and every Spanish page an English one', () => {
		const routes = (locale: string) =>
			pages
				.filter((file) => localeOf(file) === locale)
				.map(bareRouteOf)
				.filter((route) => !UNTWINNED.includes(route))
				.sort();
		expect(routes('es').length).toBeGreaterThan(STATES.length);
		expect(routes('es')).toEqual(routes('en'));
	});

	it.each(pages)('%s says its language and links its twins both ways, the same page in each language', (file) => {
		const page = readPage(file);
		const locale = localeOf(file);
		expect(page.querySelector('html')?.getAttribute('lang')).toBe(locale);
		if (UNTWINNED.includes(bareRouteOf(file)) || bareRouteOf(file) === '/embed/map/') return;
		const alternates = Object.fromEntries(
			page.querySelectorAll('head link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
		);
		const expected = Object.fromEntries(LOCALES.map((other) => [other, new URL(localePath(bareRouteOf(file), other), SITE.url).href]));
		expect(alternates).toEqual({ ...expected, 'x-default': expected[DEFAULT_LOCALE] });
	});

	it.each(pages.filter((file) => !UNTWINNED.includes(bareRouteOf(file)) && bareRouteOf(file) !== '/embed/map/'))(
		'%s offers the same page in the other language, named in that language',
		(file) => {
			const switches = readPage(file).querySelectorAll('[data-language-switch]');
			const others = LOCALES.filter((other) => other !== localeOf(file));
			expect(switches.map((link) => [link.getAttribute('hreflang'), link.getAttribute('lang'), link.getAttribute('href')])).toEqual(
				others.map((other) => [other, other, localePath(bareRouteOf(file), other)]),
			);
		},
	);

	it('list every page of both languages in the sitemap, each with its twin', () => {
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		for (const route of ['/', '/states/or/', '/ways/data-brokers/']) {
			for (const locale of LOCALES) expect(sitemap).toContain(`<loc>${new URL(localePath(route, locale), SITE.url).href}</loc>`);
		}
		expect(sitemap).toContain(`hreflang="es-US" href="${new URL('/es/states/or/', SITE.url).href}"`);
	});
});

describe('the Spanish pages', () => {
	it.each(spanish)('%s shows no English UI string and no English date', (file) => {
		const text = textOutsideEnglish(readPage(file));
		expect(ENGLISH_UI.filter(({ text: english }) => text.includes(english)).map(({ key }) => key)).toEqual([]);
		expect(text).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/);
	});

	it.each(spanish)('%s links only to Spanish pages, shared files, or the English twin it names as English', (file) => {
		const page = readPage(file);
		const stray = page
			.querySelectorAll('a[href^="/"], form[action^="/"]')
			.filter((element) => element.getAttribute('lang') !== 'en')
			.map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? '')
			.filter((href) => !href.startsWith('/es/') && !/\.(csv|json|xml|svg|png)$/.test(href.split(/[?#]/)[0] ?? ''));
		expect(stray).toEqual([]);
	});

	it('name the states in Spanish and list them in Spanish alphabetical order', () => {
		const { intl } = useTranslations('es');
		const names = readPage('es/index.html')
			.querySelectorAll('select option[value]')
			.filter((option) => option.getAttribute('value'))
			.map((option) => option.text.trim());
		expect(names).toHaveLength(STATES.length);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, intl)));
		const translation = readFileSync(join(CONTENT_DIR, 'states/es/ny.yaml'), 'utf8');
		const name = /^name: (.+)$/m.exec(translation)?.[1];
		expect(readPage('es/states/ny/index.html').querySelector('h1')?.text.trim()).toBe(name);
	});

	it('give the call script in Spanish, say the office may answer in English, and keep the English script one tap away', () => {
		const { t } = useTranslations('es');
		for (const state of STATES) {
			const page = readPage(`es/states/${state.slug}/index.html`);
			const scripts = page.querySelectorAll('figure.call-script');
			expect(scripts, state.code).toHaveLength(2);
			expect(scripts[0]?.querySelector('[data-script-text]')?.text).toContain('[NOMBRE]');
			expect(page.querySelector('.english-note')?.text).toBe(t('act.englishNote'));
			const english = page.querySelector('details.english-script');
			expect(english?.querySelector('summary')?.text.trim()).toBe(t('act.englishScript'));
			expect(english?.querySelector('figure.call-script')?.getAttribute('lang')).toBe('en');
			const englishText = english?.querySelector('[data-script-text]')?.text ?? '';
			const englishPage = readPage(`states/${state.slug}/index.html`).querySelector('[data-script-text]')?.text ?? '';
			expect(englishText.replace(/\s+/g, ' ').trim()).toBe(englishPage.replace(/\s+/g, ' ').trim());
		}
		expect(routeOf('es/states/or/index.html')).toBe('/es/states/or/');
	});
});
