/**
 * What the embed needs beyond the map's own renderer: the CSS that shows any layer and theme from
 * the first paint, and the data of its details card; and a text summary of a layer, which the
 * standalone SVG files and the map's social card carry.
 *
 * The embed draws the map once, coloured by its default layer, each state a link to its page: one
 * copy of the geometry keeps the page within its byte budget. The head script copies the query
 * options onto <html> (data-layer, data-theme, data-compact) before the body is parsed; the rules
 * here then repaint the states for the chosen layer, show that layer's title and legend, and force
 * the chosen theme. Nothing waits for a script that runs after parsing, so the defaults never flash.
 */
import type { Translator } from '../i18n/index.ts';
import type { MapLayer, Tone } from '../data/levels.ts';
import { paintOf, PATTERNED } from './paint.ts';
import { declarations as paletteDeclarations, renderPaletteCss, variableFor } from './palette-css.ts';
import type { MapData } from './types.ts';

/** What each tone paints in Windows contrast themes, as map.css paints the drawn layer. */
const FORCED_TONES: Readonly<Record<Tone, { fill?: string; stroke: string }>> = {
	strong: { fill: 'CanvasText', stroke: 'Canvas' },
	second: { fill: 'GrayText', stroke: 'Canvas' },
	partial: { stroke: 'CanvasText' },
	pending: { stroke: 'CanvasText' },
	none: { fill: 'Canvas', stroke: 'CanvasText' },
};

const attr = (name: string, value: string) => `[${name}="${value}"]`;
const anyOf = (selectors: readonly string[]) => (selectors.length === 1 ? selectors[0] : `:is(${selectors.join(',')})`);

/** Selector for the chosen layer: the drawn one also applies when no layer was chosen. */
function whenLayer(layer: MapLayer, drawn: MapLayer): string {
	return layer === drawn ? `:is(:root:not([data-layer]),:root${attr('data-layer', layer)})` : `:root${attr('data-layer', layer)}`;
}

/** Repaints every state (its link's shape on the map and its small-state box) for each layer but the drawn one. */
function layerFills(data: MapData, drawn: MapLayer, idPrefix: string): { plain: string[]; forced: string[] } {
	const plain: string[] = [];
	const forced: string[] = [];
	for (const layer of data.layers.filter((l) => l.id !== drawn)) {
		for (const level of layer.levels) {
			const codes = data.states.filter((s) => s.statuses[layer.id] === level.status).map((s) => attr('data-code', s.code));
			if (codes.length === 0) continue;
			const states = anyOf(codes);
			const selector = `${whenLayer(layer.id, drawn)} ${states} :is(path,rect)`;
			const paint = paintOf(idPrefix, layer.id, level);
			// Solid fills through the palette's custom property, so the forced and the reader's theme both apply.
			const fill = PATTERNED.includes(level.tone) ? paint.fill : `var(${variableFor(layer.id, level.fill)})`;
			plain.push(`${selector}{fill:${fill}}`);
			const tone = FORCED_TONES[level.tone];
			forced.push(`${selector}{fill:${tone.fill ?? paint.fill};stroke:${tone.stroke}}`);
		}
	}
	return { plain, forced };
}

/** Shows only the chosen layer's title and legend (elements marked data-for-layer or data-legend). */
function layerVisibility(data: MapData, drawn: MapLayer): string[] {
	const shown = data.layers.map((l) => `${whenLayer(l.id, drawn)} :is(${attr('data-legend', l.id)},${attr('data-for-layer', l.id)})`);
	return ['[data-legend],[data-for-layer]{display:none}', `${shown.join(',')}{display:block}`];
}

/**
 * Forces a theme regardless of the reader's setting, from the two blocks of tokens.css: its
 * `:root` (light) and its `prefers-color-scheme: dark` block. Only the properties the dark block
 * changes are repeated, so the light theme is restored exactly where it differs.
 */
export function renderThemeRules(tokensCss: string): string[] {
	const declarations = (block: string) =>
		new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
	const light = declarations(/:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '');
	const dark = declarations(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '');
	if (dark.size === 0) throw new Error('tokens.css has no dark block to force the dark theme from');
	const names = [...dark.keys()];
	const missing = names.filter((name) => !light.has(name));
	if (missing.length > 0) throw new Error(`tokens.css sets ${missing.join(', ')} for dark only`);
	const block = (values: Map<string, string>) => names.map((name) => `${name}:${values.get(name)}`).join(';');
	return [
		`:root[data-theme="light"]{color-scheme:light;${block(light)};${paletteDeclarations('light')}}`,
		`:root[data-theme="dark"]{color-scheme:dark;${block(dark)};${paletteDeclarations('dark')}}`,
	];
}

/** All of the embed's generated CSS, minified by construction. */
export function renderEmbedStyles(data: MapData, drawn: MapLayer, idPrefix: string, tokensCss: string): string {
	const fills = layerFills(data, drawn, idPrefix);
	return [
		renderPaletteCss(),
		...renderThemeRules(tokensCss),
		...layerVisibility(data, drawn),
		...fills.plain,
		`@media (forced-colors:active){${fills.forced.join('')}}`,
	].join('\n');
}

/**
 * What one layer of the map shows, in words, as a picture's text alternative: each status that
 * claims something with the states that have it, then how many have none found, e.g. "Blocked:
 * Illinois and Washington. No known restriction: the other 49."
 */
export function summarizeLayer(data: MapData, layer: MapLayer, tr: Translator): string {
	const info = data.layers.find((l) => l.id === layer);
	if (!info) throw new Error(`The map data has no layer "${layer}"`);
	return info.levels
		.map((level) => {
			const names = data.states.filter((s) => s.statuses[layer] === level.status).map((s) => s.name);
			if (names.length === 0) return '';
			if (level.tone !== 'none') return `${level.label}: ${tr.joinNames(names)}.`;
			const values = { label: level.label, count: String(names.length) };
			return tr.tf(names.length === data.states.length ? 'summary.all' : 'summary.others', values);
		})
		.filter(Boolean)
		.join(' ');
}

/** What the embed's details card shows of one state: its name, its status on each layer in order, and whether it changed lately. */
export interface EmbedCardState {
	readonly name: string;
	readonly statuses: readonly string[];
	readonly recent?: true;
}

/** The JSON the embed's script reads beside the map: small, since it counts against the embed's budget. */
export interface EmbedCardData {
	/** Each layer's id, its name in the card, and its statuses' labels. */
	readonly layers: readonly { readonly id: MapLayer; readonly name: string; readonly labels: Readonly<Record<string, string>> }[];
	readonly states: Readonly<Record<string, EmbedCardState>>;
	/** The card's link text, with {name} for the state's name. */
	readonly moreLabel: string;
	/** The mark on the card of a state that changed recently. */
	readonly recentLabel: string;
}

/** Builds the card's data; `recent` holds the codes of the states that changed recently. */
export function toEmbedCardData(
	data: MapData,
	recent: ReadonlySet<string>,
	labels: Pick<EmbedCardData, 'moreLabel' | 'recentLabel'>,
): EmbedCardData {
	return {
		layers: data.layers.map((layer) => ({
			id: layer.id,
			name: layer.cardLabel,
			labels: Object.fromEntries(layer.levels.map((level) => [level.status, level.label])),
		})),
		states: Object.fromEntries(
			data.states.map((state) => [
				state.code,
				{ name: state.name, statuses: data.layers.map((layer) => state.statuses[layer.id]), ...(recent.has(state.code) ? { recent: true as const } : {}) },
			]),
		),
		...labels,
	};
}
