import type { APIRoute } from 'astro';
import { formatStatesCsv } from '../../data/downloads.ts';
import { getSources } from '../../data/sources.ts';
import { getStates } from '../../data/states.ts';

/** /data/states.csv: one row per state and DC. */
export const GET: APIRoute = async () =>
	new Response(formatStatesCsv(await getStates('en'), await getSources()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
