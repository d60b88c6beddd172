/**
 * A state record in Spanish: the record with its words swapped for those of its translation
 * (content/states/es/<code>.yaml), and every status, date, source and contact left as it is. Pure;
 * the data check has already matched each law and timeline event to its translation by place.
 */
import type { StateTranslation } from '../schemas/state-translation.ts';
import type { State } from '../schemas/state.ts';

/** What localizeState reads from a record: the text of the three ways and the timeline, and the name when it has one. */
export type LocalizableState = Pick<State, 'dmvSharing' | 'dataBrokers' | 'nlets' | 'timeline'> & { readonly name?: string };

/** Each entry with its text field taken from the translation's entry in the same place. */
function byPlace<T, K extends keyof T & string>(english: readonly T[], spanish: readonly Partial<Record<K, T[K]>>[], key: K): T[] {
	return english.map((entry, i) => ({ ...entry, [key]: spanish[i]?.[key] ?? entry[key] }));
}

/** The record with the translation's name, summaries, requires, reportedBy, law names and timeline events. */
export function localizeState<T extends LocalizableState>(record: T, translation: StateTranslation): T {
	const { dmvSharing, dataBrokers, nlets } = translation;
	return {
		...record,
		...('name' in record ? { name: translation.name } : {}),
		dmvSharing: {
			...record.dmvSharing,
			summary: dmvSharing.summary,
			...(record.dmvSharing.requires === undefined ? {} : { requires: dmvSharing.requires ?? record.dmvSharing.requires }),
			laws: byPlace(record.dmvSharing.laws, dmvSharing.laws, 'name'),
		},
		dataBrokers: { ...record.dataBrokers, summary: dataBrokers.summary, laws: byPlace(record.dataBrokers.laws, dataBrokers.laws, 'name') },
		nlets: {
			...record.nlets,
			summary: nlets.summary,
			...(record.nlets.reportedBy === undefined ? {} : { reportedBy: nlets.reportedBy ?? record.nlets.reportedBy }),
			laws: byPlace(record.nlets.laws, nlets.laws, 'name'),
		},
		timeline: byPlace(record.timeline, translation.timeline, 'event'),
	};
}

/** True when the English record was reviewed after its translation last matched it, so the Spanish may lag. */
export function translationLags(record: Pick<State, 'lastReviewed'>, translation: Pick<StateTranslation, 'basedOn'>): boolean {
	return translation.basedOn < record.lastReviewed;
}
