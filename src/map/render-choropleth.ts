import { MAP_BORDER, type MapLayer } from '../data/levels.ts';
import { getStateShapes, MAP_HEIGHT, MAP_WIDTH, type StateShape } from './geometry.ts';
import { paintOf, renderPatterns } from './paint.ts';
import type { ChoroplethOptions, MapData, MapLayerInfo, MapLevel, MapState } from './types.ts';
import { escapeXml } from './xml.ts';

/** Height of the rows the keyboard order reads the map in, in map units (the map is 610 high). */
const ROW_HEIGHT = 80;

/** A state with its outline. */
interface DrawnState {
	readonly state: MapState;
	readonly shape: StateShape;
}

/**
 * Draws the choropleth as an SVG string: every state filled by its status on one layer, with
 * borders that give every shape 3:1 against the page, in the 975×610 viewport of the us-atlas albers projection.
 *
 * Interactive maps (the default) make each state a link to its page whose accessible name says
 * the status, e.g. "Oregon: Block in progress". The links come in reading order, in rows from
 * the north-west, so Tab moves across the map as a sighted reader scans it.
 *
 * Throws if a state has no outline or a status outside its layer's vocabulary, rather than
 * quietly leaving a state blank.
 */
export function renderChoropleth(data: MapData, options: ChoroplethOptions): string {
	const { layer: layerId, label, idPrefix = 'map-', interactive = true, highlight, detail, linkTarget } = options;
	const layer = findLayer(data, layerId);
	const drawn = orderForReading(withShapes(data.states, detail));
	const patternLayers = interactive ? data.layers : [layer];
	const patterns = patternLayers.flatMap((l) => renderPatterns(idPrefix, l.id, l.levels));

	const states = drawn.map(({ state, shape }) => {
		const level = findLevel(layer, state.statuses[layerId], state.code);
		const paint = paintOf(idPrefix, layerId, level);
		const fill = `class="${paint.className}" fill="${paint.fill}" d="${shape.d}"`;
		if (!interactive) return `<path data-code="${state.code}" ${fill}/>`;
		const name = escapeXml(`${state.name}: ${level.label}`);
		const target = linkTarget ? ` target="${escapeXml(linkTarget)}"` : '';
		return `<a href="${escapeXml(state.href)}"${target} aria-label="${name}" data-code="${state.code}"><path ${fill}/></a>`;
	});

	const highlighted = highlight === undefined ? undefined : drawn.find(({ state }) => state.code === highlight.toUpperCase());
	if (highlight !== undefined && !highlighted) throw new Error(`Cannot highlight "${highlight}": no such state on the map`);
	const outline = highlighted
		? `<path class="highlight" fill="none" stroke="#000" stroke-width="3" stroke-linejoin="round" d="${highlighted.shape.d}"/>`
		: '';

	const naming = interactive ? `role="group" aria-label="${escapeXml(label)}"` : `role="img" aria-label="${escapeXml(label)}"`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" class="choropleth-svg" ` +
		`data-layer="${layerId}" ${naming}>` +
		(patterns.length > 0 ? `<defs>${patterns.join('')}</defs>` : '') +
		`<g class="states map-borders" stroke="${MAP_BORDER.light}" stroke-width=".75" stroke-linejoin="round">${states.join('')}</g>` +
		outline +
		`</svg>`
	);
}

/** The layer with this id; throws if the data lacks it. */
export function findLayer(data: MapData, layer: MapLayer): MapLayerInfo {
	const found = data.layers.find((l) => l.id === layer);
	if (!found) throw new Error(`The map data has no layer "${layer}"`);
	return found;
}

function findLevel(layer: MapLayerInfo, status: string, code: string): MapLevel {
	const level = layer.levels.find((l) => l.status === status);
	if (!level) throw new Error(`${code} has status "${status}", which the ${layer.id} layer does not define`);
	return level;
}

function withShapes(states: readonly MapState[], detail?: number): DrawnState[] {
	const shapes = getStateShapes(detail);
	return states.map((state) => {
		const shape = shapes.get(state.fips);
		if (!shape) throw new Error(`${state.code} (FIPS ${state.fips}) has no outline in the atlas`);
		return { state, shape };
	});
}

/** Sorts states into rows from north to south, each read west to east. */
function orderForReading(states: DrawnState[]): DrawnState[] {
	const row = (s: DrawnState) => Math.floor(s.shape.centroid[1] / ROW_HEIGHT);
	return [...states].sort((a, b) => row(a) - row(b) || a.shape.centroid[0] - b.shape.centroid[0]);
}
