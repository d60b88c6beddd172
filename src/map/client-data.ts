import type { MapLayer } from '../data/levels.ts';
import { paintOf } from './paint.ts';
import type { MapData } from './types.ts';

/** One status as the browser paints and names it. */
export interface ClientLevel {
	readonly label: string;
	readonly fill: string;
	readonly className: string;
}

/** One layer as the browser switches to it. */
export interface ClientLayer {
	readonly id: MapLayer;
	readonly title: string;
	readonly cardLabel: string;
	readonly levels: Readonly<Record<string, ClientLevel>>;
}

/** One state as its details card shows it; statuses and notes follow the order of the layers. Its link is on the map. */
export interface ClientState {
	readonly name: string;
	readonly statuses: readonly string[];
	readonly notes: readonly (string | null)[];
	/** Present, and true, when the state's record changed in the last 90 days (src/data/changes.ts). */
	readonly recent?: true;
}

/** The JSON that client.ts reads from beside the map: what it needs to switch layers and show details. */
export interface ClientMapData {
	readonly layers: readonly ClientLayer[];
	readonly states: Readonly<Record<string, ClientState>>;
	/** The details card's link text, with {name} for the state's name. */
	readonly moreLabel: string;
	/** The name of the card's close button. */
	readonly closeLabel: string;
	/** The map's title while the grid of all three ways is shown. */
	readonly allWaysTitle: string;
	/** The mark on the card of a state that changed recently. */
	readonly recentLabel: string;
}

/** Builds the JSON the map's client script reads; `recent` holds the codes of the states that changed recently. */
export function toClientData(
	data: MapData,
	idPrefix: string,
	labels: Pick<ClientMapData, 'moreLabel' | 'closeLabel' | 'allWaysTitle' | 'recentLabel'>,
	recent: ReadonlySet<string> = new Set(),
): ClientMapData {
	return {
		layers: data.layers.map((layer) => ({
			id: layer.id,
			title: layer.title,
			cardLabel: layer.cardLabel,
			levels: Object.fromEntries(
				layer.levels.map((level) => [level.status, { label: level.label, ...paintOf(idPrefix, layer.id, level) }]),
			),
		})),
		states: Object.fromEntries(
			data.states.map((state) => [
				state.code,
				{
					name: state.name,
					statuses: data.layers.map((layer) => state.statuses[layer.id]),
					notes: data.layers.map((layer) => state.notes[layer.id]),
					...(recent.has(state.code) ? { recent: true as const } : {}),
				},
			]),
		),
		...labels,
	};
}

/** The JSON as it can sit inside a <script type="application/json"> element: "<" escaped so no tag can end it. */
export function serializeClientData(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
