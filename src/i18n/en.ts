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
	'notFound.title': 'Page not found',
	'notFound.body': 'There is no page at this address. It may have moved.',
	'notFound.home': 'Go to the home page',

	'nav.ways': 'The three ways',
	'ways.title': 'The three ways ICE gets DMV data',
	'ways.description': 'States share DMV data with ICE directly, sell it to data brokers who resell it, and put it on police networks that ICE searches.',
	'ways.intro': 'ICE, including its investigations arm HSI, gets state driver and vehicle records in three ways. Each has its own page, with sources for every fact.',
	'nav.act': 'Take action',
	'nav.glossary': 'Glossary',
	'search.explainer': 'Explainer',
	'search.reference': 'Reference',
	'explainer.wayKicker': 'How ICE gets DMV data: {name}',
	'explainer.lastReviewed': 'Last reviewed',
	'explainer.minutes': 'min read',
	'explainer.edit': 'Edit this page',
	'wayNav.label': 'The three ways',
	'wayNav.previous': 'Previous way:',
	'wayNav.next': 'Next way:',
	'wayNav.act': 'What you can do:',
	'refs.heading': 'Sources',
	'refs.intro': 'The numbers in brackets on this page point to these sources.',
	'refs.all': 'All sources',
	'refs.undated': 'Date not shown',
	'refs.copyAt': 'copy at',
	'states.none': 'no state',
	'home.hook':
		'Your driver’s license record holds your name, address, photo and vehicles. ICE, including its investigations arm HSI, can get it from your state in three ways. In most states, no known law or policy stands in the way.',
	'home.countBefore': 'In the year before October 1, 2025, ICE, including HSI, searched state DMV records',
	'home.countAfter': 'times through a single police network.',
	'home.countLink': 'How they do it.',
	'home.actButton': 'What you can do',
	'home.waysLink': 'The three ways',
	'home.waysHeading': 'Three ways ICE gets DMV data',
	'home.figuresHeading': 'The numbers',
	'home.statesHeading': 'Which states have cut ICE off from the police network',
	'home.blocked': 'Blocked ICE:',
	'home.inProgress': 'Block in progress:',
	'home.noKnown': 'No known restriction:',
	'home.others': 'others.',
	'home.statesNote': '“No known restriction” means we found no public record of a limit, not that none exists.',
	'home.allStates': 'See each state’s status and sources.',
	'home.actHeading': 'Your state can stop this',
	'home.actText':
		'Each of the three ways runs through a choice your state makes: its governor, its DMV and its legislature. Ask them to stop sharing, stop selling and cut off ICE’s network access.',
	'figure.asOf': 'As of',
	'figure.source': 'Source:',
	'figure.derived': 'We worked this out from the figures the source gives.',
	'sources.title': 'Sources',
	'sources.description': 'Every source this site cites, with its publisher, date and link, and the pages that cite it.',
	'sources.intro': 'Every fact on this site comes from one of these documents. They are sorted by publisher.',
	'sources.copies':
		'Where we could only read a copy of a page, the link goes to the copy, and the entry names the site that holds it. A date of “not shown” means the page we read gave no date.',
	'sources.copyAt': 'Read at',
	'sources.accessed': 'Last read',
	'sources.citedOn': 'Cited on:',
	'laws.label': 'Laws and settlements:',
	'scripts.heading': 'Your state’s call script',
	'scripts.intro': 'Choose your state. Its page opens at a script that fits where it stands.',
	'scripts.all': 'See every state side by side.',
	'scripts.soon': 'Pages for each state, each with its own call script, are being added.',
} as const;

export type UiKey = keyof typeof en;

/** Looks up a UI string. */
export function t(key: UiKey): string {
	return en[key];
}

/** Looks up a UI string and fills its {placeholders}, e.g. tf('state.title', { state: 'Oregon' }). */
export function tf(key: UiKey, values: Readonly<Record<string, string>>): string {
	return en[key].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
