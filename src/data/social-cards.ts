/**
 * Which social card (og:image) each page shows, and the cards themselves. Home and /map/ show the
 * map on its default layer, a state page its locator and three statuses, a way's explainer its
 * routes diagram, and every other page the site's own card. The pictures are drawn in
 * src/map/render-social-card.ts and rendered to PNG by src/pages/social/[...card].png.ts.
 */
import type { ExplainerWay } from '../schemas/explainer.ts';
import { DEFAULT_LOCALE, LOCALES, useTranslations, type Locale, type Translator } from '../i18n/index.ts';
import { summarizeLayer } from '../map/embed-map.ts';
import { renderRoutes } from '../map/render-routes.ts';
import { renderMapCard, renderRoutesCard, renderStateCard } from '../map/render-social-card.ts';
import type { MapData } from '../map/types.ts';
import { getWayExplainers } from './explainers.ts';
import { DEFAULT_MAP_LAYER } from './levels.ts';
import { toMapData } from './map-data.ts';
import { renderStateLocator } from './locator.ts';
import { getRoutesLabels } from './routes-labels.ts';
import { statusLabel, type StateRecord } from './state-record.ts';
import { getStates } from './states.ts';
import { getWayIdentity, getWayInfo, numberedName, WAY_FIELDS, wayName, type WayField } from './ways.ts';

/** A page's card: where its PNG is served, and the words that stand for it. */
export interface SocialCard {
	readonly path: string;
	readonly alt: string;
}

/** A card with the SVG it is rendered from. */
export interface SocialCardImage extends SocialCard {
	readonly svg: string;
}

/** Where a language's cards are served: /social/ for English, /social/es/ for Spanish. */
function cardsPath(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '/social/' : `/social/${locale}/`;
}

/** The card of pages that have no picture of their own. */
export function siteCardOf(tr: Translator): SocialCard {
	return { path: `${cardsPath(tr.locale)}site.png`, alt: tr.t('card.siteAlt') };
}

/** The card of the home page and /map/: the map on its default layer, its statuses in words. */
export function mapCardOf(data: MapData, tr: Translator): SocialCard {
	const layer = data.layers.find((l) => l.id === DEFAULT_MAP_LAYER);
	return { path: `${cardsPath(tr.locale)}map.png`, alt: `${tr.tf('card.mapAlt', { title: layer?.title ?? '' })} ${summarizeLayer(data, DEFAULT_MAP_LAYER, tr)}` };
}

/** The card of a state's page. */
export function stateCardOf(state: StateRecord, tr: Translator): SocialCard {
	const statuses = WAY_FIELDS.map((way) => `${numberedName(getWayIdentity(way), tr)}: ${statusLabel(state, way, tr)}.`).join(' ');
	return { path: `${cardsPath(tr.locale)}states/${state.slug}.png`, alt: `${tr.tf('card.stateAlt', { state: state.name })} ${statuses}` };
}

/** The card of a way's explainer. */
export function wayCardOf(slug: ExplainerWay, tr: Translator): SocialCard {
	const way = getWayInfo(slug);
	return { path: `${cardsPath(tr.locale)}ways/${slug}.png`, alt: tr.tf('card.wayAlt', { way: numberedName(way, tr), route: tr.dynamic(`routes.text.${way.field as WayField}`) }) };
}

/** Every card the site serves, in every language, with its SVG. */
export async function getSocialCards(): Promise<SocialCardImage[]> {
	const languages = await Promise.all(LOCALES.map((locale) => getCardsIn(useTranslations(locale))));
	return languages.flat();
}

/** One language's cards. */
async function getCardsIn(tr: Translator): Promise<SocialCardImage[]> {
	const { t } = tr;
	const [states, explainers] = await Promise.all([getStates(tr.locale), getWayExplainers(tr.locale)]);
	const data = toMapData(states, tr);
	const labels = getRoutesLabels(tr);
	const words = (card: SocialCard) => ({ siteTitle: t('site.title'), label: card.alt });

	const siteCard = siteCardOf(tr);
	const site = { ...siteCard, svg: renderRoutesCard({ kicker: t('card.siteKicker'), title: t('site.title'), description: t('site.description'), routes: renderRoutes(labels) }, words(siteCard)) };
	const mapCard = mapCardOf(data, tr);
	const map = { ...mapCard, svg: renderMapCard(data, DEFAULT_MAP_LAYER, words(mapCard)) };
	const ways = explainers.flatMap((entry) => {
		const slug = entry.data.way;
		if (!slug) return [];
		const card = wayCardOf(slug, tr);
		const way = getWayInfo(slug);
		const routes = renderRoutes(labels, way.field as WayField);
		return [{ ...card, svg: renderRoutesCard({ kicker: numberedName(way, tr), title: entry.data.title, description: entry.data.description, routes }, words(card)) }];
	});
	const stateCards = states.map((state) => {
		const card = stateCardOf(state, tr);
		const statuses = WAY_FIELDS.map((way) => {
			const identity = getWayIdentity(way);
			return { number: identity.number ?? 0, way: wayName(identity, tr), hue: identity.hue.light, label: statusLabel(state, way, tr) };
		});
		return { ...card, svg: renderStateCard({ name: state.name, locator: renderStateLocator(state, tr), statuses }, words(card)) };
	});
	return [site, map, ...ways, ...stateCards];
}
