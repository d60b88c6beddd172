import type { APIRoute } from 'astro';
import { getEmbedLayerChoices } from '../../data/embed.ts';
import { buildOembed } from '../../map/embed.ts';
import { useTranslations } from '../../i18n/index.ts';
import { SITE } from '../../site.ts';

/** /oembed/map.json: the oEmbed response for the default map, found from the map page's <link rel="alternate">. */
export const GET: APIRoute = () => {
	const [layer] = getEmbedLayerChoices(useTranslations('en'));
	const oembed = buildOembed({ siteUrl: SITE.url, siteName: SITE.title, title: layer?.frameTitle ?? SITE.title });
	return new Response(`${JSON.stringify(oembed, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
