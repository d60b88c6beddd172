/**
 * Who a caller in each state should call, and where to find them. Only links to official
 * directories are kept here: phone numbers go stale, so the site never stores them.
 */
import { t } from '../i18n/en.ts';

/** USAGov's list of governors of the states and territories. */
export const USAGOV_GOVERNORS_URL = 'https://www.usa.gov/state-governor';
/** USAGov's lookup of elected officials, including state legislators, by address. */
export const USAGOV_ELECTED_OFFICIALS_URL = 'https://www.usa.gov/elected-officials';

/** The people to call in one state, with official links. */
export interface CallTargets {
	/** The head of the executive: "Governor", or in DC, "Mayor". */
	readonly official: string;
	/** Where to reach the official's office. */
	readonly officialUrl: string;
	/** True when officialUrl is the state's own page rather than a national directory. */
	readonly officialUrlIsDirect: boolean;
	/** Who writes the state's laws, e.g. "state legislators"; in DC, "D.C. Council members". */
	readonly legislators: string;
	readonly legislatorsUrl: string;
	readonly legislatorsUrlIsDirect: boolean;
}

/** Links a contributor may keep in a state's record; see the governor and legislature fields of the schema. */
export interface ContactLinks {
	readonly governor?: { readonly contactUrl: string } | undefined;
	readonly legislature?: { readonly lookupUrl: string } | undefined;
}

// DC has no governor or legislature: its mayor and council do those jobs, and USAGov's
// directories of governors and state legislators do not cover them.
const DC_TARGETS: CallTargets = {
	official: t('target.mayor'),
	officialUrl: 'https://mayor.dc.gov/',
	officialUrlIsDirect: true,
	legislators: t('target.council'),
	legislatorsUrl: 'https://dccouncil.gov/councilmembers/',
	legislatorsUrlIsDirect: true,
};

/** Who to call in a state, preferring the record's own links over the national directories. */
export function getCallTargets(code: string, links: ContactLinks = {}): CallTargets {
	const base: CallTargets =
		code.toUpperCase() === 'DC'
			? DC_TARGETS
			: {
					official: t('target.governor'),
					officialUrl: USAGOV_GOVERNORS_URL,
					officialUrlIsDirect: false,
					legislators: t('target.legislators'),
					legislatorsUrl: USAGOV_ELECTED_OFFICIALS_URL,
					legislatorsUrlIsDirect: false,
				};
	return {
		...base,
		...(links.governor ? { officialUrl: links.governor.contactUrl, officialUrlIsDirect: true } : {}),
		...(links.legislature ? { legislatorsUrl: links.legislature.lookupUrl, legislatorsUrlIsDirect: true } : {}),
	};
}
