import { z } from 'astro/zod';
import {
	DATA_BROKER_STATUSES,
	DMV_SHARING_STATUSES,
	LEVELS,
	LICENSE_STATUSES,
	NLETS_STATUSES,
	type Way,
} from '../data/levels.ts';
import { STATE_CODES } from '../data/us-states.ts';
import { IsoDateSchema, SourceIdSchema, SourceUrlSchema, SummarySchema, todayIso } from './common.ts';

const SourcesSchema = z
	.array(SourceIdSchema)
	.describe('Ids of the sources in content/sources.yaml that show this, e.g. [wyden-nlets-release-2025].');

/** Fails a status that claims something the state did when it cites no source. */
function requireSourceForClaims(way: Way) {
	return (entry: { status: string; sources: string[] }, ctx: z.core.$RefinementCtx) => {
		const level = LEVELS[way].find((l) => l.status === entry.status);
		if (level?.needsSource && entry.sources.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				input: entry.sources,
				message: `is empty, but status "${entry.status}" is a claim. Fix: add the id of a source from content/sources.yaml that shows it`,
			});
		}
	};
}

function statusSchema<const T extends readonly [string, ...string[]]>(statuses: T, what: string) {
	return z
		.enum(statuses, { error: `is not a ${what} status. Fix: use one of: ${statuses.join(', ')}` })
		.describe(`The ${what} status, one of: ${statuses.join(', ')}. See src/data/levels.ts for what each means.`);
}

const asOf = IsoDateSchema.describe('The date this status was last known to be true (YYYY-MM-DD).');

/** Way 3: ICE querying the state's DMV data over Nlets. */
export const NletsSchema = z
	.strictObject({
		status: statusSchema(NLETS_STATUSES, 'Nlets'),
		asOf,
		summary: SummarySchema.describe('One or two plain sentences on ICE’s Nlets access to this state’s DMV data.'),
		sources: SourcesSchema,
	})
	.superRefine(requireSourceForClaims('nlets'));

/** A state law (or binding settlement) that limits DMV sharing with immigration enforcement. */
export const LawSchema = z.strictObject({
	name: z.string().trim().min(3).max(120, { error: 'is longer than 120 characters. Fix: give the name people know the law by, with its bill or statute number' }).describe('The law’s name as people know it, at most 120 characters, e.g. "Keep Washington Working Act (SB 5497)".'),
	year: z
		.int()
		.min(1900)
		.refine((year) => year <= Number(todayIso().slice(0, 4)), { error: 'is in the future. Fix: use the year it was enacted' })
		.describe('The year it was enacted or signed.'),
	sources: z.array(SourceIdSchema).min(1, { error: 'is empty. Fix: cite the law’s text or a report of it' }).describe(
		'Ids of sources for the law.',
	),
});

/** Way 1: the DMV handing data to ICE directly. */
export const DmvSharingSchema = z
	.strictObject({
		status: statusSchema(DMV_SHARING_STATUSES, 'DMV-sharing'),
		asOf,
		summary: SummarySchema.describe('One or two plain sentences on what the DMV may give ICE directly.'),
		sources: SourcesSchema,
		laws: z.array(LawSchema).default([]).describe('The state laws or settlements behind the status, oldest first.'),
	})
	.superRefine(requireSourceForClaims('dmvSharing'));

/** Way 2: the state selling DMV data to brokers who resell it to ICE. */
export const DataBrokersSchema = z
	.strictObject({
		status: statusSchema(DATA_BROKER_STATUSES, 'data-broker'),
		asOf,
		summary: SummarySchema.describe('One or two plain sentences on the state’s sale of DMV data and any limit on resale to ICE.'),
		sources: SourcesSchema,
	})
	.superRefine(requireSourceForClaims('dataBrokers'));

/** Context: whether the state licenses residents regardless of immigration status. */
export const LicensesForAllSchema = z
	.strictObject({
		status: statusSchema(LICENSE_STATUSES, 'licenses-for-all'),
		since: z
			.int()
			.min(1900)
			.nullable()
			.describe('Year the state began issuing licenses regardless of status, or null if unknown or "no".'),
		sources: SourcesSchema,
	})
	.superRefine(requireSourceForClaims('licensesForAll'));

/** One dated event in the state's history on this issue. */
export const TimelineEventSchema = z.strictObject({
	date: IsoDateSchema.describe('When it happened (YYYY-MM-DD).'),
	event: z.string().trim().min(10).max(300).describe('What happened, in one plain sentence.'),
	sources: z.array(SourceIdSchema).min(1, { error: 'is empty. Fix: cite a source for this event' }).describe(
		'Ids of the sources for this event.',
	),
});

/** Optional: a link to the governor's own contact page, for contributors who keep it current. */
export const GovernorSchema = z.strictObject({
	contactUrl: SourceUrlSchema.describe(
		'The official contact page of the governor (or, for DC, the mayor), e.g. the web form on the governor’s own site. https only. Never store phone numbers: they go stale.',
	),
});

/** Optional: a link to the legislature's own "find your legislator" page. */
export const LegislatureSchema = z.strictObject({
	lookupUrl: SourceUrlSchema.describe('The legislature’s official "find your legislator" page (https).'),
});

/** One file in content/states/: everything the site says about one state or DC. */
export const StateSchema = z.strictObject({
	code: z
		.enum(STATE_CODES as [string, ...string[]], {
			error: 'is not the USPS code of a state or DC. Fix: use the upper-case code, e.g. OR, matching the file name',
		})
		.describe('Upper-case USPS code of the state or DC; it must match the file name (or.yaml holds OR).'),
	nlets: NletsSchema.describe('Way 3: ICE querying this state’s DMV data through the Nlets police network.'),
	dmvSharing: DmvSharingSchema.describe('Way 1: the DMV giving ICE data directly.'),
	dataBrokers: DataBrokersSchema.describe('Way 2: the state selling DMV data to brokers who resell it to ICE.'),
	licensesForAll: LicensesForAllSchema.describe('Context: whether the state licenses drivers regardless of immigration status.'),
	timeline: z.array(TimelineEventSchema).default([]).describe('Dated events, each sourced, oldest first.'),
	lastReviewed: IsoDateSchema.describe('The date someone last checked this whole file against its sources (YYYY-MM-DD).'),
	governor: GovernorSchema.optional().describe(
		'Optional. Where readers can contact the governor; without it the state page links to USAGov’s list of governors.',
	),
	legislature: LegislatureSchema.optional().describe(
		'Optional. Where readers can find their state legislators; without it the state page links to USAGov’s lookup.',
	),
});

export type State = z.infer<typeof StateSchema>;
export type StateInput = z.input<typeof StateSchema>;
