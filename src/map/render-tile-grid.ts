/**
 * The "all three ways" overview: a tile-grid cartogram with one equal square per state, so small
 * states count as much as large ones. Each tile carries the state's USPS code and a strip of three
 * segments, one per way in the site's order, each painted by the state's status on that way.
 * Drawn at build time as an SVG string, like the map. Pure: no astro imports.
 */
import { MAP_BORDER } from '../data/levels.ts';
import { WAY_FIELDS, type WayField } from '../data/ways.ts';
import { paintOf, renderPatterns } from './paint.ts';
import { findLayer } from './render-choropleth.ts';
import type { MapData, MapLevel, MapState } from './types.ts';
import { escapeXml } from './xml.ts';

/** Each state's place on the grid: [column, row], eleven columns by eight rows, roughly as on a map. */
export const TILE_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {
	AK: [0, 0], ME: [10, 0],
	VT: [9, 1], NH: [10, 1],
	WA: [0, 2], ID: [1, 2], MT: [2, 2], ND: [3, 2], MN: [4, 2], IL: [5, 2], WI: [6, 2], MI: [7, 2], NY: [8, 2], RI: [9, 2], MA: [10, 2],
	OR: [0, 3], NV: [1, 3], WY: [2, 3], SD: [3, 3], IA: [4, 3], IN: [5, 3], OH: [6, 3], PA: [7, 3], NJ: [8, 3], CT: [9, 3],
	CA: [0, 4], UT: [1, 4], CO: [2, 4], NE: [3, 4], MO: [4, 4], KY: [5, 4], WV: [6, 4], VA: [7, 4], MD: [8, 4], DE: [9, 4],
	AZ: [1, 5], NM: [2, 5], KS: [3, 5], AR: [4, 5], TN: [5, 5], NC: [6, 5], SC: [7, 5], DC: [8, 5],
	OK: [3, 6], LA: [4, 6], MS: [5, 6], AL: [6, 6], GA: [7, 6],
	HI: [0, 7], TX: [3, 7], FL: [8, 7],
};

const COLUMNS = 11;
const ROWS = 8;
const TILE = 60;
const GAP = 4;
const STRIP_HEIGHT = 20;
const STRIP_INSET = 4;
const SEGMENT_GAP = 2;

export interface TileGridOptions {
	/** The accessible name of the grid. */
	readonly label: string;
	/** Prefix for ids, so two grids can share a page. */
	readonly idPrefix?: string;
	/** Names one state's statuses for its link, e.g. "Oregon: 1. Direct sharing: Partly limited; …". */
	readonly describe: (state: MapState, levels: readonly { way: WayField; level: MapLevel }[]) => string;
}

/** Width and height of the grid's viewBox. */
export const TILE_GRID_SIZE = { width: COLUMNS * TILE + (COLUMNS - 1) * GAP, height: ROWS * TILE + (ROWS - 1) * GAP } as const;

/**
 * Draws the grid: 51 linked tiles in reading order (row by row, west to east). Throws if a state
 * has no place on the grid or a status its layer does not define, rather than leaving a gap.
 */
export function renderTileGrid(data: MapData, options: TileGridOptions): string {
	const { label, idPrefix = 'grid-', describe } = options;
	const patterns = WAY_FIELDS.flatMap((way) => renderPatterns(idPrefix, way, findLayer(data, way).levels, 8));
	const segmentWidth = (TILE - 2 * STRIP_INSET - (WAY_FIELDS.length - 1) * SEGMENT_GAP) / WAY_FIELDS.length;

	const tiles = [...data.states]
		.map((state) => {
			const position = TILE_POSITIONS[state.code];
			if (!position) throw new Error(`${state.code} has no place on the tile grid`);
			return { state, column: position[0], row: position[1] };
		})
		.sort((a, b) => a.row - b.row || a.column - b.column)
		.map(({ state, column, row }) => {
			const x = column * (TILE + GAP);
			const y = row * (TILE + GAP);
			const levels = WAY_FIELDS.map((way) => {
				const layer = findLayer(data, way);
				const level = layer.levels.find((l) => l.status === state.statuses[way]);
				if (!level) throw new Error(`${state.code} has status "${state.statuses[way]}", which the ${way} layer does not define`);
				return { way, level };
			});
			const segments = levels.map(({ way, level }, i) => {
				const paint = paintOf(idPrefix, way, level);
				const sx = x + STRIP_INSET + i * (segmentWidth + SEGMENT_GAP);
				const sy = y + TILE - STRIP_INSET - STRIP_HEIGHT;
				return (
					`<rect class="${paint.className} map-borders" data-way="${way}" fill="${paint.fill}" stroke="${MAP_BORDER.light}" ` +
					`x="${round(sx)}" y="${sy}" width="${round(segmentWidth)}" height="${STRIP_HEIGHT}"/>`
				);
			});
			return (
				`<a href="${escapeXml(state.href)}" aria-label="${escapeXml(describe(state, levels))}" data-code="${state.code}">` +
				`<rect class="tile" x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="4" fill="#f3f4f6" stroke="#c4c4c4"/>` +
				`<text class="tile-code" x="${x + TILE / 2}" y="${y + 28}" text-anchor="middle" font-size="24" font-weight="700">${state.code}</text>` +
				segments.join('') +
				`</a>`
			);
		});

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${TILE_GRID_SIZE.width} ${TILE_GRID_SIZE.height}" class="tile-grid" ` +
		`role="group" aria-label="${escapeXml(label)}">` +
		`<defs>${patterns.join('')}</defs>${tiles.join('')}</svg>`
	);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
