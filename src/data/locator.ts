import { tf } from '../i18n/en.ts';
import { renderLocatorMap } from '../map/render-locator.ts';
import { DEFAULT_MAP_LAYER, getLevel } from './levels.ts';
import { getMapLayers } from './map-data.ts';
import type { StateRecord } from './state-record.ts';
import { getWayIdentity } from './ways.ts';

/**
 * A state's locator map, painted by its status on the way the big map shows first, police
 * networks: for the top of its page and for its social card.
 */
export function renderStateLocator(state: StateRecord): string {
	const layer = DEFAULT_MAP_LAYER;
	const level = getMapLayers()
		.find((l) => l.id === layer)
		?.levels.find((l) => l.status === state[layer].status);
	if (!level) throw new Error(`No ${layer} level for ${state.code}`);
	const label = tf('locator.label', { state: state.name, way: getWayIdentity(layer).name, status: getLevel(layer, state[layer].status).label });
	return renderLocatorMap(state.fips, label, { layer, level });
}
