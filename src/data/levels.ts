import { getWayIdentity, type ThemedColour } from './ways.ts';

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

/** The record fields that hold a status: the three ways in the site's order (see ways.ts), then the licensing context. */
export const WAYS = ['dmvSharing', 'dataBrokers', 'nlets', 'licensesForAll'] as const;
export type Way = (typeof WAYS)[number];

/** The ways the map can colour states by, in the order of its layer switcher. */
export const MAP_LAYERS = WAYS;
export type MapLayer = (typeof MAP_LAYERS)[number];
/** The layer a map shows first: police networks, where the news is. */
export const DEFAULT_MAP_LAYER: MapLayer = 'nlets';

/**
 * How a status reads without colour: solid for a limit in place (a lighter solid for a second kind
 * of limit on the same way), hatched for a partial or unfinished one, dotted for one a law requires
 * but nobody has reported carried out, plain for none found. Forced-colors mode and grayscale print
 * draw these, so no status relies on colour alone.
 */
export const TONES = ['strong', 'second', 'partial', 'pending', 'none'] as const;
export type Tone = (typeof TONES)[number];

/** How the map fills a status: a colour for each theme, and the tone that draws it. */
export interface LevelStyle {
	/** The solid fill, or the colour of the hatch's stripes or the dots, on each theme. */
	readonly fill: ThemedColour;
	readonly tone: Tone;
}

export interface Level<S extends string> {
	readonly status: S;
	/** Short label in the site's words, e.g. "Reported blocked". */
	readonly label: string;
	/** One sentence saying what the status means, for the legend and the data dictionary. */
	readonly description: string;
	/** True when the status claims the state did something (a block, a law, a licence policy); such a claim must cite a source. */
	readonly needsSource: boolean;
	readonly style: LevelStyle;
}

// The map palette. "No known restriction" recedes as a light neutral, and the state borders give
// every shape 3:1 against the page; a limit in place takes its way's hue (ways.ts). Each theme has
// its own fills, chosen for its page (tests/unit/palette.test.ts checks contrast and colour vision).
/** The fill of "no known restriction", and the ground under hatching and dots. */
export const NONE_FILL: ThemedColour = { light: '#e6e6e6', dark: '#333333' };
/** The state borders. */
export const MAP_BORDER: ThemedColour = { light: '#6b6b6b', dark: '#9a9a9a' };
/** A second shade of the data-broker hue, so its two kinds of limit stay apart. */
const BROKER_SECOND: ThemedColour = { light: '#a062bf', dark: '#9e6cc2' };

const hue = (way: Way): ThemedColour => getWayIdentity(way).hue;
const style = (way: Way, tone: Tone): LevelStyle => ({ fill: tone === 'none' ? NONE_FILL : hue(way), tone });

export const NLETS_LEVELS: readonly Level<NletsStatus>[] = [
	{
		status: 'blocked',
		label: 'Reported blocked',
		description:
			'Members of Congress or state officials have reported that the state cut off ICE’s access to its DMV data through Nlets. The record says who reported it and when. ICE’s investigations arm HSI and Customs and Border Protection may keep access unless a source says otherwise, and the other two ways remain.',
		needsSource: true,
		style: style('nlets', 'strong'),
	},
	{
		status: 'in-progress',
		label: 'Block reported in progress',
		description: 'The state was reported to be cutting off ICE’s Nlets access, and we found no report that the block is finished.',
		needsSource: true,
		style: style('nlets', 'partial'),
	},
	{
		status: 'required-by-law',
		label: 'Required by law',
		description:
			'A state law in force requires the state’s police network to keep immigration enforcement out without a warrant, and we found no report that the block has been carried out.',
		needsSource: true,
		style: style('nlets', 'pending'),
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description: 'We found no public record that the state limits ICE’s Nlets access. That is not proof that no limit exists.',
		needsSource: false,
		style: style('nlets', 'none'),
	},
];

export const DMV_SHARING_LEVELS: readonly Level<DmvSharingStatus>[] = [
	{
		status: 'court-order-required',
		label: 'Court order required',
		description:
			'A state law or binding settlement bars the DMV from giving ICE data for immigration enforcement unless a court has issued a warrant, order or subpoena, or another law requires it.',
		needsSource: true,
		style: style('dmvSharing', 'strong'),
	},
	{
		status: 'partial',
		label: 'Partly limited',
		description: 'A state law limits what the DMV may give ICE, but only for some data, such as photos or immigration status.',
		needsSource: true,
		style: style('dmvSharing', 'partial'),
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description: 'We found no state law or settlement that limits the DMV’s sharing with ICE. That is not proof that none exists.',
		needsSource: false,
		style: style('dmvSharing', 'none'),
	},
];

export const DATA_BROKER_LEVELS: readonly Level<DataBrokerStatus>[] = [
	{
		status: 'sale-to-enforcers-barred',
		label: 'Sale to immigration enforcers barred',
		description:
			'A state law bars selling personal data, DMV records among it, to agencies that carry out immigration enforcement, except with a warrant or court order. It does not reach data sold before, or data brokers gather from other sources.',
		needsSource: true,
		style: style('dataBrokers', 'strong'),
	},
	{
		status: 'buyers-certify',
		label: 'Buyers must certify no immigration use',
		description:
			'A state law makes those who buy or receive the state’s DMV records promise in writing not to use or pass them on for immigration enforcement. The state has to detect a broken promise, and brokers’ other sources are not covered.',
		needsSource: true,
		style: { fill: BROKER_SECOND, tone: 'second' },
	},
	{
		status: 'partial',
		label: 'Partly limited',
		description: 'A state law limits the sale or resale of DMV data for immigration enforcement, but only for some data or some buyers.',
		needsSource: true,
		style: style('dataBrokers', 'partial'),
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description:
			'We found no state rule that stops the state’s DMV data from reaching ICE through data brokers. That is not proof that none exists.',
		needsSource: false,
		style: style('dataBrokers', 'none'),
	},
];

export const LICENSE_LEVELS: readonly Level<LicenseStatus>[] = [
	{
		status: 'yes',
		label: 'Licenses for all',
		description: 'The state issues driver’s licenses to residents regardless of immigration status.',
		needsSource: true,
		style: style('licensesForAll', 'strong'),
	},
	{
		status: 'no',
		label: 'Not for all',
		description: 'The state does not issue driver’s licenses regardless of immigration status.',
		needsSource: false,
		style: style('licensesForAll', 'none'),
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

/** What each tone means on any way, for the key of the "all three ways" grid, in the order the key lists them. */
export const TONE_KEY: readonly { readonly tone: Tone; readonly label: string }[] = [
	{ tone: 'strong', label: 'A limit in place' },
	{ tone: 'second', label: 'A second kind of limit: buyers must certify (data brokers only)' },
	{ tone: 'partial', label: 'Partly limited, or a block reported in progress' },
	{ tone: 'pending', label: 'Required by law, not yet reported carried out' },
	{ tone: 'none', label: 'No known restriction' },
];
