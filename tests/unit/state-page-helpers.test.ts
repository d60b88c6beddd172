import { describe, expect, it } from 'vitest';
import { displayPhone, getCallTargets, scriptOfficial, telHref, USAGOV_ELECTED_OFFICIALS_URL, USAGOV_GOVERNORS_URL } from '../../src/data/call-targets.ts';
import { listStateCitations, numberCitations } from '../../src/data/citations.ts';
import { formatDate } from '../../src/data/dates.ts';
import { correctionUrl, SITE } from '../../src/site.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

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
	it('follows the page: the three ways in order, each status before its laws, then licensing and the timeline', () => {
		const state = {
			dmvSharing: { sources: ['d'], laws: [{ sources: ['d-law'] }] },
			dataBrokers: { sources: [], laws: [] },
			nlets: { sources: ['n'], laws: [{ sources: ['n-law'] }] },
			licensesForAll: { sources: ['l'] },
			timeline: [{ sources: ['t1'] }, { sources: ['t2'] }],
		};
		expect(listStateCitations(state)).toEqual([['d'], ['d-law'], [], ['n'], ['n-law'], ['l'], ['t1'], ['t2']]);
	});
});

describe('getCallTargets', () => {
	const contacts = (answersTo: 'governor' | 'secretary-of-state' | 'attorney-general' | 'mayor', governor = true) => ({
		...(governor ? { governor: { url: 'https://governor.example.gov/', phone: '503-378-4582', checked: '2026-11-30' } } : {}),
		licensing: { office: 'The licensing office', answersTo, url: 'https://dmv.example.gov/', checked: '2026-11-30' },
	});

	it('lists the governor, then the licensing office, then the legislators, with the numbers the record keeps', () => {
		const targets = getCallTargets({ code: 'OR', contacts: contacts('governor') }, en);
		expect(targets.map((t) => [t.role, t.title, t.url, t.phone])).toEqual([
			['executive', 'Governor', 'https://governor.example.gov/', '503-378-4582'],
			['licensing', 'The licensing office', 'https://dmv.example.gov/', undefined],
			['legislators', 'state legislators', USAGOV_ELECTED_OFFICIALS_URL, undefined],
		]);
		expect(targets[0]?.checked).toBe('2026-11-30');
		expect(targets[2]?.urlIsDirect).toBe(false);
	});

	it('puts first the office that runs licensing where the governor does not appoint its head', () => {
		for (const head of ['secretary-of-state', 'attorney-general'] as const) {
			expect(getCallTargets({ code: 'IL', contacts: contacts(head) }, en).map((t) => t.role)).toEqual(['licensing', 'executive', 'legislators']);
		}
	});

	it('falls back to USAGov’s list of governors when the record keeps no governor page', () => {
		const [executive] = getCallTargets({ code: 'TX', contacts: contacts('governor', false) }, en);
		expect(executive).toMatchObject({ url: USAGOV_GOVERNORS_URL, urlIsDirect: false });
		expect(executive?.phone).toBeUndefined();
	});

	it('uses the legislature’s own lookup when the record keeps one', () => {
		const lookup = 'https://www.oregonlegislature.gov/FindYourLegislator';
		const targets = getCallTargets({ code: 'OR', contacts: { ...contacts('governor'), legislatureLookupUrl: lookup } }, en);
		expect(targets[2]).toMatchObject({ url: lookup, urlIsDirect: true });
	});

	it('sends DC callers to the mayor and the council', () => {
		expect(getCallTargets({ code: 'DC', contacts: contacts('mayor') }, en).map((t) => t.title)).toEqual([
			'Mayor',
			'The licensing office',
			'D.C. Council members',
		]);
	});

	it('names whom the script addresses: the governor, DC’s mayor, or the official who runs licensing apart', () => {
		expect(scriptOfficial('OR', 'governor', en)).toBe('Governor');
		expect(scriptOfficial('DC', 'mayor', en)).toBe('Mayor');
		expect(scriptOfficial('IL', 'secretary-of-state', en)).toBe('Secretary of State');
		expect(scriptOfficial('MT', 'attorney-general', en)).toBe('Attorney General');
	});

	it('writes tap-to-call links with the country code, and shows the number so it never breaks', () => {
		expect(telHref('503-378-4582')).toBe('tel:+15033784582');
		expect(displayPhone('503-378-4582')).toBe('503\u2011378\u20114582');
	});
});

describe('formatDate', () => {
	it('writes dates as readers say them, whatever the time zone', () => {
		expect(formatDate('2025-11-12')).toBe('November 12, 2025');
		expect(formatDate('2026-01-01')).toBe('January 1, 2026');
	});
});

describe('correctionUrl', () => {
	it('opens the correction form with its title and fields filled in', () => {
		const url = new URL(correctionUrl({ title: 'Correction: Texas', state: 'Texas', page: 'https://x.example/states/tx/' }));
		expect(url.href.startsWith(`${SITE.repoUrl}/issues/new?`)).toBe(true);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'correction.yml',
			labels: 'correction',
			title: 'Correction: Texas',
			state: 'Texas',
			page: 'https://x.example/states/tx/',
		});
	});
});
