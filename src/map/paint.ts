import type { MapLayer } from '../data/levels.ts';
import type { MapLevel } from './types.ts';

/** How one shape is painted: its fill (a colour, or a hatch pattern) and its tone class. */
export interface Paint {
	/** A hex colour, or url(#…) of the level's hatch pattern. */
	readonly fill: string;
	/** tone-strong, tone-partial or tone-none: forced-colors mode paints by this class. */
	readonly className: string;
}

/** Id of the hatch pattern that paints a partial status. */
export function hatchId(idPrefix: string, layer: MapLayer, status: string): string {
	return `${idPrefix}hatch-${layer}-${status}`;
}

/** How the map, the legend and the small-state boxes paint a status. */
export function paintOf(idPrefix: string, layer: MapLayer, level: MapLevel): Paint {
	const fill = level.tone === 'partial' ? `url(#${hatchId(idPrefix, layer, level.status)})` : level.fill;
	return { fill, className: `tone-${level.tone}` };
}

/**
 * A <pattern> of white diagonal stripes over a fill, so a partial status never relies on colour
 * alone. `size` is the side of its tile in the units of the SVG that uses it.
 */
export function renderHatchPattern(id: string, fill: string, size = 10): string {
	return (
		`<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect class="hatch-bg" width="${size}" height="${size}" fill="${fill}"/>` +
		`<path class="hatch-line" d="M0 0v${size}" stroke="#fff" stroke-width="${size * 0.4}"/></pattern>`
	);
}

/** A small swatch of a status's paint for legends and boxes; decorative, so hidden from assistive technology. */
export function renderSwatch(paint: Paint, width = 30, height = 20): string {
	return (
		`<svg class="swatch" aria-hidden="true" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect class="${paint.className}" fill="${paint.fill}" width="${width}" height="${height}"/></svg>`
	);
}
