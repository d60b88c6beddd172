/**
 * The words that date a status and qualify a block: who reported it and when, or when our review
 * found nothing, and what the sources say about the parts of DHS a block on ICE may not reach. A
 * status date is never a law's date: laws carry their own. Pure: no astro imports.
 */
import type { Translator } from '../i18n/index.ts';
import { getLevel, type Way } from './levels.ts';

/** The dated line under a status, e.g. "Reported by members of Congress, November 12, 2025". */
export function statusDateNote(
	way: Exclude<Way, 'licensesForAll'>,
	record: { status: string; asOf: string; reportedBy?: string | undefined },
	{ tf, formatDate }: Translator,
): string {
	const date = formatDate(record.asOf);
	if (!getLevel(way, record.status).needsSource) return tf('state.noneFound', { date });
	if (record.status === 'required-by-law') return tf('state.requiredAsOf', { date });
	if (record.reportedBy !== undefined) return tf('state.reportedBy', { reportedBy: record.reportedBy, date });
	return tf('state.asOf', { date });
}

/**
 * What a reader should know about a reported block beyond ICE itself: HSI and CBP may keep access
 * unless a source says otherwise.
 */
export function describeAgencies(nlets: { hsi: 'not-reported' | 'kept' | 'cut-off'; cbp: 'not-reported' | 'kept' | 'cut-off' }, { t }: Translator): string {
	const said = (agency: 'hsi' | 'cbp') => (nlets[agency] === 'not-reported' ? [] : [t(`agencies.${agency}.${nlets[agency]}`)]);
	const unknown = (['hsi', 'cbp'] as const).filter((agency) => nlets[agency] === 'not-reported');
	const rest = unknown.length === 0 ? [] : [t(unknown.length === 2 ? 'agencies.bothUnknown' : `agencies.${unknown[0] ?? 'hsi'}.unknown`)];
	return [...said('hsi'), ...said('cbp'), ...rest, t('agencies.otherWays')].join(' ');
}
