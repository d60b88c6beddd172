/** UI strings by key. A Spanish edition is a new file with the same keys. */
export const en = {
	'site.description':
		'How U.S. Immigration and Customs Enforcement gets state DMV data, which states have limited it, and what you can do.',
	'skip.link': 'Skip to content',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.sources': 'Sources',
	'nav.about': 'About',
	'nav.states': 'States',
	'footer.label': 'Site information',
	'footer.sources': 'Sources',
	'footer.about': 'About this site',
	'footer.licence': 'Code MIT; content and data CC BY 4.0.',
	'footer.edit': 'Edit this page',
	'footer.privacy': 'No tracking, no cookies, no requests to anyone but this site.',
	'notFound.title': 'Page not found',
	'notFound.body': 'There is no page at this address. It may have moved.',
	'notFound.home': 'Go to the home page',

	'way.nlets': 'Police networks (Nlets)',
	'way.dmvSharing': 'Direct sharing by the DMV',
	'way.dataBrokers': 'Sale to data brokers',
	'way.licensesForAll': 'Licenses for all',
	'wayShort.nlets': 'Nlets',
	'wayShort.dmvSharing': 'DMV law',
	'wayShort.dataBrokers': 'Data brokers',
	'wayShort.licensesForAll': 'Licenses',

	'state.title': '{state}: ICE and DMV data',
	'state.description':
		'Whether {state} limits ICE’s access to its DMV data, each status with its date and sources, and a call script to act on it.',
	'state.lede': 'How U.S. Immigration and Customs Enforcement (ICE) can get {state}’s DMV data, and what you can do about it.',
	'state.jump': 'Go to what you can do',
	'state.statusHeading': 'Where {state} stands',
	'state.asOf': 'as of',
	'state.since': 'since',
	'state.meaning': 'What this means:',
	'state.laws': 'Laws and settlements',
	'state.wayLink': 'How this works: {name}',
	'state.sourcesLabel': 'Sources:',
	'state.timelineHeading': 'Timeline',
	'state.timelineEmpty': 'No dated events are recorded for {state} yet.',
	'state.bibliography': 'Bibliography entry',
	'state.undated': 'date not shown',
	'state.lastReviewed': 'Last reviewed',
	'state.printedFrom': 'From {url}. Last reviewed {date}.',
	'state.correction': 'Suggest a correction:',
	'state.editFile': 'edit {file} on GitHub',
	'state.openIssue': 'open an issue',
	'state.or': 'or',
	'state.correctionTitle': 'Correction: {state}',
	'state.correctionBody':
		'Page: {url}\n\nWhat is wrong:\n\nWhat is right, with a link to a source that shows it:\n',
	'state.pagerLabel': 'More states',
	'state.previous': 'Previous state:',
	'state.next': 'Next state:',
	'state.allStates': 'All states',
	'state.map': 'Back to the map',

	'act.heading': 'What to do here',
	'act.intro': 'Call the office of the {official}. Say this in your own words, or read it as it is.',
	'act.reason.thank': '{state} has blocked ICE’s access through Nlets. Thank the {official}, and ask for help to get other states to follow.',
	'act.reason.finish':
		'{state} has started to block ICE’s access through Nlets, but we found no record that the block is finished. Thank the {official}, and ask them to finish it.',
	'act.reason.demand':
		'We found no public record that {state} limits ICE’s access through Nlets. Ask the {official} to cut it off.',
	'act.scriptLabel': 'Call script for {state}',
	'act.placeholders': 'Replace [NAME] and [CITY, ZIP] with your own, or leave them out.',
	'act.copy': 'Copy the script',
	'act.print': 'Print the script',
	'act.copied': 'Copied',
	'act.copyFailed': 'Could not copy. Select the text and copy it yourself.',
	'act.scriptSources': 'Sources for this script:',
	'act.noScriptSources': 'This script makes no claim beyond the state’s own status above.',

	'script.greeting': 'Hello, my name is [NAME], and I live in [CITY, ZIP].',
	'script.thanks': 'Thank you.',
	'script.thank.open':
		'I am calling to thank the {official} for cutting off ICE’s access to {state} driver’s license and vehicle records through the Nlets police network.',
	'script.thank.ask':
		'Please keep the block in place, and press the leaders of other states to follow {state}’s lead, so that people everywhere can drive to work and school without fear.',
	'script.finish.open':
		'I am calling to thank the {official} for starting to cut off ICE’s access to {state} driver’s license and vehicle records through the Nlets police network.',
	'script.finish.ask':
		'Please finish the block, and publish how many times ICE, including its investigations arm HSI, has looked up {state} records, so the public can see that the block works.',
	'script.demand.open':
		'I am calling to ask the {official} to cut off ICE’s access to {state} driver’s license and vehicle records, including through the Nlets police network, unless ICE has a warrant signed by a judge.',
	'script.demand.actedOne': '{states} has already blocked ICE’s access through Nlets.',
	'script.demand.actedMany': '{states} have already blocked ICE’s access through Nlets.',
	'script.demand.workingOne': '{states} is working on it.',
	'script.demand.workingMany': '{states} are working on it.',
	'script.demand.follow': '{state} should do the same.',
	'script.demand.courtOrder':
		'{state} already requires a judge’s order before the DMV gives ICE data. Please make sure that rule also covers the Nlets network.',
	'script.demand.why': 'People should be able to renew a license or register a car without putting their family at risk.',

	'target.governor': 'Governor',
	'target.mayor': 'Mayor',
	'target.legislators': 'state legislators',
	'target.council': 'D.C. Council members',
	'who.heading': 'Who to call',
	'who.governor': 'The {official}',
	'who.governorWhy':
		'The {official} runs the agencies that decide what is shared on Nlets. Members of Congress wrote to governors on {date}, to ask them to block ICE’s access.',
	'who.governorWhyUndated':
		'The {official} runs the agencies that decide what is shared on Nlets. Members of Congress wrote to governors to ask them to block ICE’s access.',
	'who.governorLink': 'Contact the {official}’s office (official site)',
	'who.governorDirectory': 'Find the {official}’s office on USAGov’s list of governors',
	'who.legislators': 'Your {legislators}',
	'who.legislatorsWhy': 'They write the laws that can require a judge’s order before anyone gives ICE DMV data.',
	'who.legislatorsLink': 'Find your {legislators} (official site)',
	'who.legislatorsDirectory': 'Find your {legislators} on USAGov',
	'who.legislatorsNote': 'USAGov’s lookup asks for your address and sends it to USAGov, not to this site.',
	'who.noNumbers': 'We do not list phone numbers here, because they change. The official pages above have the current ones.',

	'safety.heading': 'Before you call: what a call reveals',
	'safety.optional':
		'You do not have to give your name or address. Offices often ask for a ZIP code to know you live in the state; leaving your street address on a voicemail is up to you.',
	'safety.reveals':
		'The office may see your phone number, and it may write down what you say. If that worries you, hide your caller ID in your phone’s settings or call from another phone.',
	'safety.notReveals':
		'A call does not tell the office your immigration status, and you never need to say it. You do not need to be a citizen or a voter to call.',
	'safety.site': 'This site sends nothing anywhere: it does not know who you are, which state you chose, or whether you called.',

	'states.title': 'Every state',
	'states.description': 'Every state and DC, grouped by whether they have blocked ICE’s access to DMV data through Nlets.',
	'states.intro':
		'Every state and DC, grouped by whether it has cut off ICE’s access to its DMV data through the Nlets police network. Each state’s other statuses follow its name. Choose a state for its sources and a call script.',

	'picker.label': 'Your state',
	'picker.placeholder': 'Choose a state',
	'picker.go': 'Show my script',
	'group.empty': 'No state at the moment.',

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
