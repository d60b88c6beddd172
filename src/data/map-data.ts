import type { Translator } from '../i18n/index.ts';
import type { MapData, MapLayerInfo, MapState } from '../map/types.ts';
import { getLevel, LEVELS, levelText, MAP_LAYERS, type MapLayer } from './levels.ts';
import { statePath } from './routes.ts';
import type { StateRecord } from './state-record.ts';
import { getWayIdentity, numberedName, wayName, type WayField } from './ways.ts';

/** The map's layers: each one's names and its statuses with their labels and colours. */
export function getMapLayers(tr: Translator): MapLayerInfo[] {
	return MAP_LAYERS.map((id) => ({
		id,
		label: numberedName(getWayIdentity(id), tr),
		title: tr.dynamic(`map.layer.${id}.title`),
		cardLabel: wayName(getWayIdentity(id), tr),
		levels: LEVELS[id].map((level) => ({
			status: level.status,
			...levelText(tr, id, level.status),
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
function noteFor(state: StateRecord, layer: MapLayer, { tf, formatDate }: Translator): string | null {
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
export function toMapData(states: readonly StateRecord[], tr: Translator): MapData {
	const mapStates: MapState[] = states.map((state) => ({
		code: state.code,
		fips: state.fips,
		name: state.name,
		href: tr.path(statePath(state.slug)),
		statuses: Object.fromEntries(MAP_LAYERS.map((layer) => [layer, state[layer].status])) as Record<MapLayer, string>,
		notes: Object.fromEntries(MAP_LAYERS.map((layer) => [layer, noteFor(state, layer, tr)])) as Record<MapLayer, string | null>,
	}));
	return { layers: getMapLayers(tr), states: mapStates };
}

/** A tile's accessible name: the state, then its status on each way in order, e.g. "Oregon: 1. Direct sharing: Partly limited; …". */
export function describeTile(state: MapState, levels: readonly { way: WayField; level: { label: string } }[], tr: Translator): string {
	return `${state.name}: ${levels.map(({ way, level }) => `${numberedName(getWayIdentity(way), tr)}: ${level.label}`).join('; ')}`;
}
