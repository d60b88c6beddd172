import { getCollection } from 'astro:content';
import type { Source } from '../schemas/source.ts';

/** Every source in the bibliography, sorted by publisher then title. */
export async function getSources(): Promise<Source[]> {
	const entries = await getCollection('sources');
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'));
}

/** Every source, keyed by id. */
export async function getSourceMap(): Promise<Map<string, Source>> {
	const entries = await getCollection('sources');
	return new Map(entries.map((entry) => [entry.id, entry.data]));
}
