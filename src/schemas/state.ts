import { z } from 'astro/zod';
import {
	DATA_BROKER_STATUSES,
	DMV_SHARING_STATUSES,
	LEVELS,
	getLevel,
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

const asOf = IsoDateSchema.describe(
	'The date of the newest source that shows this status (YYYY-MM-DD); for "no-known-restriction", the date of the review that found none. Never a law’s date: laws carry their own.',
);

/** A state law, executive order or binding settlement behind a status. */
export const LawSchema = z.strictObject({
	name: z
		.string()
		.trim()
		.min(3)
		.max(120, { error: 'is longer than 120 characters. Fix: give the name people know the law by, with its bill or statute number' })
		.describe('The law’s name as people know it, with its bill or statute number, at most 120 characters, e.g. "Keep Washington Working Act (SB 5497)".'),
	year: z
		.int()
		.min(1900)
		.refine((year) => year <= Number(todayIso().slice(0, 4)), { error: 'is in the future. Fix: use the year it was enacted' })
		.describe('The year it was enacted or signed.'),
	effective: IsoDateSchema.optional().describe('Optional. The date the relevant part took effect (YYYY-MM-DD), when a source gives it.'),
	sources: z.array(SourceIdSchema).min(1, { error: 'is empty. Fix: cite the law’s text or a report of it' }).describe(
		'Ids of sources for the law: the statute or bill page first.',
	),
});

const LawsSchema = z.array(LawSchema).default([]).describe('The state laws, orders or settlements behind the status, oldest first.');

/** What sources say about the parts of DHS that a block on ICE may not reach. */
const AGENCY_ACCESS = ['not-reported', 'kept', 'cut-off'] as const;
const agencyAccess = (agency: string) =>
	z
		.enum(AGENCY_ACCESS, { error: `is not a ${agency} access value. Fix: use one of: ${AGENCY_ACCESS.join(', ')}` })
		.default('not-reported')
		.describe(
			`What the sources say about ${agency}'s access after the block: not-reported (the default: no source says), kept, or cut-off. Only kept or cut-off with a source in this way's sources.`,
		);

/** Who reported a status that claims the state acted, e.g. "members of Congress" or "Washington state officials". */
const reportedBy = z
	.string()
	.trim()
	.min(3)
	.max(120, { error: 'is longer than 120 characters. Fix: name who reported it in a few words' })
	.optional()
	.describe(
		'Who reported the status, in a few words that follow "Reported by", e.g. "members of Congress" or "Washington state officials". Required for blocked, in-progress and required-by-law.',
	);

/** Way 3: ICE querying the state's DMV data over Nlets. */
export const NletsSchema = z
	.strictObject({
		status: statusSchema(NLETS_STATUSES, 'Nlets'),
		asOf,
		reportedBy,
		hsi: agencyAccess('HSI, ICE’s investigations arm'),
		cbp: agencyAccess('Customs and Border Protection (CBP)'),
		summary: SummarySchema.describe('One or two plain sentences on ICE’s Nlets access to this state’s DMV data: who reported what, and when.'),
		sources: SourcesSchema,
		laws: LawsSchema,
	})
	.superRefine(requireSourceForClaims('nlets'))
	.superRefine((entry, ctx) => {
		const claim = getLevel('nlets', entry.status).needsSource;
		if (claim === (entry.reportedBy !== undefined)) return;
		ctx.addIssue({
			code: 'custom',
			path: ['reportedBy'],
			input: entry.reportedBy,
			message: claim
				? `is missing, but status "${entry.status}" says the state acted. Fix: name who reported it, e.g. reportedBy: members of Congress`
				: `is only for a status that says the state acted, not "${entry.status}". Fix: delete it`,
		});
	});

/** Way 1: the DMV handing data to ICE directly. */
export const DmvSharingSchema = z
	.strictObject({
		status: statusSchema(DMV_SHARING_STATUSES, 'DMV-sharing'),
		asOf,
		requires: z
			.string()
			.trim()
			.min(3)
			.max(80, { error: 'is longer than 80 characters. Fix: name the court papers in a few words' })
			.optional()
			.describe(
				'For court-order-required only: what the law accepts, in words that follow "requires", e.g. "a warrant, court order or court-issued subpoena". The call script says it.',
			),
		summary: SummarySchema.describe('One or two plain sentences on what the DMV may give ICE directly.'),
		sources: SourcesSchema,
		laws: LawsSchema,
	})
	.superRefine(requireSourceForClaims('dmvSharing'))
	.superRefine((entry, ctx) => {
		const needed = entry.status === 'court-order-required';
		if (needed === (entry.requires !== undefined)) return;
		ctx.addIssue({
			code: 'custom',
			path: ['requires'],
			input: entry.requires,
			message: needed
				? 'is missing, but status "court-order-required" needs it. Fix: say what the law accepts, e.g. requires: a warrant, court order or court-issued subpoena'
				: `is only for status "court-order-required", not "${entry.status}". Fix: delete it`,
		});
	});

/** Way 2: the state selling DMV data to brokers who resell it to ICE. */
export const DataBrokersSchema = z
	.strictObject({
		status: statusSchema(DATA_BROKER_STATUSES, 'data-broker'),
		asOf,
		summary: SummarySchema.describe('One or two plain sentences on the state’s sale of DMV data and any limit on its reaching immigration enforcement.'),
		sources: SourcesSchema,
		laws: LawsSchema,
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

/** A US phone number as the office prints it, written 503-378-4582 (ten digits, area code first). */
export const PhoneSchema = z
	.string()
	.regex(/^[2-9]\d{2}-[2-9]\d{2}-\d{4}$/, {
		error: 'is not a phone number written like 503-378-4582. Fix: write the ten digits as 3-3-4 with hyphens, no +1, brackets or extension',
	})
	.describe('The office’s main phone number, written 503-378-4582, copied from the page at url.');

/**
 * The few offices whose own site is not on .gov or .us, each with the evidence that it is theirs.
 * Add one only with such evidence, in the research log and here.
 */
export const OFFICIAL_OTHER_HOSTS: readonly string[] = [
	// South Carolina DMV: its own pages say so and take payments through SC.GOV (content/research/2026-11-sweep.md, SC).
	'www.scdmvonline.com',
];

/** An office's own page: https on a .gov or .us host (or a listed official host), so no number comes from an unofficial directory. */
export const OfficialUrlSchema = SourceUrlSchema.refine(
	(value) => {
		if (!URL.canParse(value)) return true;
		const host = new URL(value).hostname;
		return /\.(gov|us)$/.test(host) || OFFICIAL_OTHER_HOSTS.includes(host);
	},
	{ error: 'is not on a .gov or .us site. Fix: link the office’s own page, never a directory or news site (an official site elsewhere must be added to OFFICIAL_OTHER_HOSTS in src/schemas/state.ts, with evidence)' },
).describe(
	'The office’s own page (https, on a .gov or .us host): its contact page where one could be read, else its home page. When phone is given, the page that shows it.',
);

const contactFields = {
	url: OfficialUrlSchema,
	phone: PhoneSchema.optional().describe(
		'Optional. The main phone number shown on the page at url. Leave it out when the office’s own site shows none, and say so in the research log.',
	),
	checked: IsoDateSchema.describe('The date someone last opened url and read the number there (YYYY-MM-DD).'),
};

/** The governor's office (for DC, the mayor's). */
export const GovernorContactSchema = z.strictObject(contactFields);

/** Who appoints the head of the office that runs driver licensing. */
export const LICENSING_HEADS = ['governor', 'secretary-of-state', 'attorney-general', 'mayor'] as const;

/** The office that runs driver licensing. */
export const LicensingContactSchema = z.strictObject({
	office: z
		.string()
		.trim()
		.min(3)
		.max(120)
		.describe('The office’s own name, e.g. "Oregon Department of Transportation, Driver and Motor Vehicle Services".'),
	answersTo: z
		.enum(LICENSING_HEADS, { error: `is not who runs the office. Fix: use one of: ${LICENSING_HEADS.join(', ')}` })
		.describe(
			'Who runs the office: governor (its head is appointed by the governor), secretary-of-state or attorney-general (one not appointed by the governor runs it), or mayor (DC, or a county where counties issue licenses).',
		),
	...contactFields,
});

/** Where a caller reaches the people who decide. */
export const ContactsSchema = z.strictObject({
	governor: GovernorContactSchema.optional().describe(
		'Optional. The governor’s office (in DC, the mayor’s), from its own site; without it the state page links to USAGov’s list of governors.',
	),
	licensing: LicensingContactSchema.describe('The office that runs driver licensing, from its own site.'),
	legislatureLookupUrl: SourceUrlSchema.optional().describe(
		'Optional. The legislature’s official "find your legislator" page (https). Without it the state page links to USAGov’s lookup.',
	),
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
	lastReviewed: IsoDateSchema.describe(
		'The date of the last review that searched for what changed up to that day, on all three ways, and logged it in content/research/ (YYYY-MM-DD).',
	),
	contacts: ContactsSchema.describe('Who to call, with official pages and phone numbers, each with the date it was checked.'),
});

export type State = z.infer<typeof StateSchema>;
export type StateInput = z.input<typeof StateSchema>;
