/**
 * The colours of the ways and the map as CSS, generated from ways.ts and levels.ts so each is
 * written once. Custom properties carry each theme's values (--way-<field> for a way's hue, used
 * by cards, headers and tables; --map-none and --map-border), and one rule per status paints its
 * shapes, patterns and swatches from them. The SVG's own fill attributes stay as the light theme's
 * colours, for the standalone SVG files and anywhere the CSS does not reach. Pure: no astro imports.
 */
import { LEVELS, MAP_BORDER, MAP_LAYERS, NONE_FILL, type MapLayer } from '../data/levels.ts';
import { WAY_IDENTITIES, type ThemedColour } from '../data/ways.ts';
import { paintClass, PATTERNED } from './paint.ts';
import type { MapLevel } from './types.ts';

export type Theme = keyof ThemedColour;

/** The custom property that holds one status's colour: its way's hue, the neutral, or a colour of its own. */
export function variableFor(layer: MapLayer, fill: ThemedColour): string {
	if (fill === NONE_FILL) return '--map-none';
	if (fill === WAY_IDENTITIES.find((way) => way.field === layer)?.hue) return `--way-${layer}`;
	return `--map-${layer}-${LEVELS[layer].findIndex((level) => level.style.fill === fill)}`;
}

/** Every palette custom property with its value on one theme. */
export function paletteVariables(theme: Theme): Map<string, string> {
	const variables = new Map<string, string>([
		['--map-none', NONE_FILL[theme]],
		['--map-border', MAP_BORDER[theme]],
		...WAY_IDENTITIES.map((way): [string, string] => [`--way-${way.field}`, way.hue[theme]]),
	]);
	for (const layer of MAP_LAYERS) {
		for (const level of LEVELS[layer]) variables.set(variableFor(layer, level.style.fill), level.style.fill[theme]);
	}
	return variables;
}

/** The rule that paints one status from its custom property. */
function paintRule(layer: MapLayer, level: Pick<MapLevel, 'status' | 'tone' | 'fill'>): string {
	const selector = `.${paintClass(layer, level.status)}`;
	const colour = `var(${variableFor(layer, level.fill)})`;
	if (!PATTERNED.includes(level.tone)) return `${selector}{fill:${colour}}`;
	return level.tone === 'pending' ? `${selector} .pattern-mark{fill:${colour}}` : `${selector} .pattern-mark{stroke:${colour}}`;
}

/** The declarations of one theme, as the body of a rule. */
export function declarations(theme: Theme): string {
	return [...paletteVariables(theme)].map(([name, value]) => `${name}:${value}`).join(';');
}

/** The whole palette: both themes' custom properties and the paint rules. */
export function renderPaletteCss(): string {
	return [
		`:root{${declarations('light')}}`,
		`@media (prefers-color-scheme:dark){:root{${declarations('dark')}}}`,
		// Anything marked with a way takes its hue as --way, for borders, icons and headings.
		...WAY_IDENTITIES.map((way) => `[data-way="${way.field}"]{--way:var(--way-${way.field})}`),
		'.map-borders,.swatch rect{stroke:var(--map-border)}',
		'.pattern-ground,.fill-none{fill:var(--map-none)}',
		...MAP_LAYERS.flatMap((layer) =>
			LEVELS[layer].map((level) => paintRule(layer, { status: level.status, tone: level.style.tone, fill: level.style.fill })),
		),
	].join('\n');
}
