/**
 * Who a caller in each state should call: the governor (in DC, the mayor), the office that runs
 * driver licensing, and the legislators. Phone numbers come only from the offices' own pages, as
 * recorded in the state's file with the date they were checked.
 */
import type { Translator } from '../i18n/index.ts';
import type { LICENSING_HEADS } from '../schemas/state.ts';

/** USAGov's list of governors of the states and territories. */
export const USAGOV_GOVERNORS_URL = 'https://www.usa.gov/state-governor';
/** USAGov's lookup of elected officials, including state legislators, by address. */
export const USAGOV_ELECTED_OFFICIALS_URL = 'https://www.usa.gov/elected-officials';

type LicensingHead = (typeof LICENSING_HEADS)[number];

/** One office a caller can reach. */
export interface CallTarget {
	readonly role: 'executive' | 'licensing' | 'legislators';
	/** Who it is, e.g. "Governor" or "Illinois Secretary of State, Driver Services Department". */
	readonly title: string;
	/** The office's own page, or USAGov's lookup for legislators without one. */
	readonly url: string;
	/** True when url is the office's own page rather than a national directory. */
	readonly urlIsDirect: boolean;
	/** A tap-to-call number written 503-378-4582, when the office's own page shows one. */
	readonly phone?: string | undefined;
	/** The date someone read url and its number (YYYY-MM-DD). */
	readonly checked?: string | undefined;
}

/** The parts of a state record the targets read. */
export interface ContactState {
	readonly code: string;
	readonly contacts: {
		readonly governor?: { readonly url: string; readonly phone?: string | undefined; readonly checked: string } | undefined;
		readonly licensing: {
			readonly office: string;
			readonly answersTo: LicensingHead;
			readonly url: string;
			readonly phone?: string | undefined;
			readonly checked: string;
		};
		readonly legislatureLookupUrl?: string | undefined;
	};
}

/** The head of the executive: the Governor, or in DC, the Mayor. */
export function executiveTitle(code: string, { t }: Translator): string {
	return code.toUpperCase() === 'DC' ? t('target.mayor') : t('target.governor');
}

/** True where an official the governor does not appoint runs driver licensing. */
export function runsApart(answersTo: LicensingHead): answersTo is 'secretary-of-state' | 'attorney-general' {
	return answersTo === 'secretary-of-state' || answersTo === 'attorney-general';
}

/**
 * Whom the call script addresses: the office that decides what the DMV shares. That is the
 * executive, except where a Secretary of State or Attorney General whom the governor does not
 * appoint runs licensing.
 */
export function scriptOfficial(code: string, answersTo: LicensingHead, tr: Translator): string {
	if (answersTo === 'secretary-of-state') return tr.t('target.secretaryOfState');
	if (answersTo === 'attorney-general') return tr.t('target.attorneyGeneral');
	return executiveTitle(code, tr);
}

/** Who to call in a state, the office the script addresses first, then the other, then the legislators. */
export function getCallTargets(state: ContactState, tr: Translator): CallTarget[] {
	const { governor, licensing, legislatureLookupUrl } = state.contacts;
	// A title heads its entry, so it starts with a capital even where the language writes it in lower case mid-sentence.
	const heading = (title: string) => title.charAt(0).toLocaleUpperCase(tr.intl) + title.slice(1);
	const executive: CallTarget = governor
		? { role: 'executive', title: heading(executiveTitle(state.code, tr)), url: governor.url, urlIsDirect: true, ...phoneOf(governor) }
		: { role: 'executive', title: heading(executiveTitle(state.code, tr)), url: USAGOV_GOVERNORS_URL, urlIsDirect: false };
	const office: CallTarget = { role: 'licensing', title: licensing.office, url: licensing.url, urlIsDirect: true, ...phoneOf(licensing) };
	const legislators: CallTarget = {
		role: 'legislators',
		title: state.code.toUpperCase() === 'DC' ? tr.t('target.council') : tr.t('target.legislators'),
		url: legislatureLookupUrl ?? USAGOV_ELECTED_OFFICIALS_URL,
		urlIsDirect: legislatureLookupUrl !== undefined,
	};
	const offices = runsApart(licensing.answersTo) ? [office, executive] : [executive, office];
	return [...offices, legislators];
}

function phoneOf(contact: { readonly phone?: string | undefined; readonly checked: string }) {
	return { phone: contact.phone, checked: contact.checked };
}

/** A number written 503-378-4582 as a tel: link with the country code. */
export function telHref(phone: string): string {
	return `tel:+1${phone.replace(/\D/g, '')}`;
}

/** A number as a link shows it: with non-breaking hyphens, so it never breaks across lines. */
export function displayPhone(phone: string): string {
	return phone.replace(/-/g, '\u2011');
}
