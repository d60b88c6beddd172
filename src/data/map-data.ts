import { t, tf } from '../i18n/en.ts';
import type { MapData, MapLayerInfo, MapState } from '../map/types.ts';
import { formatDate } from './dates.ts';
import { getLevel, LEVELS, MAP_LAYERS, type MapLayer } from './levels.ts';
import { statePath } from './routes.ts';
import type { StateRecord } from './state-record.ts';
import { getWayIdentity, numberedName, type WayField } from './ways.ts';

/** The map's layers: each one's names and its statuses with their labels and colours. */
export function getMapLayers(): MapLayerInfo[] {
	return MAP_LAYERS.map((id) => ({
		id,
		label: numberedName(getWayIdentity(id)),
		title: t(`map.layer.${id}.title`),
		cardLabel: getWayIdentity(id).name,
		levels: LEVELS[id].map((level) => ({
			status: level.status,
			label: level.label,
			description: level.description,
			fill: level.style.fill,
			tone: level.style.tone,
		})),
	}));
}

/** Id of a state's row in the StateTable, e.g. "state-or". */
export function stateRowId(slug: string): string {
	return `state-${slug}`;
}

/**
 * The dated note a state's details card shows for one layer, saying what the date is: when a block
 * was reported, when a limit was last shown to hold, or when our review found none. A law's own
 * date is never shown as a status date.
 */
function noteFor(state: StateRecord, layer: MapLayer): string | null {
	if (layer === 'licensesForAll') {
		const { since } = state.licensesForAll;
		return since === null ? null : tf('map.note.since', { year: String(since) });
	}
	const { status, asOf } = state[layer];
	const date = formatDate(asOf);
	if (!getLevel(layer, status).needsSource) return tf('map.note.noneFound', { date });
	if (status === 'required-by-law') return tf('map.note.asOf', { date });
	return tf(layer === 'nlets' ? 'map.note.reported' : 'map.note.asOf', { date });
}

/** What the map needs from the state records: every state's status and note on each layer. */
export function toMapData(states: readonly StateRecord[]): MapData {
	const mapStates: MapState[] = states.map((state) => ({
		code: state.code,
		fips: state.fips,
		name: state.name,
		href: statePath(state.slug),
		statuses: Object.fromEntries(MAP_LAYERS.map((layer) => [layer, state[layer].status])) as Record<MapLayer, string>,
		notes: Object.fromEntries(MAP_LAYERS.map((layer) => [layer, noteFor(state, layer)])) as Record<MapLayer, string | null>,
	}));
	return { layers: getMapLayers(), states: mapStates };
}

/** A tile's accessible name: the state, then its status on each way in order, e.g. "Oregon: 1. Direct sharing: Partly limited; …". */
export function describeTile(state: MapState, levels: readonly { way: WayField; level: { label: string } }[]): string {
	return `${state.name}: ${levels.map(({ way, level }) => `${numberedName(getWayIdentity(way))}: ${level.label}`).join('; ')}`;
}
