import { useTranslations, type Translator } from '../i18n/index.ts';
import type { Source } from '../schemas/source.ts';
import { buildCallScript, type CallScript, type ScriptSourceIds } from './call-scripts.ts';
import { getCallTargets, scriptOfficial, type CallTarget } from './call-targets.ts';
import { listStateCitations, numberCitations } from './citations.ts';
import { getSourceMap } from './sources.ts';
import type { StateRecord } from './state-record.ts';
import { getStates } from './states.ts';

/**
 * The sources the call scripts and "Who to call" cite for their own claims: Senator Wyden's release
 * of the November 12, 2025 letters to governors, and the letter to Delaware's governor that lists
 * what the letters asked. The build stops if content/sources.yaml lacks either.
 */
export const SCRIPT_SOURCE_IDS: ScriptSourceIds = {
	letters: 'wyden-nlets-release-2025',
	asks: 'coasttv-delaware-letter-2025',
};

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
	/** The English script, for a reader of another language whose call is answered in English; undefined on English pages. */
	readonly englishScript: CallScript | undefined;
	/** Whom to call, the office the script addresses first. */
	readonly targets: readonly CallTarget[];
	/** Whom the script addresses, e.g. "Governor" or "Secretary of State". */
	readonly official: string;
	/** The letters to governors, cited under "Who to call". */
	readonly letters: Source;
	/** The number of each source id cited on the page. */
	readonly numbers: ReadonlyMap<string, number>;
	/** The page's sources in number order. */
	readonly citations: readonly PageCitation[];
}

/** Builds the data of every state page in a reader's language, in alphabetical order. */
export async function getStatePages(tr: Translator): Promise<StatePage[]> {
	const english = useTranslations('en');
	const [states, englishStates, sources] = await Promise.all([getStates(tr.locale), getStates('en'), getSourceMap()]);
	const lookUp = (id: string): Source => {
		const source = sources.get(id);
		if (!source) throw new Error(`content/sources.yaml has no source "${id}", which the state pages cite. Fix: add it.`);
		return source;
	};
	// Checked up front, so a missing id stops the build even if no state's script cites it today.
	Object.values(SCRIPT_SOURCE_IDS).forEach(lookUp);
	const letters = lookUp(SCRIPT_SOURCE_IDS.letters);
	return states.map((state, i) => {
		const script = buildCallScript(state, states, SCRIPT_SOURCE_IDS, tr);
		const englishState = englishStates.find((english) => english.code === state.code);
		const englishScript =
			tr.locale === english.locale || !englishState ? undefined : buildCallScript(englishState, englishStates, SCRIPT_SOURCE_IDS, english);
		const numbers = numberCitations([...listStateCitations(state), script.sources, [SCRIPT_SOURCE_IDS.letters]]);
		return {
			state,
			previous: states[i - 1],
			next: states[i + 1],
			script,
			englishScript,
			targets: getCallTargets(state, tr),
			official: scriptOfficial(state.code, state.contacts.licensing.answersTo, tr),
			letters,
			numbers,
			citations: [...numbers].map(([id, number]) => ({
				number,
				source: lookUp(id),
				printed: id === SCRIPT_SOURCE_IDS.letters || script.sources.includes(id),
			})),
		};
	});
}
