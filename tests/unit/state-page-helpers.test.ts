import { describe, expect, it } from 'vitest';
import { getCallTargets, USAGOV_ELECTED_OFFICIALS_URL, USAGOV_GOVERNORS_URL } from '../../src/data/call-targets.ts';
import { listStateCitations, numberCitations } from '../../src/data/citations.ts';
import { formatDate } from '../../src/data/dates.ts';
import { newIssueUrl, SITE } from '../../src/site.ts';

describe('numberCitations', () => {
	it('numbers sources in order of first citation and keeps a number when a source comes back', () => {
		const numbers = numberCitations([['a', 'b'], [], ['b', 'c'], ['a']]);
		expect([...numbers]).toEqual([
			['a', 1],
			['b', 2],
			['c', 3],
		]);
	});
});

describe('listStateCitations', () => {
	it('follows the page: the four statuses with the laws after the DMV status, then the timeline', () => {
		const state = {
			nlets: { sources: ['n'] },
			dmvSharing: { sources: ['d'], laws: [{ sources: ['law'] }] },
			dataBrokers: { sources: [] },
			licensesForAll: { sources: ['l'] },
			timeline: [{ sources: ['t1'] }, { sources: ['t2'] }],
		};
		expect(listStateCitations(state)).toEqual([['n'], ['d'], ['law'], [], ['l'], ['t1'], ['t2']]);
	});
});

describe('getCallTargets', () => {
	it('sends callers to the official national directories by default, never to a phone number', () => {
		const targets = getCallTargets('TX');
		expect(targets).toMatchObject({
			official: 'Governor',
			officialUrl: USAGOV_GOVERNORS_URL,
			officialUrlIsDirect: false,
			legislators: 'state legislators',
			legislatorsUrl: USAGOV_ELECTED_OFFICIALS_URL,
			legislatorsUrlIsDirect: false,
		});
		expect(USAGOV_GOVERNORS_URL).toBe('https://www.usa.gov/state-governor');
	});

	it('prefers the links a state record keeps', () => {
		const targets = getCallTargets('OR', {
			governor: { contactUrl: 'https://www.oregon.gov/gov/pages/contact.aspx' },
			legislature: { lookupUrl: 'https://www.oregonlegislature.gov/FindYourLegislator' },
		});
		expect(targets.officialUrl).toBe('https://www.oregon.gov/gov/pages/contact.aspx');
		expect(targets.officialUrlIsDirect).toBe(true);
		expect(targets.legislatorsUrl).toBe('https://www.oregonlegislature.gov/FindYourLegislator');
		expect(targets.legislatorsUrlIsDirect).toBe(true);
	});

	it('sends DC callers to the mayor and the council', () => {
		expect(getCallTargets('dc')).toMatchObject({ official: 'Mayor', legislators: 'D.C. Council members', officialUrlIsDirect: true });
	});
});

describe('formatDate', () => {
	it('writes dates as readers say them, whatever the time zone', () => {
		expect(formatDate('2025-11-12')).toBe('November 12, 2025');
		expect(formatDate('2026-01-01')).toBe('January 1, 2026');
	});
});

describe('newIssueUrl', () => {
	it('opens a new issue in the repository with the title and body filled in', () => {
		const url = new URL(newIssueUrl('Correction: Texas', 'Page: x\nWhat is wrong:'));
		expect(url.href.startsWith(`${SITE.repoUrl}/issues/new?`)).toBe(true);
		expect(url.searchParams.get('title')).toBe('Correction: Texas');
		expect(url.searchParams.get('body')).toBe('Page: x\nWhat is wrong:');
	});
});
