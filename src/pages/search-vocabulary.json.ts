import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../data/search-vocabulary.ts';

/** The words search's "Did you mean" hint chooses from, fetched only after a search that found nothing. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json' } });
