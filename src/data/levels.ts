/**
 * The status vocabularies for the three ways ICE gets DMV data, plus the licensing context.
 * Each status carries the site's words for it and how the map draws it. The schemas, the map,
 * the legend, the table, the search filters and the call scripts all read from here.
 */

export const NLETS_STATUSES = ['blocked', 'in-progress', 'no-known-restriction'] as const;
export const DMV_SHARING_STATUSES = ['court-order-required', 'partial', 'none-found'] as const;
export const DATA_BROKER_STATUSES = ['restricted', 'unknown'] as const;
export const LICENSE_STATUSES = ['yes', 'no'] as const;

export type NletsStatus = (typeof NLETS_STATUSES)[number];
export type DmvSharingStatus = (typeof DMV_SHARING_STATUSES)[number];
export type DataBrokerStatus = (typeof DATA_BROKER_STATUSES)[number];
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

/** The record fields that hold a status, in the order pages show them. */
export const WAYS = ['nlets', 'dmvSharing', 'dataBrokers', 'licensesForAll'] as const;
export type Way = (typeof WAYS)[number];

/** How the map fills a status: a colour for light and dark themes, and an optional pattern. */
export interface LevelStyle {
	/** Fill on the light theme (hex). */
	readonly light: string;
	/** Fill on the dark theme (hex). */
	readonly dark: string;
	/** Diagonal hatching drawn over the fill, so partial statuses never rely on colour alone. */
	readonly pattern: 'hatch' | null;
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

// Colour-blind-safe pairs: blue for "limits ICE", orange for licensing, neutral grey for "none found".
// Every fill keeps at least 3:1 against the page background, which is also the colour of state borders.
const BLUE = { light: '#1f5fa8', dark: '#6aa8ec' } as const;
const BLUE_PARTIAL = { light: '#4f86c6', dark: '#3b78bd' } as const;
const GREY = { light: '#8a8a8a', dark: '#6e6e6e' } as const;
const ORANGE = { light: '#b35806', dark: '#f0903c' } as const;

export const NLETS_LEVELS: readonly Level<NletsStatus>[] = [
	{
		status: 'blocked',
		label: 'Blocked',
		description: 'The state has cut off ICE’s access to its DMV data through Nlets.',
		needsSource: true,
		style: { ...BLUE, pattern: null },
	},
	{
		status: 'in-progress',
		label: 'Block in progress',
		description: 'The state has started to cut off ICE’s Nlets access but has not been reported as finished.',
		needsSource: true,
		style: { ...BLUE_PARTIAL, pattern: 'hatch' },
	},
	{
		status: 'no-known-restriction',
		label: 'No known restriction',
		description: 'We found no public record that the state limits ICE’s Nlets access. That is not proof that no limit exists.',
		needsSource: false,
		style: { ...GREY, pattern: null },
	},
];

export const DMV_SHARING_LEVELS: readonly Level<DmvSharingStatus>[] = [
	{
		status: 'court-order-required',
		label: 'Judge’s order required',
		description: 'A state law or binding settlement bars the DMV from giving ICE data without a judge’s order.',
		needsSource: true,
		style: { ...BLUE, pattern: null },
	},
	{
		status: 'partial',
		label: 'Partly limited',
		description: 'A state law limits what the DMV may give ICE, but only for some data, such as photos or immigration status.',
		needsSource: true,
		style: { ...BLUE_PARTIAL, pattern: 'hatch' },
	},
	{
		status: 'none-found',
		label: 'No known limit',
		description: 'We found no state law or settlement that limits the DMV’s sharing with ICE. That is not proof that none exists.',
		needsSource: false,
		style: { ...GREY, pattern: null },
	},
];

export const DATA_BROKER_LEVELS: readonly Level<DataBrokerStatus>[] = [
	{
		status: 'restricted',
		label: 'Sales restricted',
		description: 'The state bars data brokers that buy its DMV records from reselling them for immigration enforcement.',
		needsSource: true,
		style: { ...BLUE, pattern: null },
	},
	{
		status: 'unknown',
		label: 'No known restriction',
		description: 'We found no rule that stops the state’s DMV data from reaching ICE through data brokers.',
		needsSource: false,
		style: { ...GREY, pattern: null },
	},
];

export const LICENSE_LEVELS: readonly Level<LicenseStatus>[] = [
	{
		status: 'yes',
		label: 'Licenses for all',
		description: 'The state issues driver’s licenses to residents regardless of immigration status.',
		needsSource: true,
		style: { ...ORANGE, pattern: null },
	},
	{
		status: 'no',
		label: 'Not for all',
		description: 'The state does not issue driver’s licenses regardless of immigration status.',
		needsSource: false,
		style: { ...GREY, pattern: null },
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
