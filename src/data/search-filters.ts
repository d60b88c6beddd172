/**
 * The search filters every page passes to BaseLayout's `searchFilters` prop. Pagefind shows them as facets
 * on the search page, so their values are the site's words in the page's language; the names stay the same in
 * every language, since each language has its own index.
 */
import { LEVELS, levelText } from './levels.ts';
import { getWayIdentity, getWayInfo, numberedName, WAY_FIELDS, WAY_INFO, type WayField } from './ways.ts';
import type { ExplainerWay } from '../schemas/explainer.ts';
import type { State } from '../schemas/state.ts';
import type { Translator } from '../i18n/index.ts';

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

/** The kinds of page a reader can narrow a search to, in a reader's language. */
export function pageTypes({ t }: Translator): readonly [string, string, string] {
	return [t('search.state'), t('search.explainer'), t('search.reference')];
}

/** A state page: its type and its status on each of the three ways, as labels. */
export function stateSearchFilters(state: State, tr: Translator): SearchFilters {
	return {
		[FILTER_NAMES.type]: pageTypes(tr)[0],
		...Object.fromEntries(WAY_FIELDS.map((way) => [FILTER_NAMES[way], levelText(tr, way, state[way].status).label])),
	};
}

/** An explainer page, with the way it explains if it is about one (/act/ and /ways/ are about all three). */
export function explainerSearchFilters(tr: Translator, way?: ExplainerWay | null): SearchFilters {
	const type = pageTypes(tr)[1];
	return way ? { [FILTER_NAMES.type]: type, [FILTER_NAMES.way]: numberedName(getWayInfo(way), tr) } : { [FILTER_NAMES.type]: type };
}

/** A reference page: sources, about, the glossary, data, the embed guide. */
export function referenceSearchFilters(tr: Translator): SearchFilters {
	return { [FILTER_NAMES.type]: pageTypes(tr)[2] };
}

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
export function getFilterGroups(tr: Translator): FilterGroup[] {
	return [
		{ name: FILTER_NAMES.type, legend: tr.t('search.filter.type'), values: pageTypes(tr) },
		{ name: FILTER_NAMES.way, legend: tr.t('search.filter.way'), values: WAY_INFO.map((way) => numberedName(way, tr)) },
		...WAY_FIELDS.map((way) => ({
			name: FILTER_NAMES[way],
			legend: numberedName(getWayIdentity(way), tr),
			values: LEVELS[way].map((level) => levelText(tr, way, level.status).label),
		})),
	];
}
