import { listStateCitations } from './citations.ts';
import { deriveFigure, isDerivedFigureId } from './derived-figures.ts';
import { explainerPath, getExplainerPage, getExplainers } from './explainers.ts';
import { getFigures } from './figures.ts';
import { HOME_FIGURES } from './home.ts';
import { statePath } from './routes.ts';
import { getStates } from './states.ts';
import type { Translator } from '../i18n/index.ts';

/** A page that cites a source: its title, and a link to the citation when the page exists. */
export interface CitingPage {
	readonly title: string;
	readonly href: string | undefined;
}

/** For each source id, the pages in a reader's language that cite it: the home page, the explainers in their order, then the states. */
export async function getCitingPages(tr: Translator): Promise<Map<string, CitingPage[]>> {
	const pages = new Map<string, CitingPage[]>();
	const add = (id: string, page: CitingPage) => {
		const list = pages.get(id) ?? [];
		if (!list.some((p) => p.title === page.title)) pages.set(id, [...list, page]);
	};
	const figures = await getFigures();
	for (const { id, derived } of HOME_FIGURES) {
		// Each home page card links its figure's first source.
		const figure = derived !== undefined && isDerivedFigureId(derived) ? deriveFigure(derived, figures) : figures.get(id ?? '');
		const first = figure?.sources[0];
		if (first) add(first, { title: tr.t('nav.home'), href: tr.path('/') });
	}
	for (const entry of await getExplainers(tr.locale)) {
		const { citationOrder } = await getExplainerPage(entry);
		for (const id of citationOrder) add(id, { title: entry.data.title, href: `${explainerPath(entry)}#ref-${id}` });
	}
	for (const state of await getStates(tr.locale)) {
		for (const id of new Set(listStateCitations(state).flat())) {
			add(id, { title: state.name, href: tr.path(statePath(state.slug)) });
		}
	}
	return pages;
}
