import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { getEmbedLayerChoices } from '../../src/data/embed.ts';
import { MAP_LAYERS } from '../../src/data/levels.ts';
import { EMBED_LAYER_NAMES, EMBED_LAYERS } from '../../src/map/embed.ts';
import { renderEmbedStyles, renderThemeRules, summarizeLayer, toEmbedCardData } from '../../src/map/embed-map.ts';
import { PATTERNED } from '../../src/map/paint.ts';
import { variableFor } from '../../src/map/palette-css.ts';
import { renderStandaloneMap } from '../../src/map/render-standalone-map.ts';
import type { MapData } from '../../src/map/types.ts';
import { mixedMapData } from './map-fixture.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const data = mixedMapData();
const TOKENS = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const css = renderEmbedStyles(data, 'nlets', 'e-', TOKENS);
const codesWith = (layer: (typeof MAP_LAYERS)[number], status: string) =>
	data.states.filter((s) => s.statuses[layer] === status).map((s) => s.code);

/** The selector list of the rule whose declarations are exactly `declarations`. */
function selectorsOf(declarations: string): string {
	const rule = css.split('\n').find((line) => line.endsWith(`{${declarations}}`));
	if (!rule) throw new Error(`No rule sets ${declarations}`);
	return rule.slice(0, -declarations.length - 2);
}

