import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { eventAnchors, listChanges, recentlyChanged } from '../../src/data/changes.ts';
import { FEEDS } from '../../src/data/feeds.ts';
import { SITE } from '../../src/site.ts';
import { STATES } from './content.ts';
import { bareRouteOf, DIST, listPages, readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const read = (path: string) => readFileSync(join(DIST, path.replace(/^\//, '')), 'utf8');
const atomText = read(FEEDS.atom);
const atom = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(atomText);
const entries: { id: string; title: { '#cdata': string }; updated: string; link: { '@_href': string } }[] = [atom.feed.entry].flat();
const json = JSON.parse(read(FEEDS.json));
const changes = listChanges(STATES, en);
const events = STATES.flatMap((state) => eventAnchors(state.timeline).map((anchor, i) => ({ state, anchor, event: state.timeline[i] })));

describe('the Atom feed, /changes.xml', () => {
	it('is well-formed Atom with its id, title, date, author and self link', () => {
		expect(XMLValidator.validate(atomText)).toBe(true);
		expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(atom.feed.id).toBe(new URL(FEEDS.page, SITE.url).href);
		expect(atom.feed.title).toBeTruthy();
		expect(atom.feed.author.name).toBeTruthy();
		expect(atom.feed.updated).toBe(`${changes[0]?.date}T00:00:00.000Z`);
		expect([atom.feed.link].flat().find((l: Record<string, string>) => l['@_rel'] === 'self')?.['@_href']).toBe(new URL(FEEDS.atom, SITE.url).href);
	});

	it('has an entry for every timeline event of every state, linked to the event on its state page', () => {
		expect(events.length).toBeGreaterThan(0);
		expect(entries.length).toBeGreaterThanOrEqual(events.length);
		for (const { state, anchor, event } of events) {
			const entry = entries.find((e) => e.link['@_href'] === new URL(`/states/${state.slug}/#${anchor}`, SITE.url).href);
			expect(entry, `${state.code} ${anchor}`).toBeDefined();
			expect(entry?.title['#cdata']).toContain(state.name);
			expect(entry?.updated).toBe(`${event?.date}T00:00:00.000Z`);
		}
	});

	it('has one entry per change, each with its own id, newest first', () => {
		expect(entries).toHaveLength(changes.length);
		expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
		const dates = entries.map((e) => e.updated);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('the JSON Feed, /changes.json', () => {
	it('is a JSON Feed with the same items as the Atom feed', () => {
		expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
		expect(json.feed_url).toBe(new URL(FEEDS.json, SITE.url).href);
		expect(json.items.map((item: { id: string }) => item.id)).toEqual(entries.map((e) => e.id));
		for (const item of json.items) {
			expect(item.title).toBeTruthy();
			expect(item.url).toMatch(/\/states\/[a-z]{2}\/#/);
			expect(item.content_html).toBeTruthy();
		}
	});
});

describe('where the feeds are offered', () => {
	it('every page announces both feeds in its <head>', () => {
		for (const file of listPages().filter((page) => bareRouteOf(page) !== '/embed/map/')) {
			const types = readPage(file)
				.querySelectorAll('head link[rel="alternate"]')
				.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`);
			expect(types, file).toEqual(expect.arrayContaining([`application/atom+xml ${FEEDS.atom}`, `application/feed+json ${FEEDS.json}`]));
		}
	});

	it('/data/ and every state page link the feeds and the changes page', () => {
		for (const file of ['data/index.html', ...STATES.map((s) => `states/${s.slug}/index.html`)]) {
			const hrefs = readPage(file).querySelectorAll('main a').map((a) => a.getAttribute('href'));
			expect(hrefs, file).toEqual(expect.arrayContaining([FEEDS.atom, FEEDS.json, FEEDS.page]));
		}
	});

	it('each state page has the anchor of each of its events', () => {
		for (const { state, anchor } of events) expect(readPage(`states/${state.slug}/index.html`).getElementById(anchor), `${state.code} ${anchor}`).not.toBeNull();
	});

	it('/changes/ lists the same changes as the feeds, in the same order', () => {
		const items = readPage('changes/index.html').querySelectorAll('ol.changes > li');
		expect(items.map((li) => li.id)).toEqual(changes.map((c) => c.id));
	});
});

describe('the "changed in the last 90 days" mark', () => {
	const index = readPage('states/index.html');
	// The day the build counted back from, as /states/ prints it: the tests never read the clock.
	const today = index.querySelector('.recent-note time')?.getAttribute('datetime') ?? '';
	const expected = [...recentlyChanged(changes, today)].sort();

	it('marks on /states/ exactly the states with a change in the 90 days before the build’s date', () => {
		expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const marked = index
			.querySelectorAll('table.states tbody th')
			.filter((cell) => cell.querySelector('.recent'))
			.map((cell) => /\/states\/([a-z]{2})\//.exec(cell.querySelector('a')?.getAttribute('href') ?? '')?.[1]?.toUpperCase());
		expect(index.querySelectorAll('table.states tbody th')).toHaveLength(STATES.length);
		expect(marked.sort()).toEqual(expected);
	});

	it('gives the same states the mark in the map’s details card and the embed’s', () => {
		const client = JSON.parse(readPage('map/index.html').querySelector('script.map-data')?.text ?? '{}');
		const embed = JSON.parse(readPage('embed/map/index.html').querySelector('script#embed-data')?.text ?? '{}');
		for (const data of [client, embed]) {
			const recent = Object.entries(data.states as Record<string, { recent?: true }>)
				.filter(([, state]) => state.recent)
				.map(([code]) => code);
			expect(recent.sort()).toEqual(expected);
			expect(data.recentLabel).toBe('Changed in the last 90 days');
		}
	});
});
