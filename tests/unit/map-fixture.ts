import { join } from 'node:path';
import { LEVELS, MAP_LAYERS, type MapLayer } from '../../src/data/levels.ts';
import { toMapData } from '../../src/data/map-data.ts';
import { toStateRecord, type StateRecord } from '../../src/data/state-record.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import type { MapData } from '../../src/map/types.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

/** The valid fixture's 51 state records, in alphabetical order of name. */
export function fixtureRecords(): StateRecord[] {
	const { states, problems } = validateContent(join(import.meta.dirname, '../fixtures/valid'));
	if (problems.length > 0) throw new Error('The valid fixture has errors');
	return states.map(toStateRecord).sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
}

/**
 * Map data in which the states take every status of every layer in turn (Alabama the first,
 * Alaska the second, ...), so a test sees every paint the map can draw. Links go to the state
 * pages whether or not this branch has them yet, so the snapshot does not change when they land.
 */
export function mixedMapData(): MapData {
	const data = toMapData(fixtureRecords(), useTranslations('en'));
	return {
		...data,
		states: data.states.map((state, i) => ({
			...state,
			href: `/states/${state.code.toLowerCase()}/`,
			statuses: Object.fromEntries(
				MAP_LAYERS.map((layer: MapLayer) => [layer, LEVELS[layer][i % LEVELS[layer].length]?.status]),
			) as Record<MapLayer, string>,
		})),
	};
}
