import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';

/** robots.txt: everything may be crawled except the embed frame; points at the sitemap. */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nDisallow: /embed/map/\n\nSitemap: ${new URL('/sitemap-index.xml', SITE.url).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
