/**
 * The printable one-page handouts: a state's (/states/<code>/handout/) and the country's
 * (/handout/). Pure: the pages pass in the records, the script and the sources.
 */
import { numberCitations } from './citations.ts';
import { getLevel } from './levels.ts';
import { WAY_FIELDS, type WayField } from './ways.ts';

/** The national handout's path. */
export const NATIONAL_HANDOUT_PATH = '/handout/';

/** A state's handout, e.g. /states/or/handout/. */
export function handoutPath(slug: string): string {
	return `/states/${slug}/handout/`;
}

/**
 * An address as a person can read it off paper: no scheme, no "www.", no trailing slash, and cut
 * with an ellipsis past `max` characters (the QR code leads to the page with every link in full).
 */
export function shortLink(url: string, max = 36): string {
	const { host, pathname, search } = new URL(url);
	const text = `${host.replace(/^www\./, '')}${pathname}${search}`.replace(/\/$/, '');
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One source as the handout lists it: its number and a short link. */
export interface HandoutSource {
	readonly number: number;
	readonly link: string;
}

/** The parts of a state record a handout's sources come from. */
export type HandoutState = Readonly<Record<WayField, { readonly status: string; readonly sources: readonly string[] }>>;

/**
 * The handout's sources, numbered in the order a reader meets them: the statuses of the three
 * ways in order (only those that claim something cite a source), then the script's.
 */
export function numberHandoutSources(state: HandoutState, scriptSources: readonly string[]): Map<string, number> {
	const statuses = WAY_FIELDS.map((way) => (getLevel(way, state[way].status).needsSource ? state[way].sources : []));
	return numberCitations([...statuses, scriptSources]);
}

/** The numbered list of sources, each as a short link. */
export function listHandoutSources(numbers: ReadonlyMap<string, number>, urlOf: (id: string) => string): HandoutSource[] {
	return [...numbers].map(([id, number]) => ({ number, link: shortLink(urlOf(id)) }));
}
