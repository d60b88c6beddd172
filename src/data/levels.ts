import type { Translator } from '../i18n/index.ts';
import { getWayIdentity, type ThemedColour } from './ways.ts';

/**
 * The status vocabularies for the three ways ICE gets DMV data, plus the licensing context.
 * Each status carries how the map draws it and whether it needs a source; its words, a label and a
 * description, are in the language files (levelText). The schemas, the map, the legend, the table,
 * the search filters and the call scripts all read from here.
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
		needsSource: true,
		style: style('nlets', 'strong'),
	},
	{
		status: 'in-progress',
		needsSource: true,
		style: style('nlets', 'partial'),
	},
	{
		status: 'required-by-law',
		needsSource: true,
		style: style('nlets', 'pending'),
	},
	{
		status: 'no-known-restriction',
		needsSource: false,
		style: style('nlets', 'none'),
	},
];

export const DMV_SHARING_LEVELS: readonly Level<DmvSharingStatus>[] = [
	{
		status: 'court-order-required',
		needsSource: true,
		style: style('dmvSharing', 'strong'),
	},
	{
		status: 'partial',
		needsSource: true,
		style: style('dmvSharing', 'partial'),
	},
	{
		status: 'no-known-restriction',
		needsSource: false,
		style: style('dmvSharing', 'none'),
	},
];

export const DATA_BROKER_LEVELS: readonly Level<DataBrokerStatus>[] = [
	{
		status: 'sale-to-enforcers-barred',
		needsSource: true,
		style: style('dataBrokers', 'strong'),
	},
	{
		status: 'buyers-certify',
		needsSource: true,
		style: { fill: BROKER_SECOND, tone: 'second' },
	},
	{
		status: 'partial',
		needsSource: true,
		style: style('dataBrokers', 'partial'),
	},
	{
		status: 'no-known-restriction',
		needsSource: false,
		style: style('dataBrokers', 'none'),
	},
];

export const LICENSE_LEVELS: readonly Level<LicenseStatus>[] = [
	{
		status: 'yes',
		needsSource: true,
		style: style('licensesForAll', 'strong'),
	},
	{
		status: 'no',
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

/** The tones the key of the "all three ways" grid explains, in its order; each means the same on every way. */
export const TONE_KEY: readonly Tone[] = ['strong', 'second', 'partial', 'pending', 'none'];

/** A status's words in a reader's language: its short label and the sentence saying what it means. */
export interface LevelText {
	readonly label: string;
	readonly description: string;
}

/** The label and description of a status, from the language files (keys level.<way>.<status>.label and .description). */
export function levelText(tr: Translator, way: Way, status: string): LevelText {
	return { label: tr.dynamic(`level.${way}.${status}.label`), description: tr.dynamic(`level.${way}.${status}.description`) };
}

/** A way's levels in vocabulary order, each with its words in a reader's language. */
export function describedLevels<W extends Way>(way: W, tr: Translator): ((typeof LEVELS)[W][number] & LevelText)[] {
	return LEVELS[way].map((level) => ({ ...level, ...levelText(tr, way, level.status) })) as ((typeof LEVELS)[W][number] & LevelText)[];
}
