import type { MapLayer } from '../data/levels.ts';
import { paintOf, type Paint } from './paint.ts';
import { findLayer } from './render-choropleth.ts';
import type { MapData, MapLevel } from './types.ts';

/** One line of a layer's legend: a status, how many states have it, and how it is painted. */
export interface LegendItem {
	readonly level: MapLevel;
	readonly count: number;
	readonly paint: Paint;
}

/** The legend of one layer: every status in order with its count, empty statuses included. */
export function legendItems(data: MapData, layer: MapLayer, idPrefix: string): LegendItem[] {
	return findLayer(data, layer).levels.map((level) => ({
		level,
		count: data.states.filter((state) => state.statuses[layer] === level.status).length,
		paint: paintOf(idPrefix, layer, level),
	}));
}
