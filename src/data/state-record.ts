import type { Translator } from '../i18n/index.ts';
import { levelText, type Way } from './levels.ts';
import type { State } from '../schemas/state.ts';
import { getUsStateByCode } from './us-states.ts';

/** A validated state record joined with its name and FIPS code, ready for pages and the map. */
export interface StateRecord extends State {
	readonly name: string;
	readonly fips: string;
	/** Lower-case code used in URLs: /states/or/. */
	readonly slug: string;
	/** In another language, the day its words last matched the English record (the translation's basedOn). */
	readonly translatedOn?: string;
}

/** Joins a record with the canonical state table. */
export function toStateRecord(state: State): StateRecord {
	const usState = getUsStateByCode(state.code);
	if (!usState) throw new Error(`No state with code ${state.code}`);
	return { ...state, name: usState.name, fips: usState.fips, slug: state.code.toLowerCase() };
}

/** The status of one way for one state. */
export function statusOf(state: State, way: Way): string {
	return state[way].status;
}

/** The label of one way's status for one state, in the site's words. */
export function statusLabel(state: State, way: Way, tr: Translator): string {
	return levelText(tr, way, statusOf(state, way)).label;
}

/** Groups states by their status on one way, keeping every status of the vocabulary, even empty ones. */
export function groupByStatus<T extends State>(states: readonly T[], way: Way, statuses: readonly string[]): Map<string, T[]> {
	return new Map(statuses.map((status) => [status, states.filter((s) => statusOf(s, way) === status)]));
}
