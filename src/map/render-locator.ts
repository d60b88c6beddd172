import type { MapLayer } from '../data/levels.ts';
import { getStateShapes, LOCATOR_KEEP_POINTS, MAP_HEIGHT, MAP_WIDTH } from './geometry.ts';
import { paintOf, renderPatterns } from './paint.ts';
import type { MapLevel } from './types.ts';
import { escapeXml } from './xml.ts';

/** The way the locator colours its state by, and the state's status on it. */
export interface LocatorPaint {
	readonly layer: MapLayer;
	readonly level: MapLevel;
}

/** States smaller than this (in the atlas's square units) also get a ring, so they can be seen. */
const RING_BELOW_AREA = 1500;
const RING_RADIUS = 22;

/**
 * A small picture of the country with one state filled in, for the top of a state's page, in the
 * paint of its status on one way, as the big map paints it (so a block in progress is hatched,
 * never the solid of a reported block). It is an image, not a control: no links and no script.
 * The outlines are coarser than the main map's, since it is drawn a few hundred pixels wide; the
 * state gets a heavy outline, and a small state a ring, so it can be found whatever its status.
 */
export function renderLocatorMap(fips: string, label: string, paint: LocatorPaint): string {
	const coarse = getStateShapes(LOCATOR_KEEP_POINTS);
	const here = getStateShapes().get(fips);
	if (!here) throw new Error(`No state with FIPS code "${fips}" on the map`);
	const others = [...coarse.values()]
		.filter((shape) => shape.fips !== fips && shape.d !== '')
		.map((shape) => `<path d="${shape.d}"/>`)
		.join('');
	const [x, y] = here.centroid;
	const ring = here.area < RING_BELOW_AREA ? `<circle class="locator-ring" cx="${x}" cy="${y}" r="${RING_RADIUS}"/>` : '';
	const fill = paintOf('locator-', paint.layer, paint.level);
	const patterns = renderPatterns('locator-', paint.layer, [paint.level]);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" class="locator-map" role="img" aria-label="${escapeXml(label)}">` +
		(patterns.length > 0 ? `<defs>${patterns.join('')}</defs>` : '') +
		`<g class="locator-land">${others}</g>` +
		`<path class="locator-here ${fill.className}" fill="${fill.fill}" d="${coarse.get(fips)?.d || here.d}"/>${ring}</svg>`
	);
}
