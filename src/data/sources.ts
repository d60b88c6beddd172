import { getCollection } from 'astro:content';
import { SOURCE_KINDS, type Source, type SourceKind } from '../schemas/source.ts';

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

/** A group of the bibliography: the primary sources of one kind, or ('reporting') everything else. */
export interface SourceGroup {
	readonly kind: SourceKind | 'reporting';
	readonly sources: readonly Source[];
}

/** The sources by kind, primary kinds first in SOURCE_KINDS order, then reporting and analysis; empty groups left out. */
export function groupSourcesByKind(sources: readonly Source[]): SourceGroup[] {
	return [...SOURCE_KINDS, 'reporting' as const]
		.map((kind) => ({ kind, sources: sources.filter((source) => (source.kind ?? 'reporting') === kind) }))
		.filter((group) => group.sources.length > 0);
}

/** The date most sources were last read on (the latest, on a tie), so a page can say it once. */
export function commonAccessDate(sources: readonly Source[]): string | undefined {
	const counts = new Map<string, number>();
	for (const source of sources) counts.set(source.accessed, (counts.get(source.accessed) ?? 0) + 1);
	return [...counts].sort(([a, m], [b, n]) => n - m || b.localeCompare(a))[0]?.[0];
}
