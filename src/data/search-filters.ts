/**
 * The search filters every page passes to BaseLayout's `searchFilters` prop. Pagefind shows them as facets
 * on the search page, so their names and values are the site's words, taken from levels.ts and ways.ts.
 */
import { getLevel, LEVELS } from './levels.ts';
import { getWayIdentity, getWayInfo, numberedName, WAY_FIELDS, WAY_INFO, type WayField } from './ways.ts';
import type { ExplainerWay } from '../schemas/explainer.ts';
import type { State } from '../schemas/state.ts';
import { t } from '../i18n/en.ts';

/** What BaseLayout renders as `data-pagefind-filter="name:value"`. */
export type SearchFilters = Readonly<Record<string, string>>;

/** Filter names, in the order the search page shows them: the page type, the way, then each way's status. */
export const FILTER_NAMES = {
	type: 'type',
	way: 'way',
	dmvSharing: 'Direct sharing status',
	dataBrokers: 'Data brokers status',
	nlets: 'Police networks status',
} as const satisfies Record<string, string> & Record<WayField, string>;

/** The kinds of page a reader can narrow a search to. */
export const PAGE_TYPES = [t('search.state'), t('search.explainer'), t('search.reference')] as const;
const [STATE, EXPLAINER, REFERENCE] = PAGE_TYPES;

/** A state page: its type and its status on each of the three ways, as labels. */
export function stateSearchFilters(state: State): SearchFilters {
	return {
		[FILTER_NAMES.type]: STATE,
		...Object.fromEntries(WAY_FIELDS.map((way) => [FILTER_NAMES[way], getLevel(way, state[way].status).label])),
	};
}

/** An explainer page, with the way it explains if it is about one (/act/ and /ways/ are about all three). */
export function explainerSearchFilters(way?: ExplainerWay | null): SearchFilters {
	return way ? { [FILTER_NAMES.type]: EXPLAINER, [FILTER_NAMES.way]: numberedName(getWayInfo(way)) } : { [FILTER_NAMES.type]: EXPLAINER };
}

/** A reference page: sources, about, the glossary, data, the embed guide. */
export const REFERENCE_SEARCH_FILTERS: SearchFilters = { [FILTER_NAMES.type]: REFERENCE };

/** A filter as the search page offers it: Pagefind's name, the legend readers see, and its values in order. */
export interface FilterGroup {
	readonly name: string;
	readonly legend: string;
	readonly values: readonly string[];
}

/**
 * The filters in the order the search page lists them, each with its values in vocabulary order (values not
 * named here follow alphabetically). Passed to the browser as JSON, so the client needs no copy of levels.ts.
 */
export const FILTER_GROUPS: readonly FilterGroup[] = [
	{ name: FILTER_NAMES.type, legend: t('search.filter.type'), values: PAGE_TYPES },
	{ name: FILTER_NAMES.way, legend: t('search.filter.way'), values: WAY_INFO.map(numberedName) },
	...WAY_FIELDS.map((way) => ({
		name: FILTER_NAMES[way],
		legend: numberedName(getWayIdentity(way)),
		values: LEVELS[way].map((level) => level.label),
	})),
];
