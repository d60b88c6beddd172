/**
 * The Atom feed and the JSON Feed of changes (/changes.xml, /changes.json), one entry per change,
 * written by the `feed` library. Dates come from the records, never from the clock, so two builds
 * of the same records give the same files.
 */
import { Feed } from 'feed';
import { escapeXml } from '../map/xml.ts';
import type { Change } from './changes.ts';
import { formatDate } from './dates.ts';

/** Paths of the feeds and of the page that lists the same changes. */
export const FEEDS = { atom: '/changes.xml', json: '/changes.json', page: '/changes/' } as const;

/** What the feed says about itself and how it names its sources. */
export interface FeedContext {
	readonly siteUrl: string;
	readonly siteTitle: string;
	readonly title: string;
	readonly description: string;
	readonly licence: string;
	/** Title and address of a source, by its id in content/sources.yaml. */
	readonly sourceOf: (id: string) => { readonly title: string; readonly url: string };
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** The entry's HTML: what changed, in the record's words, then its sources as links. */
function entryHtml(change: Change, context: FeedContext): string {
	const sources = change.sources.map((id) => {
		const source = context.sourceOf(id);
		return `<a href="${escapeXml(source.url)}">${escapeXml(source.title)}</a>`;
	});
	return (
		`<p>${escapeXml(change.text)}</p>` +
		`<p>${escapeXml(formatDate(change.date))}.${sources.length > 0 ? ` Sources: ${sources.join('; ')}.` : ''}</p>`
	);
}

/** The feed of these changes, newest first as given, as an Atom or a JSON Feed document. */
export function renderChangesFeed(changes: readonly Change[], context: FeedContext, format: 'atom' | 'json'): string {
	const url = (path: string) => new URL(path, context.siteUrl).href;
	const newest = changes[0]?.date;
	if (!newest) throw new Error('The records hold no dated change, so the feed of changes would be empty');
	const feed = new Feed({
		id: url(FEEDS.page),
		title: context.title,
		description: context.description,
		link: url(FEEDS.page),
		language: 'en',
		favicon: url('/favicon.svg'),
		copyright: context.licence,
		updated: dayOf(newest),
		generator: context.siteTitle,
		feedLinks: { atom: url(FEEDS.atom), json: url(FEEDS.json) },
		author: { name: context.siteTitle, link: url('/') },
	});
	for (const change of changes) {
		const title = `${change.state}: ${change.headline}`;
		feed.addItem({
			id: url(`${FEEDS.page}#${change.id}`),
			// Atom titles are marked as HTML by the library, JSON Feed titles are plain text.
			title: format === 'atom' ? escapeXml(title) : title,
			link: url(change.path),
			date: dayOf(change.date),
			content: entryHtml(change, context),
		});
	}
	return format === 'atom' ? feed.atom1() : feed.json1();
}
