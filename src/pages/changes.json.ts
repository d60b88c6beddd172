import type { APIRoute } from 'astro';
import { getChangesFeed } from '../data/change-feed.ts';

/** /changes.json: the JSON Feed of changes to the state records. */
export const GET: APIRoute = async () =>
	new Response(await getChangesFeed('json'), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
