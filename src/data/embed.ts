/**
 * What the embed guide, the oEmbed file and the SVG downloads need from the data: the layers as the
 * embed names them, and the words that go with the map outside the site.
 */
import type { Translator } from '../i18n/index.ts';
import { EMBED_LAYERS, EMBED_LAYER_NAMES, type EmbedLayer } from '../map/embed.ts';
import { summarizeLayer } from '../map/embed-map.ts';
import { renderStandaloneMap, type StandaloneText } from '../map/render-standalone-map.ts';
import type { MapData } from '../map/types.ts';
import { SITE } from '../site.ts';
import { DATA_LICENCE, getDataAsOf } from './downloads.ts';
import { getMapLayers, toMapData } from './map-data.ts';
import type { StateRecord } from './state-record.ts';

/** One layer as the embed offers it: its URL value, its name, and a frame title that says what it shows. */
export interface EmbedLayerChoice {
	readonly param: EmbedLayer;
	readonly label: string;
	readonly frameTitle: string;
}

/** The layers an embed can show, in the map's order, the default first. */
export function getEmbedLayerChoices(tr: Translator): EmbedLayerChoice[] {
	const layers = getMapLayers(tr);
	return EMBED_LAYER_NAMES.map((param) => {
		const layer = layers.find((l) => l.id === EMBED_LAYERS[param]);
		if (!layer) throw new Error(`The map has no layer ${EMBED_LAYERS[param]} for the embed's "${param}"`);
		return { param, label: layer.label, frameTitle: tr.tf('embed.frameTitle', { title: layer.title }) };
	});
}

/** The standalone SVG file of one layer, e.g. /map-licenses.svg; the default layer is also /map.svg. */
export function svgDownloadPath(param: EmbedLayer): string {
	return `/map-${param}.svg`;
}

/** The words a standalone SVG carries: the layer in prose, and the source line with the date. */
export function getStandaloneText(data: MapData, param: EmbedLayer, asOf: string, tr: Translator): StandaloneText {
	return {
		description: summarizeLayer(data, EMBED_LAYERS[param], tr),
		source: tr.tf('svg.source', {
			site: SITE.title,
			url: new URL(tr.path('/map/'), SITE.url).href,
			date: tr.formatDate(asOf),
			licence: DATA_LICENCE.name,
		}),
	};
}

/** The standalone SVG file of one layer, from the state records, in the records' language. */
export function renderLayerSvg(states: readonly StateRecord[], param: EmbedLayer, tr: Translator): string {
	const data = toMapData(states, tr);
	return renderStandaloneMap(data, EMBED_LAYERS[param], getStandaloneText(data, param, getDataAsOf(states), tr));
}
