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

/** One way's citing parts: its status's sources, then its laws'. */
interface CitingWay {
	readonly sources: readonly string[];
	readonly laws: readonly { readonly sources: readonly string[] }[];
}

/** The parts of a state record that cite sources. */
export interface CitingState {
	readonly dmvSharing: CitingWay;
	readonly dataBrokers: CitingWay;
	readonly nlets: CitingWay;
	readonly licensesForAll: { readonly sources: readonly string[] };
	readonly timeline: readonly { readonly sources: readonly string[] }[];
}

/**
 * A state page's citations in the order the page shows them: each way in the site's order (its
 * status's sources, then its laws), the licensing context, then the timeline.
 */
export function listStateCitations(state: CitingState): (readonly string[])[] {
	const way = (w: CitingWay) => [w.sources, ...w.laws.map((law) => law.sources)];
	return [
		...way(state.dmvSharing),
		...way(state.dataBrokers),
		...way(state.nlets),
		state.licensesForAll.sources,
		...state.timeline.map((event) => event.sources),
	];
}
