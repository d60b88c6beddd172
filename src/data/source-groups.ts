/** The bibliography grouped for the /sources/ page. Pure, for the tests. */
import { SOURCE_KINDS, type Source, type SourceKind } from '../schemas/source.ts';

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
