import { getCollection } from 'astro:content';
import type { Figure } from '../schemas/figure.ts';
import { deriveNletsFigures, type NletsFigures } from './nlets-figures.ts';

/** Every headline figure, keyed by id. */
export async function getFigures(): Promise<Map<string, Figure>> {
	const entries = await getCollection('figures');
	return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** The Nlets query figures, with ICE's total, daily average and share derived from them. */
export async function getNletsFigures(): Promise<NletsFigures> {
	return deriveNletsFigures(await getFigures());
}
