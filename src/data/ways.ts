/**
 * The three ways ICE gets DMV data, each with one identity that every page uses: a number, a short
 * name (in the language files), a hue and an icon, always in this order. Licenses for all is context, not a way: it has a
 * name and a muted hue but no number. Pure: no astro imports.
 */
import type { Translator } from '../i18n/index.ts';
import type { ExplainerWay } from '../schemas/explainer.ts';
import type { Way } from './levels.ts';

/** The record fields of the three ways, in the site's order: 1 direct sharing, 2 data brokers, 3 police networks. */
export const WAY_FIELDS = ['dmvSharing', 'dataBrokers', 'nlets'] as const satisfies readonly Way[];
export type WayField = (typeof WAY_FIELDS)[number];

/** A colour for the light page and one chosen for the dark page. */
export interface ThemedColour {
	readonly light: string;
	readonly dark: string;
}

export interface WayIdentity {
	readonly field: Way;
	/** 1, 2 or 3 for the ways; null for the licensing context. */
	readonly number: 1 | 2 | 3 | null;
	/** The explainer's slug, /ways/<slug>/; null for the context, which has no explainer. */
	readonly slug: ExplainerWay | null;
	/** The way's hue: the map fills of its limits, and its accents on cards, headers and tables. */
	readonly hue: ThemedColour;
	/** The icon's SVG path data, drawn with a round 2-unit stroke in a 24 × 24 box. */
	readonly icon: string;
}

// Hues: green, purple and blue stay apart for every common colour-vision deficiency, and each keeps
// 3:1 against the light neutral of "no known restriction" (tests/unit/palette.test.ts).
export const WAY_IDENTITIES: readonly WayIdentity[] = [
	{
		field: 'dmvSharing',
		number: 1,
		slug: 'dmv-sharing',
		hue: { light: '#0f7a50', dark: '#5fd39a' },
		// A license card handing data along an arrow.
		icon: 'M3 6h11v10H3zM6 10h5M6 13h3M17 11h5M19.5 8.5 22 11l-2.5 2.5',
	},
	{
		field: 'dataBrokers',
		number: 2,
		slug: 'data-brokers',
		hue: { light: '#5a1a74', dark: '#e2c2f2' },
		// A price tag.
		icon: 'M3 3h8l10 10-8 8L3 11zM7.5 7.5h.01',
	},
	{
		field: 'nlets',
		number: 3,
		slug: 'police-networks',
		hue: { light: '#1f5fa8', dark: '#7fb2ea' },
		// Three linked nodes.
		icon: 'M5 6a2 2 0 1 0 0 .01M19 6a2 2 0 1 0 0 .01M12 18a2 2 0 1 0 0 .01M7 6h10M6 8l5 8M18 8l-5 8',
	},
	{
		field: 'licensesForAll',
		number: null,
		slug: null,
		hue: { light: '#8a5a1c', dark: '#d9a866' },
		// A license card.
		icon: 'M3 5h18v14H3zM7 10h.01M11 9h6M11 13h6M6 15h3',
	},
];

/** The three ways, numbered, in order. */
export const WAY_INFO: readonly WayIdentity[] = WAY_IDENTITIES.filter((way) => way.number !== null);

/** A field's identity: a way or the licensing context. */
export function getWayIdentity(field: Way): WayIdentity {
	const identity = WAY_IDENTITIES.find((way) => way.field === field);
	if (!identity) throw new Error(`Unknown way "${field}"`);
	return identity;
}

/** Looks up a way by its explainer slug. */
export function getWayInfo(slug: ExplainerWay): WayIdentity {
	const info = WAY_INFO.find((way) => way.slug === slug);
	if (!info) throw new Error(`Unknown way "${slug}"`);
	return info;
}

/** The URL of a way's explainer. */
export function wayPath(slug: ExplainerWay): string {
	return `/ways/${slug}/`;
}

/** A way's short name in a reader's language, e.g. "Police networks" (keys wayName.<field>). */
export function wayName(identity: WayIdentity, tr: Translator): string {
	return tr.dynamic(`wayName.${identity.field}`);
}

/** "3. Police networks", or the context's plain name. */
export function numberedName(identity: WayIdentity, tr: Translator): string {
	const name = wayName(identity, tr);
	return identity.number === null ? name : `${identity.number}. ${name}`;
}
