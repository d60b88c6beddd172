import { listStateCitations } from './citations.ts';
import { explainerPath, getExplainerPage, getExplainers } from './explainers.ts';
import { HAS_STATE_PAGES, statePath } from './routes.ts';
import { getStates } from './states.ts';

/** A page that cites a source: its title, and a link to the citation when the page exists. */
export interface CitingPage {
	readonly title: string;
	readonly href: string | undefined;
}

/** For each source id, the pages that cite it: the explainers first, in their order, then the states. */
export async function getCitingPages(): Promise<Map<string, CitingPage[]>> {
	const pages = new Map<string, CitingPage[]>();
	const add = (id: string, page: CitingPage) => pages.set(id, [...(pages.get(id) ?? []), page]);
	for (const entry of await getExplainers()) {
		const { citationOrder } = await getExplainerPage(entry);
		for (const id of citationOrder) add(id, { title: entry.data.title, href: `${explainerPath(entry)}#ref-${id}` });
	}
	for (const state of await getStates()) {
		for (const id of new Set(listStateCitations(state).flat())) {
			add(id, { title: state.name, href: HAS_STATE_PAGES ? statePath(state.slug) : undefined });
		}
	}
	return pages;
}
