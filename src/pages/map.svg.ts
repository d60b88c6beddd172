import type { APIRoute } from 'astro';
import { renderLayerSvg } from '../data/embed.ts';
import { getStates } from '../data/states.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_EMBED_OPTIONS } from '../map/embed.ts';

/** /map.svg: the map's default layer as a standalone SVG for slides and print. */
export const GET: APIRoute = async () =>
	new Response(renderLayerSvg(await getStates('en'), DEFAULT_EMBED_OPTIONS.layer, useTranslations('en')), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
