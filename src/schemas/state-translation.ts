import { z } from 'astro/zod';
import { IsoDateSchema, SummarySchema } from './common.ts';
import { DmvSharingSchema, LawSchema, NletsSchema, StateSchema, TimelineEventSchema } from './state.ts';

/** Spanish versions of the English record's text fields: the same limits, described for translators. */
const REQUIRES = DmvSharingSchema.shape.requires.describe(
	'The Spanish for the English record’s dmvSharing.requires: what the law accepts, in words that follow "exige", e.g. "una orden judicial firmada por un juez". Only when the English record has requires.',
);
const REPORTED_BY = NletsSchema.shape.reportedBy.describe(
	'The Spanish for the English record’s nlets.reportedBy, in words that follow "Reportado por", e.g. "miembros del Congreso". Only when the English record has reportedBy.',
);

/** A law's name in Spanish; `year` matches it to the English record's law in the same place. */
export const LawTranslationSchema = z.strictObject({
	year: LawSchema.shape.year.describe('The English record’s year for this law, copied so the two lists line up.'),
	name: LawSchema.shape.name.describe(
		'The name Spanish speakers would use, at most 120 characters, keeping bill and statute numbers and the official English name in parentheses where readers will meet it, e.g. "Ley de la Promesa Santuario (Sanctuary Promise Act, HB 3265)".',
	),
});

const LawsSchema = z
	.array(LawTranslationSchema)
	.default([])
	.describe('One entry for each law of the same way in the English record, in the same order, with the same years.');

const summary = (what: string) => SummarySchema.describe(`The Spanish for the English record’s ${what}.summary, one or two plain sentences.`);

/** One timeline event in Spanish; `date` matches it to the English record's event in the same place. */
export const TimelineEventTranslationSchema = z.strictObject({
	date: IsoDateSchema.describe('The English record’s date for this event (YYYY-MM-DD), copied so the two timelines line up.'),
	event: TimelineEventSchema.shape.event.describe('What happened, in one plain Spanish sentence.'),
});

/**
 * One file in content/states/es/: the Spanish words of one state record, and nothing else. Statuses,
 * dates, sources and contacts stay in the English record, content/states/<code>.yaml, which the data
 * check holds this file to: the same laws and timeline events in the same order, and requires and
 * reportedBy exactly where the English has them.
 */
export const StateTranslationSchema = z.strictObject({
	code: StateSchema.shape.code,
	basedOn: IsoDateSchema.describe(
		'The English record’s lastReviewed when this translation last matched it (YYYY-MM-DD). An older date marks the Spanish text as possibly behind the English.',
	),
	name: z
		.string()
		.trim()
		.min(4)
		.max(40)
		.describe('The state’s name as U.S. Spanish-language news writes it, e.g. "Nueva York", "Oregón"; most states keep their English name.'),
	dmvSharing: z
		.strictObject({ summary: summary('dmvSharing'), requires: REQUIRES, laws: LawsSchema })
		.describe('Way 1, the DMV giving ICE data directly: the Spanish of its summary, requires and law names.'),
	dataBrokers: z
		.strictObject({ summary: summary('dataBrokers'), laws: LawsSchema })
		.describe('Way 2, sale to data brokers: the Spanish of its summary and law names.'),
	nlets: z
		.strictObject({ summary: summary('nlets'), reportedBy: REPORTED_BY, laws: LawsSchema })
		.describe('Way 3, police networks (Nlets): the Spanish of its summary, reportedBy and law names.'),
	timeline: z
		.array(TimelineEventTranslationSchema)
		.default([])
		.describe('One entry for each event of the English record’s timeline, in the same order, with the same dates.'),
});

export type StateTranslation = z.infer<typeof StateTranslationSchema>;

/** Fields of the English record that a translation may not hold: they are facts, not words. */
export const ENGLISH_ONLY_FIELDS = ['status', 'asOf', 'sources', 'hsi', 'cbp', 'effective', 'since', 'licensesForAll', 'lastReviewed', 'contacts'] as const;
