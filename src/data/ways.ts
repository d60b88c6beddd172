/** The three ways ICE gets DMV data, as the explainers name them, and where each lives in a state record. */
import type { ExplainerWay } from '../schemas/explainer.ts';
import type { Way } from './levels.ts';

export interface WayInfo {
	readonly slug: ExplainerWay;
	/** The way's name in search filters and cards, e.g. "Police networks". */
	readonly name: string;
	/** The state-record field that holds each state's status for this way. */
	readonly field: Way;
}

/** The three ways in the order the site tells them. */
export const WAY_INFO: readonly WayInfo[] = [
	{ slug: 'dmv-sharing', name: 'Direct sharing', field: 'dmvSharing' },
	{ slug: 'data-brokers', name: 'Data brokers', field: 'dataBrokers' },
	{ slug: 'police-networks', name: 'Police networks', field: 'nlets' },
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
