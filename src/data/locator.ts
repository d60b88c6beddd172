import type { Translator } from '../i18n/index.ts';
import { renderLocatorMap } from '../map/render-locator.ts';
import { DEFAULT_MAP_LAYER, levelText } from './levels.ts';
import { getMapLayers } from './map-data.ts';
import type { StateRecord } from './state-record.ts';
import { getWayIdentity, wayName } from './ways.ts';

/**
 * A state's locator map, painted by its status on the way the big map shows first, police
 * networks: for the top of its page and for its social card.
 */
export function renderStateLocator(state: StateRecord, tr: Translator): string {
	const layer = DEFAULT_MAP_LAYER;
	const level = getMapLayers(tr)
		.find((l) => l.id === layer)
		?.levels.find((l) => l.status === state[layer].status);
	if (!level) throw new Error(`No ${layer} level for ${state.code}`);
	const label = tr.tf('locator.label', { state: state.name, way: wayName(getWayIdentity(layer), tr), status: levelText(tr, layer, state[layer].status).label });
	return renderLocatorMap(state.fips, label, { layer, level });
}
