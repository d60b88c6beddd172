/**
 * Which social card (og:image) each page shows, and the cards themselves. Home and /map/ show the
 * map on its default layer, a state page its locator and three statuses, a way's explainer its
 * routes diagram, and every other page the site's own card. The pictures are drawn in
 * src/map/render-social-card.ts and rendered to PNG by src/pages/social/[...card].png.ts.
 */
import type { ExplainerWay } from '../schemas/explainer.ts';
import { t, tf } from '../i18n/en.ts';
import { summarizeLayer } from '../map/embed-map.ts';
import { renderRoutes } from '../map/render-routes.ts';
import { renderMapCard, renderRoutesCard, renderStateCard } from '../map/render-social-card.ts';
import type { MapData } from '../map/types.ts';
import { SITE } from '../site.ts';
import { getWayExplainers } from './explainers.ts';
import { DEFAULT_MAP_LAYER } from './levels.ts';
import { toMapData } from './map-data.ts';
import { renderStateLocator } from './locator.ts';
import { getRoutesLabels } from './routes-labels.ts';
import { statusLabel, type StateRecord } from './state-record.ts';
import { getStates } from './states.ts';
import { getWayIdentity, getWayInfo, numberedName, WAY_FIELDS, type WayField } from './ways.ts';

/** A page's card: where its PNG is served, and the words that stand for it. */
export interface SocialCard {
	readonly path: string;
	readonly alt: string;
}

/** A card with the SVG it is rendered from. */
export interface SocialCardImage extends SocialCard {
	readonly svg: string;
}

/** The card of pages that have no picture of their own. */
export const SITE_CARD: SocialCard = { path: '/social/site.png', alt: t('card.siteAlt') };

/** The card of the home page and /map/: the map on its default layer, its statuses in words. */
export function mapCardOf(data: MapData): SocialCard {
	const layer = data.layers.find((l) => l.id === DEFAULT_MAP_LAYER);
	return { path: '/social/map.png', alt: `${tf('card.mapAlt', { title: layer?.title ?? '' })} ${summarizeLayer(data, DEFAULT_MAP_LAYER)}` };
}

/** The card of a state's page. */
export function stateCardOf(state: StateRecord): SocialCard {
	const statuses = WAY_FIELDS.map((way) => `${numberedName(getWayIdentity(way))}: ${statusLabel(state, way)}.`).join(' ');
	return { path: `/social/states/${state.slug}.png`, alt: `${tf('card.stateAlt', { state: state.name })} ${statuses}` };
}

/** The card of a way's explainer. */
export function wayCardOf(slug: ExplainerWay): SocialCard {
	const way = getWayInfo(slug);
	return { path: `/social/ways/${slug}.png`, alt: tf('card.wayAlt', { way: numberedName(way), route: t(`routes.text.${way.field as WayField}`) }) };
}

/** Every card the site serves, with its SVG. */
export async function getSocialCards(): Promise<SocialCardImage[]> {
	const [states, explainers] = await Promise.all([getStates(), getWayExplainers()]);
	const data = toMapData(states);
	const labels = getRoutesLabels();
	const words = (card: SocialCard) => ({ siteTitle: SITE.title, label: card.alt });

	const site = { ...SITE_CARD, svg: renderRoutesCard({ kicker: t('card.siteKicker'), title: SITE.title, description: t('site.description'), routes: renderRoutes(labels) }, words(SITE_CARD)) };
	const mapCard = mapCardOf(data);
	const map = { ...mapCard, svg: renderMapCard(data, DEFAULT_MAP_LAYER, words(mapCard)) };
	const ways = explainers.flatMap((entry) => {
		const slug = entry.data.way;
		if (!slug) return [];
		const card = wayCardOf(slug);
		const way = getWayInfo(slug);
		const routes = renderRoutes(labels, way.field as WayField);
		return [{ ...card, svg: renderRoutesCard({ kicker: numberedName(way), title: entry.data.title, description: entry.data.description, routes }, words(card)) }];
	});
	const stateCards = states.map((state) => {
		const card = stateCardOf(state);
		const statuses = WAY_FIELDS.map((way) => {
			const identity = getWayIdentity(way);
			return { number: identity.number ?? 0, way: identity.name, hue: identity.hue.light, label: statusLabel(state, way) };
		});
		return { ...card, svg: renderStateCard({ name: state.name, locator: renderStateLocator(state), statuses }, words(card)) };
	});
	return [site, map, ...ways, ...stateCards];
}
