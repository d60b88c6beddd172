/**
 * The status vocabularies for the three ways ICE gets DMV data, plus the licensing context.
 * Each status carries the site's words for it and how the map draws it. The schemas, the map,
 * the legend, the table, the search filters and the call scripts all read from here.
 */

export const NLETS_STATUSES = ['blocked', 'in-progress', 'required-by-law', 'no-known-restriction'] as const;
export const DMV_SHARING_STATUSES = ['court-order-required', 'partial', 'no-known-restriction'] as const;
export const DATA_BROKER_STATUSES = ['sale-to-enforcers-barred', 'buyers-certify', 'partial', 'no-known-restriction'] as const;
export const LICENSE_STATUSES = ['yes', 'no'] as const;

export type NletsStatus = (typeof NLETS_STATUSES)[number];
export type DmvSharingStatus = (typeof DMV_SHARING_STATUSES)[number];
export type DataBrokerStatus = (typeof DATA_BROKER_STATUSES)[number];
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

/** The record fields that hold a status, in the order pages show them. */
export const WAYS = ['nlets', 'dmvSharing', 'dataBrokers', 'licensesForAll'] as const;
export type Way = (typeof WAYS)[number];

/** The ways the map can colour states by, in the order of its layer switcher; the first is the default. */
export const MAP_LAYERS = ['nlets', 'dmvSharing', 'dataBrokers', 'licensesForAll'] as const satisfies readonly Way[];
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * How a status reads without colour: solid for a limit in place, hatched for a partial or unfinished
 * one, plain for none found. Forced-colors mode and grayscale print draw these three, so no status
 * relies on colour alone.
 */
export const TONES = ['strong', 'partial', 'none'] as const;
export type Tone = (typeof TONES)[number];

/** How the map fills a status. */
export interface LevelStyle {
	/** Fill colour (hex), the same on the light and the dark theme. */
	readonly fill: string;
	/** The tone; `partial` is drawn with diagonal hatching over the fill. */
	readonly tone: Tone;
}

export interface Level<S extends string> {
	readonly status: S;
	/** Short label in the site's words, e.g. "Blocked". */
	readonly label: string;
	/** One sentence saying what the status means, for the legend and the data dictionary. */
	readonly description: string;
	/** True when the status claims the state did something (a block, a law, a licence policy); such a claim must cite a source. */
	readonly needsSource: boolean;
	readonly style: LevelStyle;
}

// The one map palette. Blue for "limits ICE", orange for licensing, neutral grey for "none found":
// blue and orange stay apart for every common colour-vision deficiency. Every fill keeps at least
// 3:1 against both themes' page background, which is also the colour of the state borders, and
// against both themes' focus ring (tests/unit/palette.test.ts checks this against tokens.css).
// That band is narrow, so one fill serves both themes.
/** The map's colours by hue; the statuses below and the Nlets chart take theirs from here. */
export const PALETTE = { blue: '#2166ac', lightBlue: '#5e8fcf', orange: '#b35806', grey: '#8c8c8c' } as const;

const BLUE: LevelStyle = { fill: PALETTE.blue, tone: 'strong' };
const BLUE_HATCHED: LevelStyle = { fill: PALETTE.lightBlue, tone: 'partial' };
const ORANGE: LevelStyle = { fill: PALETTE.orange, tone: 'strong' };
const GREY: LevelStyle = { fill: PALETTE.grey, tone: 'none' };

export const NLETS_LEVELS: readonly Level<NletsStatus>[] = [
	{
		status: 'blocked',
		label: 'Reported blocked',
		description:
			'Members of Congress or state officials have reported that the state cut off ICE’s access to its DMV data through Nlets. The record says who reported it and when. ICE’s investigations arm HSI and Customs and Border Protection may keep access unless a source says otherwise, and the other two ways remain.',
		needsSource: true,
		style: BLUE,
	},
	{
		status: 'in-progress',
		label: 'Block reported in progress',
		description: 'The state was reported to be cutting off ICE’s Nlets access, and we found no report that the block is finished.',
		needsSource: true,
		style: BLUE_HATCHED,
	},
	{
		status: 'required-by-law',
		label: 'Required by law',
		description:
			'A state law in force requires the state’s police network to keep immigration enforcement out without a warrant, and we found no report that the block has been carried out.',
		needsSource: true,
		style: BLUE_HATCHED,
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description: 'We found no public record that the state limits ICE’s Nlets access. That is not proof that no limit exists.',
		needsSource: false,
		style: GREY,
	},
];

export const DMV_SHARING_LEVELS: readonly Level<DmvSharingStatus>[] = [
	{
		status: 'court-order-required',
		label: 'Court order required',
		description:
			'A state law or binding settlement bars the DMV from giving ICE data for immigration enforcement unless a court has issued a warrant, order or subpoena, or another law requires it.',
		needsSource: true,
		style: BLUE,
	},
	{
		status: 'partial',
		label: 'Partly limited',
		description: 'A state law limits what the DMV may give ICE, but only for some data, such as photos or immigration status.',
		needsSource: true,
		style: BLUE_HATCHED,
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description: 'We found no state law or settlement that limits the DMV’s sharing with ICE. That is not proof that none exists.',
		needsSource: false,
		style: GREY,
	},
];

export const DATA_BROKER_LEVELS: readonly Level<DataBrokerStatus>[] = [
	{
		status: 'sale-to-enforcers-barred',
		label: 'Sale to immigration enforcers barred',
		description:
			'A state law bars selling personal data, DMV records among it, to agencies that carry out immigration enforcement, except with a warrant or court order. It does not reach data sold before, or data brokers gather from other sources.',
		needsSource: true,
		style: BLUE,
	},
	{
		status: 'buyers-certify',
		label: 'Buyers must certify no immigration use',
		description:
			'A state law makes those who buy or receive the state’s DMV records promise in writing not to use or pass them on for immigration enforcement. The state has to detect a broken promise, and brokers’ other sources are not covered.',
		needsSource: true,
		style: BLUE,
	},
	{
		status: 'partial',
		label: 'Partly limited',
		description: 'A state law limits the sale or resale of DMV data for immigration enforcement, but only for some data or some buyers.',
		needsSource: true,
		style: BLUE_HATCHED,
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description:
			'We found no state rule that stops the state’s DMV data from reaching ICE through data brokers. That is not proof that none exists.',
		needsSource: false,
		style: GREY,
	},
];

export const LICENSE_LEVELS: readonly Level<LicenseStatus>[] = [
	{
		status: 'yes',
		label: 'Licenses for all',
		description: 'The state issues driver’s licenses to residents regardless of immigration status.',
		needsSource: true,
		style: ORANGE,
	},
	{
		status: 'no',
		label: 'Not for all',
		description: 'The state does not issue driver’s licenses regardless of immigration status.',
		needsSource: false,
		style: GREY,
	},
];

/** Every way's levels, keyed by the record field that holds the status. */
export const LEVELS = {
	nlets: NLETS_LEVELS,
	dmvSharing: DMV_SHARING_LEVELS,
	dataBrokers: DATA_BROKER_LEVELS,
	licensesForAll: LICENSE_LEVELS,
} as const;

/** Looks up a status's level; throws for a status outside the vocabulary, which validation already rules out. */
export function getLevel<W extends Way>(way: W, status: string): (typeof LEVELS)[W][number] {
	const level = LEVELS[way].find((l) => l.status === status);
	if (!level) throw new Error(`Unknown ${way} status "${status}"`);
	return level as (typeof LEVELS)[W][number];
}
