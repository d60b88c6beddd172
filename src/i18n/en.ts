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
	'footer.data': 'Download the data',
	'footer.privacy': 'No tracking, no cookies, no requests to anyone but this site.',
	'notFound.title': 'Page not found',
	'notFound.body': 'There is no page at this address. It may have moved.',
	'notFound.home': 'Go to the home page',
	'data.title': 'Download the data',
	'data.description':
		'Every state’s status on the three ways ICE gets DMV data, with dates, summaries and sources, as CSV and JSON under CC BY 4.0.',
	'data.asOf': 'Data as of',
	'dictionary.type': 'Type',
	'dictionary.allowed': 'Allowed values',
	'dictionary.json': 'In states.json:',
	'footer.embed': 'Embed the map',
	'embed.layer': 'What the map shows',
	'embed.state': 'Highlight a state',
	'embed.stateNone': 'None',
	'embed.theme': 'Colours',
	'embed.themeAuto': 'Follow the reader’s light or dark setting',
	'embed.themeLight': 'Always light',
	'embed.themeDark': 'Always dark',
	'embed.compact': 'Compact: leave out the legend’s explanations',
	'embed.title': 'Title for screen readers (required)',
	'embed.titleHint': 'Say what the map shows. Screen readers announce the frame by this title.',
	'embed.titleError': 'Write a title: a frame without one is announced only as “frame”.',
	'embed.snippet': 'Your snippet: paste it into your page’s HTML',
	'embed.copy': 'Copy the snippet',
	'embed.copied': 'Copied.',
	'embed.selected': 'Selected: press Ctrl+C, or Cmd+C on a Mac, to copy.',
	'embed.preview': 'Preview',
} as const;

export type UiKey = keyof typeof en;

/** Looks up a UI string. */
export function t(key: UiKey): string {
	return en[key];
}
