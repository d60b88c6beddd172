/** The three ways ICE gets DMV data, as the explainers name them. */
import type { ExplainerWay } from '../schemas/explainer.ts';
import type { Way } from './levels.ts';

export interface WayInfo {
	readonly slug: ExplainerWay;
	/** The way's name in search filters and cards, e.g. "Police networks". */
	readonly name: string;
}

/** The three ways in the order the site tells them. */
export const WAY_INFO: readonly WayInfo[] = [
	{ slug: 'dmv-sharing', name: 'Direct sharing' },
	{ slug: 'data-brokers', name: 'Data brokers' },
	{ slug: 'police-networks', name: 'Police networks' },
];

/** Looks up a way by its slug. */
export function getWayInfo(slug: ExplainerWay): WayInfo {
	const info = WAY_INFO.find((way) => way.slug === slug);
	if (!info) throw new Error(`Unknown way "${slug}"`);
	return info;
}

/** The URL of a way's explainer. */
export function wayPath(slug: ExplainerWay): string {
	return `/ways/${slug}/`;
}

/** The explainer behind each status field of a state record; licensing is context, with no explainer of its own. */
export const EXPLAINER_FOR_FIELD: Readonly<Partial<Record<Way, ExplainerWay>>> = {
	nlets: 'police-networks',
	dmvSharing: 'dmv-sharing',
	dataBrokers: 'data-brokers',
};
