/**
 * The call scripts. A state's Nlets status picks the script: a state reported as blocked gets
 * thanks and asks to keep and widen the block, one reported in progress is asked to confirm it is
 * finished, one whose law requires a block is asked to carry it out, and everyone else asks the
 * state to cut ICE off. Every claim about another state is dated and says who reported it, and
 * every state named comes from the data, never from prose. No script promises anyone safety.
 * Pure: no astro imports, so the unit tests run it in plain Node.
 */
import type { Translator, UiKey } from '../i18n/index.ts';
import type { DataBrokerStatus, DmvSharingStatus, NletsStatus } from './levels.ts';
import type { LICENSING_HEADS } from '../schemas/state.ts';
import { scriptOfficial } from './call-targets.ts';

export const SCRIPT_KINDS = ['thank', 'finish', 'carry-out', 'demand'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

/** What each Nlets status asks the caller to do. */
const KIND_BY_STATUS: Readonly<Record<NletsStatus, ScriptKind>> = {
	blocked: 'thank',
	'in-progress': 'finish',
	'required-by-law': 'carry-out',
	'no-known-restriction': 'demand',
};

/** The words a script puts in the caller's mouth for them to replace, in each language. */
export const PLACEHOLDERS = ['[NAME]', '[CITY, ZIP]', '[NOMBRE]', '[CIUDAD, CÓDIGO POSTAL]'] as const;

/** The parts of a state record a script reads. */
export interface ScriptState {
	readonly code: string;
	readonly name: string;
	readonly nlets: {
		readonly status: NletsStatus;
		readonly asOf: string;
		readonly reportedBy?: string | undefined;
		readonly cbp: 'not-reported' | 'kept' | 'cut-off';
		readonly sources: readonly string[];
		readonly laws: readonly { readonly name: string; readonly sources: readonly string[] }[];
	};
	readonly dmvSharing: { readonly status: DmvSharingStatus; readonly requires?: string | undefined; readonly sources: readonly string[] };
	readonly dataBrokers: { readonly status: DataBrokerStatus };
	readonly contacts: { readonly licensing: { readonly answersTo: (typeof LICENSING_HEADS)[number] } };
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

/** The states with a given Nlets status, e.g. the ones reported as blocking ICE, in the order given. */
export function getStatesWithStatus<S extends ScriptState>(states: readonly S[], status: NletsStatus): S[] {
	return states.filter((state) => state.nlets.status === status);
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

/** States reported the same way in the same month, so one dated sentence can name them all. */
interface Report<S extends ScriptState> {
	readonly reportedBy: string;
	readonly month: string;
	readonly states: S[];
}

/** Groups states by who reported their status and in which month, in the order first met. */
export function groupReports<S extends ScriptState>(states: readonly S[], { formatMonthYear }: Translator): Report<S>[] {
	const reports: Report<S>[] = [];
	for (const state of states) {
		const reportedBy = state.nlets.reportedBy ?? '';
		const month = formatMonthYear(state.nlets.asOf);
		const report = reports.find((r) => r.reportedBy === reportedBy && r.month === month);
		if (report) report.states.push(state);
		else reports.push({ reportedBy, month, states: [state] });
	}
	return reports;
}

/** "In November 2025, members of Congress, in letters to governors, said that A and B had blocked …". */
function reportSentences<S extends ScriptState>(states: readonly S[], one: 'script.demand.actedOne' | 'script.demand.workingOne', tr: Translator): string[] {
	const many = one === 'script.demand.actedOne' ? 'script.demand.actedMany' : 'script.demand.workingMany';
	return groupReports(states, tr).map((report) =>
		tr.tf(report.states.length === 1 ? one : many, {
			month: report.month,
			reportedBy: report.reportedBy,
			states: tr.joinNames(report.states.map((s) => s.name)),
		}),
	);
}

/**
 * Writes the call script for one state.
 * @param state the state the caller lives in
 * @param states every state record, to name the ones reported as having acted
 * @param sourceIds the bibliography ids the script cites for its own claims
 * @param tr the language to write it in; the records passed must be in the same language
 */
export function buildCallScript(state: ScriptState, states: readonly ScriptState[], sourceIds: ScriptSourceIds, tr: Translator): CallScript {
	const { t, tf } = tr;
	const kind = getScriptKind(state.nlets.status);
	const values = {
		state: state.name,
		official: scriptOfficial(state.code, state.contacts.licensing.answersTo, tr),
		reportedBy: state.nlets.reportedBy ?? '',
		month: tr.formatMonthYear(state.nlets.asOf),
		law: state.nlets.laws.at(-1)?.name ?? '',
	};
	const opening = (key: UiKey) => `${t('script.greeting')} ${tf(key, values)}`;
	// A block on one network leaves the other ways open: where no broker limit is known, ask for one.
	const brokers = state.dataBrokers.status === 'no-known-restriction' ? [tf('script.brokers', values)] : [];

	if (kind === 'thank') {
		const cbp = state.nlets.cbp === 'kept' ? [tf('script.thank.cbp', values)] : [];
		return {
			kind,
			paragraphs: [opening('script.thank.open'), [tf('script.thank.ask', values), ...cbp].join(' '), ...brokers, t('script.thanks')],
			sources: unique(state.nlets.sources),
		};
	}
	if (kind === 'finish') {
		return {
			kind,
			paragraphs: [opening('script.finish.open'), tf('script.finish.ask', values), ...brokers, t('script.thanks')],
			sources: unique([...state.nlets.sources, sourceIds.asks]),
		};
	}
	if (kind === 'carry-out') {
		return {
			kind,
			paragraphs: [opening('script.carryOut.open'), tf('script.carryOut.ask', values), ...brokers, t('script.thanks')],
			sources: unique([...state.nlets.sources, ...state.nlets.laws.flatMap((law) => law.sources), sourceIds.asks]),
		};
	}

	const others = states.filter((other) => other.code !== state.code);
	const blocked = getStatesWithStatus(others, 'blocked');
	const working = getStatesWithStatus(others, 'in-progress');
	const precedent =
		blocked.length > 0
			? [
					...reportSentences(blocked, 'script.demand.actedOne', tr),
					...reportSentences(working, 'script.demand.workingOne', tr),
					tf('script.demand.follow', values),
				]
			: [];
	const courtOrder = state.dmvSharing.status === 'court-order-required' && state.dmvSharing.requires !== undefined;
	return {
		kind,
		paragraphs: [
			opening('script.demand.open'),
			...(precedent.length > 0 ? [precedent.join(' ')] : []),
			...(courtOrder ? [tf('script.demand.courtOrder', { ...values, requires: state.dmvSharing.requires ?? '' })] : []),
			...brokers,
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
