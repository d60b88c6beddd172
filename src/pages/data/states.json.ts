import type { APIRoute } from 'astro';
import { formatStatesJson } from '../../data/downloads.ts';
import { getSources } from '../../data/sources.ts';
import { getStates } from '../../data/states.ts';

/** /data/states.json: every state record, its sources resolved, with the licence and citation. */
export const GET: APIRoute = async () =>
	new Response(formatStatesJson(await getStates('en'), await getSources()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
