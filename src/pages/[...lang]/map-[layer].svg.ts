import type { APIRoute, GetStaticPaths } from 'astro';
import { renderLayerSvg } from '../../data/embed.ts';
import { getStates } from '../../data/states.ts';
import { langParam, LOCALES, useTranslations } from '../../i18n/index.ts';
import { EMBED_LAYER_NAMES, type EmbedLayer } from '../../map/embed.ts';

/** One file per layer and language: /map-nlets.svg, /map-dmv-law.svg, /es/map-licenses.svg. */
export const getStaticPaths = (() =>
	LOCALES.flatMap((locale) => EMBED_LAYER_NAMES.map((layer) => ({ params: { lang: langParam(locale), layer }, props: { locale } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const { locale } = props as { locale: string };
	return new Response(renderLayerSvg(await getStates(locale), params['layer'] as EmbedLayer, useTranslations(locale)), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
};
