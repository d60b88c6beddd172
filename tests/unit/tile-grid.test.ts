import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { describeTile } from '../../src/data/map-data.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { paintOf } from '../../src/map/paint.ts';
import { findLayer } from '../../src/map/render-choropleth.ts';
import { renderTileGrid, TILE_POSITIONS } from '../../src/map/render-tile-grid.ts';
import { mixedMapData } from './map-fixture.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const data = mixedMapData();
const svg = parse(renderTileGrid(data, { label: 'All three ways', idPrefix: 'g-', describe: (state, levels) => describeTile(state, levels, en) }));
const tiles = svg.querySelectorAll('a[data-code]');

describe('renderTileGrid', () => {
	it('draws 51 equal tiles, one per state and DC, each with its USPS code', () => {
		expect(tiles.map((a) => a.getAttribute('data-code')).sort()).toEqual([...STATE_CODES].sort());
		for (const tile of tiles) {
			const code = tile.getAttribute('data-code');
			expect(tile.querySelector('text.tile-code')?.text).toBe(code);
			expect(tile.querySelector('rect.tile')?.getAttribute('width')).toBe('60');
			expect(tile.querySelector('rect.tile')?.getAttribute('height')).toBe('60');
		}
	});

	it('gives each tile three segments in the ways’ order, each painted by the state’s status on that way', () => {
		for (const tile of tiles) {
			const state = data.states.find((s) => s.code === tile.getAttribute('data-code'))!;
			const segments = tile.querySelectorAll('rect[data-way]');
			expect(segments.map((s) => s.getAttribute('data-way'))).toEqual([...WAY_FIELDS]);
			for (const segment of segments) {
				const way = segment.getAttribute('data-way') as (typeof WAY_FIELDS)[number];
				const level = findLayer(data, way).levels.find((l) => l.status === state.statuses[way])!;
				const paint = paintOf('g-', way, level);
				expect([segment.getAttribute('fill'), segment.getAttribute('class')], `${state.code} ${way}`).toEqual([paint.fill, `${paint.className} map-borders`]);
			}
		}
	});

	it('defines every pattern a segment uses', () => {
		for (const segment of svg.querySelectorAll('rect[data-way]')) {
			const id = segment.getAttribute('fill')?.match(/^url\(#(.+)\)$/)?.[1];
			if (id) expect(svg.querySelector(`pattern[id="${id}"]`), id).not.toBeNull();
		}
	});

	it('links each tile to its state page, named by the state and its status on each way in order', () => {
		const oregon = tiles.find((a) => a.getAttribute('data-code') === 'OR')!;
		expect(oregon.getAttribute('href')).toBe('/states/or/');
		const label = oregon.getAttribute('aria-label') ?? '';
		expect(label).toMatch(/^Oregon: 1\. Direct sharing: .+; 2\. Data brokers: .+; 3\. Police networks: .+$/);
		expect(svg.querySelector('svg')?.getAttribute('role')).toBe('group');
		expect(svg.querySelector('svg')?.getAttribute('aria-label')).toBe('All three ways');
	});

	it('lists the tiles in reading order, row by row from the west, and gives every state its own place', () => {
		const codes = tiles.map((a) => a.getAttribute('data-code'));
		expect(codes.slice(0, 2)).toEqual(['AK', 'ME']);
		expect(codes.at(-1)).toBe('FL');
		const places = Object.values(TILE_POSITIONS).map(([column, row]) => `${column},${row}`);
		expect(new Set(places).size).toBe(places.length);
	});

	it('refuses a state with no place on the grid rather than leave a gap', () => {
		const stray = { ...data, states: data.states.map((s) => (s.code === 'OR' ? { ...s, code: 'PR' } : s)) };
		expect(() => renderTileGrid(stray, { label: 'x', describe: (state, levels) => describeTile(state, levels, en) })).toThrow('PR has no place on the tile grid');
	});
});
