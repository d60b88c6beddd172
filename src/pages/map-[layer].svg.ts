import type { APIRoute, GetStaticPaths } from 'astro';
import { renderLayerSvg } from '../data/embed.ts';
import { getStates } from '../data/states.ts';
import { EMBED_LAYER_NAMES, type EmbedLayer } from '../map/embed.ts';

/** One file per layer: /map-nlets.svg, /map-dmv-law.svg, /map-licenses.svg. */
export const getStaticPaths = (() => EMBED_LAYER_NAMES.map((layer) => ({ params: { layer } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(renderLayerSvg(await getStates(), params['layer'] as EmbedLayer), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
