import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, localePath, toLocale } from '../i18n/locales.ts';
import { explainerLanguage, explainerSlug, inLanguage } from './explainer-locale.ts';
import { deriveFigures, isDerivedFigureId } from './derived-figures.ts';
import { orderMdxCitations, splitIds, type MdxTag } from './explainer-citations.ts';
import { getFigures } from './figures.ts';
import { readingMinutes } from './reading-time.ts';
import { getStates } from './states.ts';
import type { StateRecord } from './state-record.ts';
import { wayPath } from './ways.ts';

export type ExplainerEntry = CollectionEntry<'explainers'>;

/** An explainer ready to render: its entry, its sources in order of first citation, and its reading time. */
export interface ExplainerPage {
	readonly entry: ExplainerEntry;
	/** Source ids, numbered from 1 in this order. */
	readonly citationOrder: readonly string[];
	readonly readingMinutes: number;
	/** Repository path of the MDX file, for the edit link. */
	readonly repoPath: string;
}

/** Every explainer in a reader's language (Astro.currentLocale), in frontmatter order. */
export async function getExplainers(locale: string | undefined): Promise<ExplainerEntry[]> {
	const entries = inLanguage(await getCollection('explainers'), toLocale(locale));
	return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The explainers of the three ways, in order. */
export async function getWayExplainers(locale: string | undefined): Promise<ExplainerEntry[]> {
	return (await getExplainers(locale)).filter((entry) => entry.data.way !== null);
}

/** One explainer by file name (without .mdx) in a reader's language; a missing file stops the build with its name. */
export async function getExplainer(slug: string, locale: string | undefined): Promise<ExplainerEntry> {
	const entry = (await getExplainers(locale)).find((e) => explainerSlug(e.id) === slug);
	if (!entry) throw new Error(`content/explainers/${toLocale(locale) === DEFAULT_LOCALE ? '' : `${toLocale(locale)}/`}${slug}.mdx is missing`);
	return entry;
}

/** The URL of an explainer: /ways/<way>/ for the three ways, /<file name>/ for the others, under /es/ in Spanish. */
export function explainerPath(entry: ExplainerEntry): string {
	return localePath(entry.data.way ? wayPath(entry.data.way) : `/${explainerSlug(entry.id)}/`, explainerLanguage(entry.id));
}

/** States whose DMV-sharing laws <StateLaws /> lists, in the order it lists them. */
export function statesWithLaws(states: readonly StateRecord[]): StateRecord[] {
	return states.filter((state) => state.dmvSharing.laws.length > 0);
}

/** Tells which sources each component in an explainer cites, from the same data the components print. */
export async function getCitationResolver(): Promise<(tag: MdxTag) => readonly string[]> {
	// Sources are the same in every language, so the English records answer for all.
	const figures = await getFigures();
	const derived = deriveFigures(figures);
	const lawSources = statesWithLaws(await getStates('en')).flatMap((state) => [
		...state.dmvSharing.sources,
		...state.dmvSharing.laws.flatMap((law) => law.sources),
	]);
	return (tag) => {
		const { id, derived: derivedId, ids, cite } = tag.attributes;
		switch (tag.name) {
			case 'Cite':
				return splitIds(ids);
			case 'Fact':
				if (cite === 'false') return [];
				if (derivedId !== undefined) return isDerivedFigureId(derivedId) ? (derived.get(derivedId)?.sources ?? []) : [];
				return figures.get(id ?? '')?.sources ?? [];
			case 'StateLaws':
				return lawSources;
			default:
				return [];
		}
	};
}

/** Everything the explainer layout needs besides the rendered MDX. */
export async function getExplainerPage(entry: ExplainerEntry): Promise<ExplainerPage> {
	const body = entry.body ?? '';
	return {
		entry,
		citationOrder: orderMdxCitations(body, await getCitationResolver()),
		readingMinutes: readingMinutes(body),
		repoPath: `content/explainers/${entry.id}.mdx`,
	};
}
