import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards, type SocialCardImage } from '../../data/social-cards.ts';
import { rasterize } from '../../map/rasterize.ts';

interface Props {
	readonly card: SocialCardImage;
	readonly cards: readonly SocialCardImage[];
}

/** /social/<card>.png: each page's og:image, rendered from its SVG at build time. */
export const getStaticPaths = (async () => {
	const cards = await getSocialCards();
	return cards.map((card) => ({ params: { card: card.path.replace(/^\/social\//, '').replace(/\.png$/, '') }, props: { card, cards } }));
}) satisfies GetStaticPaths;

let rendering: Map<string, Promise<Buffer>> | undefined;

// Astro builds one file at a time; the first card starts them all, so they render on every core at once.
export const GET: APIRoute = async ({ props }) => {
	const { card, cards } = props as Props;
	rendering ??= new Map(cards.map((c) => [c.path, rasterize(c.svg)]));
	const png = await (rendering.get(card.path) ?? rasterize(card.svg));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
