import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LEVELS, MAP_BORDER, MAP_LAYERS, type MapLayer } from '../../src/data/levels.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { getStateShapes, MAP_HEIGHT, MAP_WIDTH } from '../../src/map/geometry.ts';
import { paintOf, PATTERNED } from '../../src/map/paint.ts';
import { findLayer, renderChoropleth } from '../../src/map/render-choropleth.ts';
import type { MapData } from '../../src/map/types.ts';
import { mixedMapData } from './map-fixture.ts';

const data = mixedMapData();
const LABEL = 'Map of the 50 states and DC';
/** The hatch pattern ids a layer's partial statuses need, from levels.ts. */
/** The ids of the patterns a layer's hatched and dotted statuses need. */
const patternIds = (prefix: string, layer: MapLayer) =>
	LEVELS[layer].filter((level) => PATTERNED.includes(level.style.tone)).map((level) => `${prefix}pattern-${layer}-${level.status}`);

function render(options: Partial<Parameters<typeof renderChoropleth>[1]> = {}) {
	return renderChoropleth(data, { layer: 'nlets', label: LABEL, ...options });
}

/** One element per line, so a change to one state is a one-line diff in review. */
function prettify(svg: string): string {
	return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('renderChoropleth', () => {
	it('matches the reviewed snapshot (open tests/unit/__snapshots__/choropleth.svg to see it)', async () => {
		await expect(prettify(render())).toMatchFileSnapshot('__snapshots__/choropleth.svg');
	});

	it('draws all 51 states, each once, each with a non-empty outline inside the viewport', () => {
		const svg = parse(render());
		const links = svg.querySelectorAll('a[data-code]');
		expect(links.map((a) => a.getAttribute('data-code')).sort()).toEqual([...STATE_CODES].sort());
		for (const link of links) {
			const d = link.querySelector('path')?.getAttribute('d') ?? '';
			expect(d, link.getAttribute('data-code')).toMatch(/^M[\d.]+[ -]?[\d.]+[lhvmz]/);
			expect(d.length, `${link.getAttribute('data-code')} has too few points`).toBeGreaterThan(20);
		}
		expect(svg.querySelector('svg')?.getAttribute('viewBox')).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
		for (const shape of getStateShapes().values()) {
			expect(shape.centroid[0]).toBeGreaterThan(0);
			expect(shape.centroid[0]).toBeLessThan(MAP_WIDTH);
			expect(shape.centroid[1]).toBeGreaterThan(0);
			expect(shape.centroid[1]).toBeLessThan(MAP_HEIGHT);
		}
	});

	it.each(MAP_LAYERS)('fills every state by its %s status, with a class for forced-colors mode', (layer) => {
		const svg = parse(render({ layer }));
		for (const state of data.states) {
			const level = findLayer(data, layer).levels.find((l) => l.status === state.statuses[layer]);
			const path = svg.querySelector(`a[data-code="${state.code}"] path`);
			const paint = paintOf('map-', layer, level!);
			expect([path?.getAttribute('fill'), path?.getAttribute('class')], state.code).toEqual([paint.fill, paint.className]);
		}
		expect(svg.querySelector('svg')?.getAttribute('data-layer')).toBe(layer);
	});

	it('names each state link by its status and never labels a role-less path', () => {
		const svg = parse(render());
		expect(svg.querySelector('a[data-code="OR"]')?.getAttribute('aria-label')).toBe(
			`Oregon: ${findLayer(data, 'nlets').levels.find((l) => l.status === data.states.find((s) => s.code === 'OR')?.statuses.nlets)?.label}`,
		);
		expect(svg.querySelector('a[data-code="OR"]')?.getAttribute('href')).toBe('/states/or/');
		expect(svg.querySelectorAll('path[aria-label], path[title], g[aria-label]')).toHaveLength(0);
		// role="img" would hide the links from assistive technology; a named group keeps them.
		expect(svg.querySelector('svg')?.getAttribute('role')).toBe('group');
		expect(svg.querySelector('svg')?.getAttribute('aria-label')).toBe(LABEL);
	});

	it('hatches partial statuses and dots pending ones with a pattern whose id carries the prefix', () => {
		const svg = parse(render({ idPrefix: 'x-' }));
		const patterned = svg.querySelectorAll('path.tone-partial, path.tone-pending');
		expect(patterned.length).toBeGreaterThan(0);
		for (const path of patterned) {
			const id = path.getAttribute('fill')?.match(/^url\(#(.+)\)$/)?.[1];
			expect(id).toMatch(/^x-pattern-/);
			const pattern = svg.querySelector(`pattern[id="${id}"]`);
			expect(pattern, `pattern ${id}`).not.toBeNull();
			// The page's CSS repaints the pattern for the dark theme by the same class as the shape.
			expect(path.classList.contains(pattern?.classList.value.find((c) => c.startsWith('paint-')) ?? '')).toBe(true);
		}
		// The switcher can show any layer, so an interactive map carries every layer's patterns.
		expect(svg.querySelectorAll('pattern').map((p) => p.id)).toEqual(MAP_LAYERS.flatMap((layer) => patternIds('x-', layer)));
	});

	it('draws borders at the palette’s border colour and gives every shape its paint class', () => {
		const svg = parse(render());
		expect(svg.querySelector('g.states')?.getAttribute('stroke')).toBe(MAP_BORDER.light);
		for (const path of svg.querySelectorAll('a[data-code] path')) expect(path.getAttribute('class')).toMatch(/^tone-\w+ paint-nlets-/);
	});

	it('lists the states in reading order: rows from the north-west, each read west to east', () => {
		const codes = parse(render())
			.querySelectorAll('a[data-code]')
			.map((a) => a.getAttribute('data-code'));
		expect(codes.slice(0, 4)).toEqual(['WA', 'OR', 'ID', 'MT']);
		expect(codes.at(-1)).toBe('HI');
		expect(codes.indexOf('ME')).toBeLessThan(codes.indexOf('TX'));
		expect(codes.indexOf('CA')).toBeLessThan(codes.indexOf('NV'));
	});

	it('draws a picture with no links when not interactive, outlining a highlighted state on top', () => {
		const svg = parse(render({ interactive: false, highlight: 'or', label: 'Where Oregon is' }));
		const root = svg.querySelector('svg');
		expect(root?.getAttribute('role')).toBe('img');
		expect(root?.getAttribute('aria-label')).toBe('Where Oregon is');
		expect(svg.querySelectorAll('a')).toHaveLength(0);
		expect(svg.querySelectorAll('path[data-code]')).toHaveLength(51);
		const outline = svg.querySelector('path.highlight');
		expect(outline?.getAttribute('d')).toBe(svg.querySelector('path[data-code="OR"]')?.getAttribute('d'));
		expect(root?.lastChild).toBe(outline);
		// Only the layer shown needs its patterns when nothing can switch layers.
		expect(svg.querySelectorAll('pattern').map((p) => p.id)).toEqual(patternIds('map-', 'nlets'));
	});

	it('escapes names and links', () => {
		const odd: MapData = { ...data, states: data.states.map((s) => (s.code === 'OR' ? { ...s, name: 'A & <B>', href: '/x?a="1"' } : s)) };
		const svg = renderChoropleth(odd, { layer: 'nlets', label: 'L "1" & <2>' });
		expect(svg).toContain('aria-label="A &#38; &#60;B&#62;: ');
		expect(svg).toContain('href="/x?a=&#34;1&#34;"');
		expect(svg).toContain('aria-label="L &#34;1&#34; &#38; &#60;2&#62;"');
	});

	it('refuses to leave a state blank or invent a colour', () => {
		const withOregon = (change: Partial<MapData['states'][number]>): MapData => ({
			...data,
			states: data.states.map((s) => (s.code === 'OR' ? { ...s, ...change } : s)),
		});
		const oregon = data.states.find((s) => s.code === 'OR')!;
		const unknownStatus = withOregon({ statuses: { ...oregon.statuses, nlets: 'maybe' } });
		expect(() => renderChoropleth(unknownStatus, { layer: 'nlets', label: LABEL })).toThrow('OR has status "maybe"');
		const noShape = withOregon({ fips: '72' });
		expect(() => renderChoropleth(noShape, { layer: 'nlets', label: LABEL })).toThrow('OR (FIPS 72) has no outline');
		expect(() => render({ highlight: 'PR' })).toThrow('Cannot highlight "PR"');
	});
});
