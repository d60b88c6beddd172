import { t, tf } from '../i18n/en.ts';
import type { MapData, MapLayerInfo, MapState } from '../map/types.ts';
import { formatDate } from './dates.ts';
import { LEVELS, MAP_LAYERS, type MapLayer } from './levels.ts';
import { statePath } from './routes.ts';
import type { StateRecord } from './state-record.ts';

/** The map's layers: each one's names and its statuses with their labels and colours. */
export function getMapLayers(): MapLayerInfo[] {
	return MAP_LAYERS.map((id) => ({
		id,
		label: t(`map.layer.${id}.label`),
		title: t(`map.layer.${id}.title`),
		cardLabel: t(`map.layer.${id}.card`),
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

/** The dated note a state's details card shows for one layer. */
function noteFor(state: StateRecord, layer: MapLayer): string | null {
	if (layer === 'licensesForAll') {
		const { since } = state.licensesForAll;
		return since === null ? null : tf('map.note.since', { year: String(since) });
	}
	return tf('map.note.asOf', { date: formatDate(state[layer].asOf) });
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
