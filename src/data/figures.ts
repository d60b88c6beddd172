import { getCollection } from 'astro:content';
import type { Figure } from '../schemas/figure.ts';

/** Every headline figure, keyed by id. */
export async function getFigures(): Promise<Map<string, Figure>> {
	const entries = await getCollection('figures');
	return new Map(entries.map((entry) => [entry.id, entry.data]));
}
