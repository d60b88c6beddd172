import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards, type SocialCardImage } from '../../data/social-cards.ts';
import { rasterize } from '../../map/rasterize.ts';

/** /social/<card>.png: each page's og:image, rendered from its SVG at build time. */
export const getStaticPaths = (async () =>
	(await getSocialCards()).map((card) => ({
		params: { card: card.path.replace(/^\/social\//, '').replace(/\.png$/, '') },
		props: { card },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(new Uint8Array(await rasterize((props as { card: SocialCardImage }).card.svg)), { headers: { 'Content-Type': 'image/png' } });
