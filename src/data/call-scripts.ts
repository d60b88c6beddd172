/**
 * The call scripts. A state's Nlets status picks the script: a blocked state's caller thanks the
 * governor, an in-progress state's caller asks the governor to finish, and everyone else asks the
 * governor to cut ICE off. The states named as having acted come from the data, never from prose.
 * Pure: no astro imports, so the unit tests run it in plain Node.
 */
import { tf, t } from '../i18n/en.ts';
import type { DmvSharingStatus, NletsStatus } from './levels.ts';
import { getCallTargets } from './call-targets.ts';

export const SCRIPT_KINDS = ['thank', 'finish', 'demand'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

/** What each Nlets status asks the caller to do. */
const KIND_BY_STATUS: Readonly<Record<NletsStatus, ScriptKind>> = {
	blocked: 'thank',
	'in-progress': 'finish',
	'no-known-restriction': 'demand',
};

/** The words a script puts in the caller's mouth for them to replace. */
export const PLACEHOLDERS = ['[NAME]', '[CITY, ZIP]'] as const;

/** The parts of a state record a script reads. */
export interface ScriptState {
	readonly code: string;
	readonly name: string;
	readonly nlets: { readonly status: NletsStatus; readonly sources: readonly string[] };
	readonly dmvSharing: { readonly status: DmvSharingStatus; readonly sources: readonly string[] };
}

/** A call script, ready to print: plain-text paragraphs and the sources behind its claims. */
export interface CallScript {
	readonly kind: ScriptKind;
	/** Paragraphs of plain text, with [NAME] and [CITY, ZIP] left for the caller to fill in. */
	readonly paragraphs: readonly string[];
	/** Ids of the sources for the script's claims, in the order the claims appear, without repeats. */
	readonly sources: readonly string[];
}

/** Picks the script for a state's Nlets status. */
export function getScriptKind(status: NletsStatus): ScriptKind {
	return KIND_BY_STATUS[status];
}

/** The states with a given Nlets status, e.g. the ones that blocked ICE, in the order given. */
export function getStatesWithStatus<S extends ScriptState>(states: readonly S[], status: NletsStatus): S[] {
	return states.filter((state) => state.nlets.status === status);
}

/** Joins names as a reader would say them: "A", "A and B", "A, B, and C". */
export function joinNames(names: readonly string[]): string {
	return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}

/** Splits text around the placeholders, so a page can mark them; the placeholders stay in the parts. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
	const pattern = new RegExp(`(${PLACEHOLDERS.map((p) => p.replace(/[[\]]/g, '\\$&')).join('|')})`);
	return text
		.split(pattern)
		.filter((part) => part !== '')
		.map((part) => ({ text: part, placeholder: (PLACEHOLDERS as readonly string[]).includes(part) }));
}

/** Bibliography ids of the sources the scripts themselves lean on. */
export interface ScriptSourceIds {
	/** The November 12, 2025 letters from members of Congress asking governors to block ICE. */
	readonly letters: string;
	/** A source for what the letters asked: a briefing, published query statistics, technical blocks. */
	readonly asks: string;
}

/**
 * Writes the call script for one state.
 * @param state the state the caller lives in
 * @param states every state record, to name the ones that already blocked ICE
 * @param sourceIds the bibliography ids the script cites for its own claims
 */
export function buildCallScript(state: ScriptState, states: readonly ScriptState[], sourceIds: ScriptSourceIds): CallScript {
	const kind = getScriptKind(state.nlets.status);
	const values = { state: state.name, official: getCallTargets(state.code).official };
	const greeting = t('script.greeting');

	if (kind === 'thank') {
		return {
			kind,
			paragraphs: [`${greeting} ${tf('script.thank.open', values)}`, tf('script.thank.ask', values), t('script.thanks')],
			sources: unique(state.nlets.sources),
		};
	}
	if (kind === 'finish') {
		return {
			kind,
			paragraphs: [`${greeting} ${tf('script.finish.open', values)}`, tf('script.finish.ask', values), t('script.thanks')],
			sources: unique([...state.nlets.sources, sourceIds.letters, sourceIds.asks]),
		};
	}

	const others = states.filter((other) => other.code !== state.code);
	const blocked = getStatesWithStatus(others, 'blocked');
	const working = getStatesWithStatus(others, 'in-progress');
	const precedent: string[] = [];
	if (blocked.length > 0) {
		const names = joinNames(blocked.map((s) => s.name));
		precedent.push(tf(blocked.length === 1 ? 'script.demand.actedOne' : 'script.demand.actedMany', { states: names }));
		if (working.length > 0) {
			const workingNames = joinNames(working.map((s) => s.name));
			precedent.push(tf(working.length === 1 ? 'script.demand.workingOne' : 'script.demand.workingMany', { states: workingNames }));
		}
		precedent.push(tf('script.demand.follow', values));
	}
	const courtOrder = state.dmvSharing.status === 'court-order-required';
	return {
		kind,
		paragraphs: [
			`${greeting} ${tf('script.demand.open', values)}`,
			...(precedent.length > 0 ? [precedent.join(' ')] : []),
			...(courtOrder ? [tf('script.demand.courtOrder', values)] : []),
			t('script.demand.why'),
			t('script.thanks'),
		],
		sources: unique([
			sourceIds.letters,
			...(blocked.length > 0 ? [...blocked, ...working].flatMap((s) => s.nlets.sources) : []),
			...(courtOrder ? state.dmvSharing.sources : []),
		]),
	};
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}
