import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/data/changes.ts';
import { FEEDS, renderChangesFeed, type FeedContext } from '../../src/data/feeds.ts';

const change = (over: Partial<Change>): Change => ({
	id: 'or-event-2026-06-05',
	code: 'OR',
	state: 'Oregon',
	date: '2026-06-05',
	kind: 'event',
	headline: 'SB 1587 took effect.',
	text: 'SB 1587 took effect.',
	path: '/states/or/#event-2026-06-05',
	sources: ['sb1587'],
	...over,
});

const CHANGES = [
	change({}),
	change({ id: 'wa-event-2026-01-09', code: 'WA', state: 'Washington', date: '2026-01-09', headline: 'Washington’s "R&D" <b>day</b>', text: 'Washington’s "R&D" <b>day</b>', path: '/states/wa/#event-2026-01-09' }),
];

const CONTEXT: FeedContext = {
	siteUrl: 'https://dmv.example.org',
	siteTitle: 'How ICE Gets Your DMV Data',
	title: 'Changes',
	description: 'Every change.',
	licence: 'CC BY 4.0',
	sourceOf: (id) => ({ title: `Source ${id} & co`, url: `https://news.example/${id}?a=1&b=2` }),
};

const atom = renderChangesFeed(CHANGES, CONTEXT, 'atom');
const json = JSON.parse(renderChangesFeed(CHANGES, CONTEXT, 'json'));
const parsed = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(atom);
const entries = [parsed.feed.entry].flat();

describe('the Atom feed', () => {
	it('is well-formed XML in the Atom namespace, with the elements RFC 4287 requires', () => {
		expect(XMLValidator.validate(atom)).toBe(true);
		expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(parsed.feed.id).toBe('https://dmv.example.org/changes/');
		expect(parsed.feed.title).toBe('Changes');
		expect(parsed.feed.author.name).toBe(CONTEXT.siteTitle);
		expect([parsed.feed.link].flat().map((l: Record<string, string>) => l['@_href'])).toContain(`https://dmv.example.org${FEEDS.atom}`);
	});

	it('is dated by its newest change, never by the clock, so two builds give the same file', () => {
		expect(parsed.feed.updated).toBe('2026-06-05T00:00:00.000Z');
		expect(renderChangesFeed(CHANGES, CONTEXT, 'atom')).toBe(atom);
	});

	it('has one entry per change with its state, what changed, its date, a link and its sources', () => {
		expect(entries).toHaveLength(CHANGES.length);
		expect(entries[0].title['#cdata']).toBe('Oregon: SB 1587 took effect.');
		expect(entries[0].link['@_href']).toBe('https://dmv.example.org/states/or/#event-2026-06-05');
		expect(entries[0].id).toBe('https://dmv.example.org/changes/#or-event-2026-06-05');
		expect(entries[0].updated).toBe('2026-06-05T00:00:00.000Z');
		expect(entries[0].content['#cdata']).toContain('<a href="https://news.example/sb1587?a=1&#38;b=2">Source sb1587 &#38; co</a>');
	});

	it('escapes the text of an HTML title, so it reads as written', () => {
		expect(entries[1].title['@_type']).toBe('html');
		expect(entries[1].title['#cdata']).toBe('Washington: Washington’s &#34;R&#38;D&#34; &#60;b&#62;day&#60;/b&#62;');
	});
});

describe('the JSON Feed', () => {
	it('is a JSON Feed with its address and one item per change', () => {
		expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
		expect(json.title).toBe('Changes');
		expect(json.feed_url).toBe(`https://dmv.example.org${FEEDS.json}`);
		expect(json.items).toHaveLength(CHANGES.length);
		expect(json.items.map((item: { id: string }) => item.id)).toEqual(entries.map((entry) => entry.id));
	});

	it('gives each item a plain-text title, its link, its date and its HTML', () => {
		expect(json.items[1]).toMatchObject({
			title: 'Washington: Washington’s "R&D" <b>day</b>',
			url: 'https://dmv.example.org/states/wa/#event-2026-01-09',
			date_modified: '2026-01-09T00:00:00.000Z',
		});
		expect(json.items[1].content_html).toContain('&#60;b&#62;day');
	});
});

it('refuses to write a feed with no change, rather than one dated by the clock', () => {
	expect(() => renderChangesFeed([], CONTEXT, 'atom')).toThrow(/no dated change/);
});
