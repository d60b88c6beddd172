import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_LAYER, levelText, MAP_LAYERS } from '../../src/data/levels.ts';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { getMapLayers, stateRowId } from '../../src/data/map-data.ts';
import { statePath } from '../../src/data/routes.ts';
import { toStateRecord } from '../../src/data/state-record.ts';
import { formatAmount } from '../../src/data/format-figure.ts';
import { paintClass, paintOf } from '../../src/map/paint.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR, DIST, fileForRoute, readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const content = validateContent(CONTENT_DIR);
const states = content.states.map(toStateRecord);
const layers = getMapLayers(en);

const KB = 1024;
const MAP_PAGES = ['index.html', 'map/index.html'];

function gzipSize(text: string | Buffer): number {
	return gzipSync(text, { level: 9 }).length;
}

/** A built file's bytes, from its URL path. */
function asset(url: string): Buffer {
	const file = fileForRoute(new URL(url, 'http://site.invalid/').pathname);
	if (!file) throw new Error(`Nothing in dist/ answers ${url}`);
	return readFileSync(join(DIST, file));
}

/** Every JavaScript file a module loads, following its static imports. */
function moduleClosure(url: string, seen = new Set<string>()): string[] {
	if (seen.has(url)) return [];
	seen.add(url);
	const code = asset(url).toString('utf8');
	const imports = [...code.matchAll(/(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
	return [url, ...imports.flatMap((spec) => moduleClosure(new URL(spec, `http://site.invalid${dirname(url)}/`).pathname, seen))];
}

/** Gzipped bytes of every script the page runs, inline or loaded. */
function scriptBytes(page: HTMLElement): number {
	const scripts = page.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/json');
	const inline = scripts.filter((s) => !s.getAttribute('src')).reduce((sum, s) => sum + gzipSize(s.text), 0);
	const files = [...new Set(scripts.flatMap((s) => (s.getAttribute('src') ? moduleClosure(s.getAttribute('src') ?? '') : [])))];
	return inline + files.reduce((sum, url) => sum + gzipSize(asset(url)), 0);
}

describe.each(MAP_PAGES)('the map on %s', (file) => {
	const page = readPage(file);
	const svg = page.querySelector('svg.choropleth-svg');

	it('is an inline SVG of at most 16 KB gzipped', () => {
		expect(svg).not.toBeNull();
		expect(gzipSize(svg?.outerHTML ?? '')).toBeLessThanOrEqual(16 * KB);
	});

	// The page's whole weight is held to its budget in budgets.test.ts.
	it('runs at most 5 KB of gzipped JavaScript', () => {
		expect(scriptBytes(page)).toBeGreaterThan(0);
		expect(scriptBytes(page)).toBeLessThanOrEqual(5 * KB);
	});

	it('links all 51 states to their pages, each named by its Nlets status', () => {
		const links = svg?.querySelectorAll('a[data-code]') ?? [];
		expect(links).toHaveLength(51);
		expect(new Set(links.map((a) => a.getAttribute('data-code'))).size).toBe(51);
		for (const state of states) {
			const link = svg?.querySelector(`a[data-code="${state.code}"]`);
			expect(link?.getAttribute('href')).toBe(statePath(state.slug));
			expect(link?.getAttribute('aria-label')).toBe(`${state.name}: ${levelText(en, 'nlets', state.nlets.status).label}`);
		}
	});

	it('fills each state by its Nlets status in content/', () => {
		const nlets = layers.find((l) => l.id === 'nlets');
		for (const state of states) {
			const level = nlets?.levels.find((l) => l.status === state.nlets.status);
			const paint = paintOf('map-', 'nlets', level!);
			const path = svg?.querySelector(`a[data-code="${state.code}"] path`);
			expect([path?.getAttribute('fill'), path?.getAttribute('class')], state.code).toEqual([paint.fill, paint.className]);
		}
	});

	it('gives the legend of the layer shown a count per status that matches content/', () => {
		const legend = page.querySelector('[data-legend="nlets"]');
		expect(legend?.hasAttribute('hidden')).toBe(false);
		for (const level of layers.find((l) => l.id === 'nlets')?.levels ?? []) {
			const count = states.filter((s) => s.nlets.status === level.status).length;
			expect(legend?.querySelector(`[data-status="${level.status}"] .legend-count`)?.text).toBe(`${level.label}: ${count}`);
		}
	});

	it('hands the client script every state’s status on every layer', () => {
		const json = JSON.parse(page.querySelector('script.map-data')?.text ?? '{}');
		expect(Object.keys(json.states)).toHaveLength(51);
		for (const state of states) expect(json.states[state.code].statuses).toEqual(MAP_LAYERS.map((layer) => state[layer].status));
	});

	it('has small-state boxes of at least 24 px for DC and the small north-eastern states', () => {
		const boxes = page.querySelectorAll('.small-states a[data-code]');
		expect(boxes.map((a) => a.getAttribute('data-code'))).toEqual(['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC']);
		for (const box of boxes) {
			const swatch = box.querySelector('svg');
			expect(Number(swatch?.getAttribute('width'))).toBeGreaterThanOrEqual(24);
			expect(Number(swatch?.getAttribute('height'))).toBeGreaterThanOrEqual(24);
		}
	});

	it('sets no inline style attribute, which the Content-Security-Policy would block', () => {
		expect(page.querySelectorAll('[style]')).toHaveLength(0);
	});
});

describe('the /map/ page', () => {
	const page = readPage('map/index.html');

	it('has a legend for every layer and the grid, with counts that match content/, all but the default layer’s hidden', () => {
		expect(page.querySelector('[data-legend="all"]')?.hasAttribute('hidden')).toBe(true);
		for (const layer of layers) {
			const legend = page.querySelector(`[data-legend="${layer.id}"]`);
			expect(legend?.hasAttribute('hidden'), layer.id).toBe(layer.id !== DEFAULT_MAP_LAYER);
			for (const level of layer.levels) {
				const count = states.filter((s) => s[layer.id].status === level.status).length;
				expect(legend?.querySelector(`[data-status="${level.status}"] .legend-count`)?.text).toBe(`${level.label}: ${count}`);
			}
		}
	});

	it('offers a layer switcher with the grid of all three ways and every layer in the ways’ order, police networks chosen', () => {
		const switcher = page.querySelector('fieldset.layer-switch');
		expect(switcher?.querySelector('input:checked')?.getAttribute('value')).toBe(DEFAULT_MAP_LAYER);
		expect(switcher?.querySelectorAll('input[type="radio"]').map((r) => r.getAttribute('value'))).toEqual(['all', ...MAP_LAYERS]);
	});

	it('draws the grid of all three ways: 51 tiles, each with its code and a segment per way painted from its record', () => {
		const tiles = page.querySelectorAll('svg.tile-grid a[data-code]');
		expect(tiles).toHaveLength(51);
		for (const state of states) {
			const tile = page.querySelector(`svg.tile-grid a[data-code="${state.code}"]`);
			expect(tile?.querySelector('.tile-code')?.text).toBe(state.code);
			expect(tile?.getAttribute('href')).toBe(statePath(state.slug));
			const segments = tile?.querySelectorAll('rect[data-way]') ?? [];
			expect(segments.map((segment) => segment.getAttribute('data-way'))).toEqual([...WAY_FIELDS]);
			for (const segment of segments) {
				const way = segment.getAttribute('data-way') as (typeof WAY_FIELDS)[number];
				expect(segment.getAttribute('class'), `${state.code} ${way}`).toContain(paintClass(way, state[way].status));
			}
		}
	});

	it('lists every state in the table, linked to its page, with its status on every layer in words', () => {
		const rows = page.querySelectorAll('table.state-table tbody tr');
		expect(rows).toHaveLength(51);
		for (const state of states) {
			const row = page.querySelector(`table.state-table tr[id="${stateRowId(state.slug)}"]`);
			expect(row?.querySelector('th a')?.getAttribute('href')).toBe(statePath(state.slug));
			expect(row?.querySelector('th')?.text.trim()).toBe(state.name);
			const cells = row?.querySelectorAll('td').map((cell) => cell.text.trim());
			expect(cells, state.code).toEqual(MAP_LAYERS.map((layer) => levelText(en, layer, state[layer].status).label));
		}
	});

	it('shows the Nlets figures from content/figures.yaml, with ICE’s total computed', () => {
		const figure = (id: string) => content.figures.find((f) => f.id === id)?.value ?? NaN;
		const text = page.querySelector('.nlets-figures table')?.text ?? '';
		expect(text).toContain(formatAmount(figure('nlets-ice-queries'), 'count'));
		expect(text).toContain(formatAmount(figure('nlets-hsi-queries'), 'count'));
		expect(text).toContain(formatAmount(figure('nlets-ice-queries') + figure('nlets-hsi-queries'), 'count'));
		expect(page.querySelector('.nlets-figures svg.figures-chart')?.getAttribute('aria-hidden')).toBe('true');
		expect(page.querySelectorAll('.figures-source a').length).toBeGreaterThan(0);
	});

	it('keeps a marked place for the download and embed links', () => {
		expect(page.querySelector('#download-and-embed')).not.toBeNull();
	});
});
