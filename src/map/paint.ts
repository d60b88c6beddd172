import { MAP_BORDER, NONE_FILL, type MapLayer, type Tone } from '../data/levels.ts';
import type { MapLevel } from './types.ts';

/** How one shape is painted: its fill (a colour, or a pattern) and its classes. */
export interface Paint {
	/** The light theme's hex colour, or url(#…) of the level's hatch or dot pattern. */
	readonly fill: string;
	/** tone-* (forced-colors mode paints by it) and paint-<layer>-<status> (the page's CSS paints each theme by it). */
	readonly className: string;
}

/** The tones drawn with a pattern over the neutral ground rather than a solid fill. */
export const PATTERNED: readonly Tone[] = ['partial', 'pending'];

/** Id of the pattern that paints a hatched or dotted status. */
export function patternId(idPrefix: string, layer: MapLayer, status: string): string {
	return `${idPrefix}pattern-${layer}-${status}`;
}

/** The class that names one layer's status wherever it is painted. */
export function paintClass(layer: MapLayer, status: string): string {
	return `paint-${layer}-${status}`;
}

/** How the map, the legend, the grid and the small-state boxes paint a status. */
export function paintOf(idPrefix: string, layer: MapLayer, level: MapLevel): Paint {
	const fill = PATTERNED.includes(level.tone) ? `url(#${patternId(idPrefix, layer, level.status)})` : level.fill.light;
	return { fill, className: `tone-${level.tone} ${paintClass(layer, level.status)}` };
}

/**
 * A <pattern> for a hatched (partial) or dotted (pending) tone: a colour over the neutral ground,
 * so the tone never relies on colour alone. `className` lets the page's CSS repaint it for each
 * theme. `size` is the side of its tile in the units of the SVG that uses it.
 */
export function renderPattern(id: string, className: string, tone: Tone, colour: string, size = 10): string {
	const ground = `<rect class="pattern-ground" width="${size}" height="${size}" fill="${NONE_FILL.light}"/>`;
	const mark =
		tone === 'pending'
			? `<circle class="pattern-mark" cx="${size / 2}" cy="${size / 2}" r="${Math.round(size * 28) / 100}" fill="${colour}"/>`
			: `<path class="pattern-mark" d="M0 0v${size}" stroke="${colour}" stroke-width="${size * 0.45}"/>`;
	const rotate = tone === 'pending' ? '' : ' patternTransform="rotate(45)"';
	return (
		`<pattern id="${id}" class="pattern-${tone} ${className}" width="${size}" height="${size}" ` +
		`patternUnits="userSpaceOnUse"${rotate}>${ground}${mark}</pattern>`
	);
}

/** The patterns a layer's statuses need. */
export function renderPatterns(idPrefix: string, layer: MapLayer, levels: readonly MapLevel[], size?: number): string[] {
	return levels
		.filter((level) => PATTERNED.includes(level.tone))
		.map((level) => renderPattern(patternId(idPrefix, layer, level.status), paintClass(layer, level.status), level.tone, level.fill.light, size));
}

/** A small swatch of a status's paint for legends and boxes; decorative, so hidden from assistive technology. */
export function renderSwatch(paint: Paint, width = 30, height = 20): string {
	return (
		`<svg class="swatch" aria-hidden="true" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect class="${paint.className}" fill="${paint.fill}" stroke="${MAP_BORDER.light}" width="${width}" height="${height}"/></svg>`
	);
}

/**
 * A swatch of a tone alone, in the text's colour rather than any way's hue, for the key of the
 * grid, where each tone means the same on every way. Decorative, so hidden from assistive technology.
 */
export function renderToneSwatch(id: string, tone: Tone, width = 30, height = 20): string {
	const fill = PATTERNED.includes(tone) ? `url(#${id})` : tone === 'none' ? NONE_FILL.light : 'currentColor';
	const defs = PATTERNED.includes(tone) ? `<defs>${renderPattern(id, 'tone-key', tone, 'currentColor', 8)}</defs>` : '';
	const opacity = tone === 'second' ? ' fill-opacity=".55"' : '';
	return (
		`<svg class="swatch" aria-hidden="true" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${defs}` +
		`<rect class="tone-${tone}${tone === 'none' ? ' fill-none' : ''}" fill="${fill}"${opacity} stroke="${MAP_BORDER.light}" width="${width}" height="${height}"/></svg>`
	);
}
