/**
 * Numbered citations for a page: each source gets a number the first time the page cites it,
 * and keeps that number wherever the page cites it again. Pure, for the unit tests.
 */

/** Numbers source ids in order of first citation, from 1. */
export function numberCitations(citations: readonly (readonly string[])[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const id of citations.flat()) {
		if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	}
	return numbers;
}

/** The parts of a state record that cite sources. */
export interface CitingState {
	readonly nlets: { readonly sources: readonly string[] };
	readonly dmvSharing: { readonly sources: readonly string[]; readonly laws: readonly { readonly sources: readonly string[] }[] };
	readonly dataBrokers: { readonly sources: readonly string[] };
	readonly licensesForAll: { readonly sources: readonly string[] };
	readonly timeline: readonly { readonly sources: readonly string[] }[];
}

/** A state page's citations in the order the page shows them: the four statuses, the laws, then the timeline. */
export function listStateCitations(state: CitingState): (readonly string[])[] {
	return [
		state.nlets.sources,
		state.dmvSharing.sources,
		...state.dmvSharing.laws.map((law) => law.sources),
		state.dataBrokers.sources,
		state.licensesForAll.sources,
		...state.timeline.map((event) => event.sources),
	];
}