describe('renderEmbedStyles', () => {
	it('repaints every state for each layer but the drawn one, under that layer’s attribute', () => {
		for (const layer of data.layers.filter((l) => l.id !== 'nlets')) {
			for (const level of layer.levels) {
				// Solid fills go through the palette's custom property, so the forced and the reader's themes both apply.
				const fill = PATTERNED.includes(level.tone) ? `url(#e-pattern-${layer.id}-${level.status})` : `var(${variableFor(layer.id, level.fill)})`;
				const rule = css.split('\n').find((line) => line.startsWith(`:root[data-layer="${layer.id}"]`) && line.endsWith(`{fill:${fill}}`));
				expect(rule, `${layer.id} ${level.status}`).toBeDefined();
				for (const code of codesWith(layer.id, level.status)) expect(rule).toContain(`[data-code="${code}"]`);
			}
		}
		expect(css).not.toContain('[data-layer="nlets"] :is(path');
	});

	it('paints both the shape inside each state’s link and its small-state box', () => {
		expect(css).toMatch(/\[data-code="[A-Z]{2}"\]\)? :is\(path,rect\)\{fill:/);
	});

	it('shows one layer’s title, summary and legend at a time, the drawn one when none is chosen', () => {
		expect(css).toContain('[data-legend],[data-for-layer]{display:none}');
		const shown = selectorsOf('display:block');
		expect(shown).toContain(':is(:root:not([data-layer]),:root[data-layer="nlets"]) :is([data-legend="nlets"],[data-for-layer="nlets"])');
		expect(shown).toContain(':root[data-layer="licensesForAll"] :is([data-legend="licensesForAll"],[data-for-layer="licensesForAll"])');
	});

	it('paints chosen layers in the reader’s own colours in forced-colors mode', () => {
		const forced = /@media \(forced-colors:active\)\{(.*)\}$/s.exec(css)?.[1] ?? '';
		expect(forced).toContain('{fill:CanvasText;stroke:Canvas}');
		expect(forced).toContain('{fill:Canvas;stroke:CanvasText}');
		expect(forced).toContain('{fill:GrayText;stroke:Canvas}');
		expect(forced).toMatch(/\{fill:url\(#e-pattern-dmvSharing-partial\);stroke:CanvasText\}/);
	});
});

describe('toEmbedCardData', () => {
	const labels = { moreLabel: 'Open {name}’s page', recentLabel: 'Changed lately' };

	it('gives each state its name and its status on every layer, in the layers’ order, and each status its label', () => {
		const card = toEmbedCardData(data, new Set(), labels);
		const oregon = data.states.find((s) => s.code === 'OR')!;
		expect(card.states.OR).toEqual({ name: 'Oregon', statuses: MAP_LAYERS.map((layer) => oregon.statuses[layer]) });
		expect(Object.keys(card.states)).toHaveLength(data.states.length);
		expect(card.layers.map((l) => l.id)).toEqual([...MAP_LAYERS]);
		for (const layer of data.layers) {
			expect(card.layers.find((l) => l.id === layer.id)?.labels).toEqual(Object.fromEntries(layer.levels.map((level) => [level.status, level.label])));
		}
		expect(card).toMatchObject(labels);
	});

	it('marks only the states it is told changed recently', () => {
		const card = toEmbedCardData(data, new Set(['WA']), labels);
		expect(Object.entries(card.states).filter(([, s]) => s.recent).map(([code]) => code)).toEqual(['WA']);
	});
});

describe('renderThemeRules', () => {
	const [light, dark] = renderThemeRules(TOKENS);

	it('forces each theme with the values tokens.css and the palette give it', () => {
		expect(light).toMatch(/^:root\[data-theme="light"\]\{color-scheme:light;/);
		expect(light).toContain('--color-bg:#ffffff');
		expect(light).toContain('--map-none:#e6e6e6');
		expect(dark).toMatch(/^:root\[data-theme="dark"\]\{color-scheme:dark;/);
		expect(dark).toContain('--color-bg:#121212');
		expect(dark).toContain('--map-none:#333333');
	});

	it('restores on light every property the dark block changes', () => {
		const names = (rule = '') => [...rule.matchAll(/(--[\w-]+):/g)].map((m) => m[1]);
		expect(names(light)).toEqual(names(dark));
		expect(names(dark).length).toBeGreaterThan(5);
	});

	it('refuses tokens without a dark block rather than emit a theme that does nothing', () => {
		expect(() => renderThemeRules(':root { --color-bg: #fff; }')).toThrow(/dark/);
	});
});

describe('summarizeLayer', () => {
	it('names the states of every status that claims something, and counts the rest', () => {
		const few: MapData = {
			...data,
			states: data.states.map((s) => ({
				...s,
				statuses: { ...s.statuses, nlets: ['OR', 'WA', 'IL'].includes(s.code) ? (s.code === 'OR' ? 'in-progress' : 'blocked') : 'no-known-restriction' },
			})),
		};
		expect(summarizeLayer(few, 'nlets', en)).toBe(
			'Reported blocked: Illinois and Washington. Block reported in progress: Oregon. No known restriction: the other 48.',
		);
	});

	it('leaves out statuses no state has', () => {
		const none: MapData = { ...data, states: data.states.map((s) => ({ ...s, statuses: { ...s.statuses, nlets: 'no-known-restriction' } })) };
		expect(summarizeLayer(none, 'nlets', en)).toBe('No known restriction: all 51.');
	});
});

describe('renderStandaloneMap', () => {
	const svg = renderStandaloneMap(data, 'dmvSharing', { description: 'What it shows.', source: 'Source: Test, https://x.example/map/ · CC BY 4.0' });
	const dmvLayer = data.layers.find((l) => l.id === 'dmvSharing');
	const doc = parse(svg);

	it('is a standalone SVG document with its title and description first', () => {
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		const root = doc.querySelector('svg');
		expect(root?.childNodes[0]?.toString()).toBe(`<title id="title">${dmvLayer?.title}</title>`);
		expect(doc.querySelector('desc')?.text).toBe('What it shows.');
	});

	it('bakes in the map of the chosen layer, the key with counts and the source line', () => {
		const nested = doc.querySelector('svg svg');
		expect(nested?.getAttribute('data-layer')).toBe('dmvSharing');
		expect(nested?.querySelectorAll('path[data-code]')).toHaveLength(51);
		const texts = doc.querySelectorAll('text').map((t) => t.text);
		for (const level of dmvLayer?.levels ?? []) {
			expect(texts).toContain(`${level.label}: ${codesWith('dmvSharing', level.status).length}`);
		}
		expect(texts).toContain('Source: Test, https://x.example/map/ · CC BY 4.0');
	});

	it('uses presentation attributes only, on a white background', () => {
		expect(svg).not.toMatch(/\sstyle="/);
		expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
	});
});

describe('getEmbedLayerChoices', () => {
	it('offers every map layer under its URL name, with the map’s label and a frame title that says what it shows', () => {
		const choices = getEmbedLayerChoices(en);
		expect(choices.map((c) => c.param)).toEqual(EMBED_LAYER_NAMES);
		expect(Object.values(EMBED_LAYERS)).toEqual([...MAP_LAYERS]);
		for (const [i, choice] of choices.entries()) {
			expect(choice.label).toBe(data.layers[i]?.label);
			expect(choice.frameTitle).toBe(`Map: ${data.layers[i]?.title}`);
		}
	});
});
