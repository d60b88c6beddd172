import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../src/data/state-record.ts';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { SITE } from '../../src/site.ts';
import { STATES } from './content.ts';
import { bareRouteOf, DIST, listFiles, listPages, localeOf, readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const meta = (file: string, key: string) =>
	readPage(file).querySelector(`head meta[property="${key}"], head meta[name="${key}"]`)?.getAttribute('content') ?? '';

/** Where a language's cards are: /social/ for English, /social/es/ for Spanish. */
const cardsOf = (file: string) => (localeOf(file) === 'en' ? '/social/' : `/social/${localeOf(file)}/`);

/** The card a page should show: the map for home and /map/, its own for a state or a way, the site's elsewhere, in the page's language. */
function expectedCard(file: string): string {
	const route = bareRouteOf(file);
	if (route === '/' || route === '/map/' || route === '/embed/map/') return `${cardsOf(file)}map.png`;
	const state = /^\/states\/([a-z]{2})\/(?:handout\/)?$/.exec(route)?.[1];
	if (state) return `${cardsOf(file)}states/${state}.png`;
	const way = /^\/ways\/([a-z-]+)\/$/.exec(route)?.[1];
	return way ? `${cardsOf(file)}ways/${way}.png` : `${cardsOf(file)}site.png`;
}

describe('social cards', () => {
	it.each(listPages())('%s has a 1200×630 PNG og:image in dist/, with alt text and a large Twitter card', (file) => {
		const image = new URL(meta(file, 'og:image'));
		expect(image.origin).toBe(new URL(SITE.url).origin);
		expect(image.pathname).toBe(expectedCard(file));
		const path = join(DIST, image.pathname);
		expect(existsSync(path), image.pathname).toBe(true);
		const png = readFileSync(path);
		expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
		expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
		expect(meta(file, 'og:image:alt').length).toBeGreaterThan(20);
		expect(meta(file, 'twitter:card')).toBe('summary_large_image');
	});

	it('says in a state card’s alt text the state and its status on each of the three ways', () => {
		for (const state of STATES) {
			const alt = meta(`states/${state.slug}/index.html`, 'og:image:alt');
			expect(alt).toContain(state.name);
			for (const way of WAY_FIELDS) expect(alt, `${state.code} ${way}`).toContain(statusLabel(state, way, en));
		}
	});

	it('renders only the cards the pages use', () => {
		const used = new Set(listPages().map((file) => new URL(meta(file, 'og:image')).pathname));
		const rendered = new Set(listFiles().filter((file) => file.startsWith('social/')).map((file) => `/${file}`));
		expect([...used].sort()).toEqual([...rendered].sort());
	});
});
