import type { APIRoute } from 'astro';
import { getChangesFeed } from '../data/change-feed.ts';

/** /changes.xml: the Atom feed of changes to the state records. */
export const GET: APIRoute = async () =>
	new Response(await getChangesFeed('atom'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
