import type { Source } from '../schemas/source.ts';
import { buildCallScript, type CallScript } from './call-scripts.ts';
import { getCallTargets, type CallTargets } from './call-targets.ts';
import { listStateCitations, numberCitations } from './citations.ts';
import { getSourceMap } from './sources.ts';
import type { StateRecord } from './state-record.ts';
import { getStates } from './states.ts';

/**
 * The bibliography id of the letters members of Congress sent governors on November 12, 2025.
 * The call scripts and "Who to call" cite it; the build stops if content/sources.yaml lacks it.
 */
export const LETTERS_SOURCE_ID = 'letters-2025';

/** One numbered source on a state page. */
export interface PageCitation {
	readonly number: number;
	readonly source: Source;
	/** True when the call script or "Who to call" cites it, so the printed script keeps it. */
	readonly printed: boolean;
}

/** Everything a state page shows, worked out once so the page only places components. */
export interface StatePage {
	readonly state: StateRecord;
	readonly previous: StateRecord | undefined;
	readonly next: StateRecord | undefined;
	readonly script: CallScript;
	readonly targets: CallTargets;
	/** The letters to governors, cited under "Who to call". */
	readonly letters: Source;
	/** The number of each source id cited on the page. */
	readonly numbers: ReadonlyMap<string, number>;
	/** The page's sources in number order. */
	readonly citations: readonly PageCitation[];
}

/** Builds the data of every state page, in alphabetical order. */
export async function getStatePages(): Promise<StatePage[]> {
	const [states, sources] = await Promise.all([getStates(), getSourceMap()]);
	const lookUp = (id: string): Source => {
		const source = sources.get(id);
		if (!source) throw new Error(`content/sources.yaml has no source "${id}", which the state pages cite. Fix: add it.`);
		return source;
	};
	const letters = lookUp(LETTERS_SOURCE_ID);
	return states.map((state, i) => {
		const script = buildCallScript(state, states, LETTERS_SOURCE_ID);
		const numbers = numberCitations([...listStateCitations(state), script.sources, [LETTERS_SOURCE_ID]]);
		return {
			state,
			previous: states[i - 1],
			next: states[i + 1],
			script,
			targets: getCallTargets(state.code, state),
			letters,
			numbers,
			citations: [...numbers].map(([id, number]) => ({
				number,
				source: lookUp(id),
				printed: id === LETTERS_SOURCE_ID || script.sources.includes(id),
			})),
		};
	});
}
