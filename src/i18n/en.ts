/** UI strings by key. A Spanish edition is a new file with the same keys. */
export const en = {
	'site.description':
		'How U.S. Immigration and Customs Enforcement gets state DMV data, which states have limited it, and what you can do.',
	'skip.link': 'Skip to content',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.sources': 'Sources',
	'nav.about': 'About',
	'footer.label': 'Site information',
	'footer.sources': 'Sources',
	'footer.about': 'About this site',
	'footer.licence': 'Code MIT; content and data CC BY 4.0.',
	'footer.edit': 'Edit this page',
	'footer.privacy': 'No tracking, no cookies, no requests to anyone but this site.',
	'search.open': 'Search',
	'search.openHint': 'Press / or Ctrl K to search',
	'search.title': 'Search',
	'search.description': 'Search every page of this site: the states, the three ways ICE gets DMV data, and the sources.',
	'search.label': 'Search this site',
	'search.placeholder': 'A state, a law, a company…',
	'search.close': 'Close search',
	'search.filters': 'Filters',
	'search.filter.type': 'Type of page',
	'search.filter.way': 'Way ICE gets the data',
	'search.filter.nlets': 'Nlets status',
	'search.filter.dmvLaw': 'DMV law',
	'search.loading': 'Loading search…',
	'search.results.none': 'No results for “{query}”.',
	'search.results.one': '1 result for “{query}”.',
	'search.results.many': '{count} results for “{query}”.',
	'search.results.filtered.none': 'No pages match these filters.',
	'search.results.filtered.one': '1 page matches these filters.',
	'search.results.filtered.many': '{count} pages match these filters.',
	'search.more': 'Show more results',
	'search.failed': 'Search could not load.',
	'search.failedLink': 'See the list of every page',
	'search.devNotice': 'Search works after a build: run npm run build, then npm run preview.',
	'search.noScript': 'Search needs JavaScript, which is off in your browser. Every page of the site is listed below.',
	'siteIndex.title': 'Every page on this site',
	'siteIndex.main': 'Main pages',
	'siteIndex.afterBuild': 'The list of pages is written by the build (npm run build).',
	'notFound.title': 'Page not found',
	'notFound.body': 'There is no page at this address. It may have moved.',
	'notFound.home': 'Go to the home page',
} as const;

export type UiKey = keyof typeof en;

/** Looks up a UI string. */
export function t(key: UiKey): string {
	return en[key];
}
