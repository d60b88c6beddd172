import type { APIRoute } from 'astro';
import { formatSourcesCsv } from '../../data/downloads.ts';
import { getSources } from '../../data/sources.ts';

/** /data/sources.csv: the bibliography. */
export const GET: APIRoute = async () =>
	new Response(formatSourcesCsv(await getSources()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
