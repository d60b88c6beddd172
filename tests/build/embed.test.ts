import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getDataAsOf } from '../../src/data/downloads.ts';
import { describedLevels, levelText, MAP_LAYERS } from '../../src/data/levels.ts';
import { toStateRecord } from '../../src/data/state-record.ts';
import { DEFAULT_EMBED_OPTIONS, EMBED_LAYER_NAMES, EMBED_LAYERS, EMBED_STYLE_ID, OEMBED_PATH } from '../../src/map/embed.ts';
import { PLACEHOLDER_URL, SITE_URL_IS_PLACEHOLDER } from '../../src/site.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { bareRouteOf, CONTENT_DIR, DIST, listPages, readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

/** The embed page may transfer at most this much, gzipped (ARCHITECTURE.md, budgets). */
const EMBED_BUDGET = 20 * 1024;
/** The loader is pasted into other people's pages: keep it tiny. */
const LOADER_BUDGET = 1024;

const read = (path: string) => readFileSync(join(DIST, path));
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const content = validateContent(CONTENT_DIR);
const states = content.states.map(toStateRecord);

const embed = readPage('embed/map/index.html');
const embedHtml = read('embed/map/index.html').toString('utf8');
const cspOf = (page: ReturnType<typeof readPage>) =>
	page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe('the embed page, /embed/map/', () => {
	it(`transfers at most ${EMBED_BUDGET / 1024} KB gzipped, with every asset it loads`, () => {
		const assets = embed
			.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"], link[rel="icon"]')
			.map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
		const total = gzipped(embedHtml) + assets.reduce((sum, path) => sum + gzipped(read(path.replace(/^\//, ''))), 0);
		expect(total).toBeLessThanOrEqual(EMBED_BUDGET);
	});

	it('stays out of search engines and the site search, and has no header, navigation or search', () => {
		expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(embedHtml).not.toContain('data-pagefind-body');
		expect(embed.querySelector('header, nav, input[type="search"], form')).toBeNull();
	});

	it('opens every link in the top-level window', () => {
		expect(embed.querySelector('head base')?.getAttribute('target')).toBe('_top');
		expect(embed.querySelector('a.embed-site-link')?.getAttribute('href')).toBe('/map/');
	});

	it('shows the map, every layer’s title and legend, the source and the as-of date', () => {
		for (const id of Object.values(EMBED_LAYERS)) {
			expect(embed.querySelector(`h1 [data-for-layer="${id}"]`)?.text, id).toBeTruthy();
			expect(embed.querySelector(`[data-legend="${id}"]`), id).not.toBeNull();
		}
		expect(embed.querySelector('.embed-source time')?.getAttribute('datetime')).toBe(getDataAsOf(states));
	});

	it('makes each of the 51 states a link to its own page, named by its status on the default layer', () => {
		const links = embed.querySelectorAll('svg.choropleth-svg a[data-code]');
		expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(states.map((s) => `/states/${s.slug}/`).sort());
		const layer = EMBED_LAYERS[DEFAULT_EMBED_OPTIONS.layer];
		for (const state of states) {
			const label = levelText(en, layer, state[layer].status).label;
			expect(embed.querySelector(`a[data-code="${state.code}"]`)?.getAttribute('aria-label')).toBe(`${state.name}: ${label}`);
		}
	});

	it('is light by default, before any script runs', () => {
		expect(embed.querySelector('html')?.getAttribute('data-theme')).toBe('light');
		expect(DEFAULT_EMBED_OPTIONS.theme).toBe('light');
	});

	it('carries the details card’s data for every state, and an empty card', () => {
		const data = JSON.parse(embed.querySelector('script#embed-data')?.text ?? '{}');
		expect(Object.keys(data.states).sort()).toEqual(states.map((s) => s.code).sort());
		expect(data.layers.map((l: { id: string }) => l.id)).toEqual([...MAP_LAYERS]);
		expect(embed.querySelector('.embed-card')?.hasAttribute('hidden')).toBe(true);
	});

	it('runs the options script in <head>, blocking, before the body is parsed', () => {
		const head = embed.querySelector('head');
		const script = head?.querySelectorAll('script').find((s) => s.text.includes('data-layer'));
		expect(script, 'an inline options script in <head>').toBeDefined();
		for (const attribute of ['src', 'type', 'async', 'defer']) expect(script?.hasAttribute(attribute), attribute).toBe(false);
		expect(head?.querySelector(`style#${EMBED_STYLE_ID}`), 'the stylesheet it adds highlight rules to comes first').not.toBeNull();
		expect(embedHtml.indexOf(`id="${EMBED_STYLE_ID}"`)).toBeLessThan(embedHtml.indexOf(script?.text ?? '<none>'));
	});

	it('has the hash of every inline script and style in its CSP, recomputed from the built file', () => {
		const csp = cspOf(embed);
		const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
		const inlineScripts = embed.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/json');
		expect(inlineScripts.length).toBeGreaterThan(0);
		for (const script of inlineScripts) expect(scriptSrc).toContain(sha256(script.innerHTML));
		for (const style of embed.querySelectorAll('style')) expect(styleSrc).toContain(sha256(style.innerHTML));
		expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	});

	it('carries no inline style attributes and no inline event handlers, which the CSP would block', () => {
		expect(embedHtml).not.toMatch(/\sstyle="/);
		expect(embedHtml).not.toMatch(/\son[a-z]+="/);
	});
});

describe('the embed guide, /embed/', () => {
	const guide = readPage('embed/index.html');

	it('previews the embed in a titled frame that its own CSP allows, and only it', () => {
		const frame = guide.querySelector('iframe.preview');
		expect(frame?.getAttribute('src')).toBe('/embed/map/');
		expect(frame?.getAttribute('title')?.trim()).toBeTruthy();
		expect(cspOf(guide)).toContain("frame-src 'self'");
		for (const page of listPages().filter((p) => bareRouteOf(p) !== '/embed/')) expect(cspOf(readPage(page)), page).not.toContain('frame-src');
	});

	it('shows the default snippet without JavaScript: titled, lazy, with the loader and no credit line of its own', () => {
		const snippet = guide.querySelector('textarea')?.text ?? '';
		expect(snippet).toMatch(/<iframe src="https:\/\/[^"]+\/embed\/map\/" title="Map: [^"]{10,}" loading="lazy"/);
		expect(snippet).toMatch(/aspect-ratio:/);
		expect(snippet).toMatch(/<script src="https:\/\/[^"]+\/embed\.js" async referrerpolicy="no-referrer"><\/script>/);
		expect(snippet).not.toMatch(/Source:|<p>/);
	});

	it('says plainly, without JavaScript, when the snippet needs the site’s address', () => {
		const snippet = guide.querySelector('textarea')?.text ?? '';
		const warning = /^<!-- This snippet needs this site’s address: replace (\S+) below/.exec(snippet);
		expect(warning?.[1] ?? null).toBe(SITE_URL_IS_PLACEHOLDER ? PLACEHOLDER_URL : null);
	});

	it('links a standalone SVG for every layer', () => {
		const hrefs = guide.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(EMBED_LAYER_NAMES.map((layer) => `/map-${layer}.svg`));
	});
});

describe('the map as standalone SVG files', () => {
	const files = ['map.svg', ...EMBED_LAYER_NAMES.map((layer) => `map-${layer}.svg`)];

	it.each(files)('%s is a standalone SVG with a title, colours as attributes and nothing external', (file) => {
		const svg = read(file).toString('utf8');
		expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
		expect(svg).toMatch(/<title id="title">[^<]{10,}<\/title><desc id="desc">[^<]{10,}<\/desc>/);
		const shapes = svg.match(/<path data-code="[A-Z]{2}"[^>]*>/g) ?? [];
		expect(shapes).toHaveLength(51);
		for (const shape of shapes) expect(shape).toMatch(/ fill="(#[0-9a-f]{6}|url\(#[\w-]+\))"/);
		expect(svg).not.toMatch(/\sstyle="|<script|<image|(?:href|src)="http/);
		expect(svg).toContain('CC BY 4.0');
	});

	it.each(EMBED_LAYER_NAMES)('map-%s.svg has the key of its own layer, with counts that match the records', (param) => {
		const svg = read(`map-${param}.svg`).toString('utf8');
		const layer = EMBED_LAYERS[param];
		for (const level of describedLevels(layer, en)) {
			const count = states.filter((s) => s[layer].status === level.status).length;
			expect(svg).toContain(`>${level.label}: ${count}</text>`);
		}
	});

	it('serves the default layer as /map.svg', () => {
		expect(read('map.svg').equals(read(`map-${DEFAULT_EMBED_OPTIONS.layer}.svg`))).toBe(true);
	});
});

describe('oEmbed', () => {
	const oembed = JSON.parse(read(OEMBED_PATH.slice(1)).toString('utf8'));

	it('is a rich oEmbed response whose html is the embed snippet', () => {
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
		expect(oembed.title).toMatch(/^Map: /);
		expect(oembed.provider_name).toBeTruthy();
		expect(oembed.html).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/map\/" title="Map: /);
		expect(oembed.width).toBeGreaterThan(0);
		expect(oembed.height).toBeGreaterThan(0);
	});

	it('is announced by the map page', () => {
		const link = readPage('map/index.html').querySelector('head link[rel="alternate"][type="application/json+oembed"]');
		expect(new URL(link?.getAttribute('href') ?? '', 'https://x.invalid').pathname).toBe(OEMBED_PATH);
	});
});

describe('files for hosts and embedders', () => {
	it('ships public/_headers and the loader unchanged', () => {
		expect(read('_headers').equals(readFileSync(new URL('../../public/_headers', import.meta.url)))).toBe(true);
		expect(read('embed.js').equals(readFileSync(new URL('../../public/embed.js', import.meta.url)))).toBe(true);
	});

	it(`keeps the loader under ${LOADER_BUDGET} bytes gzipped`, () => {
		expect(gzipped(read('embed.js'))).toBeLessThanOrEqual(LOADER_BUDGET);
	});
});
