import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScriptKind, groupReports } from '../../src/data/call-scripts.ts';
import { displayPhone, scriptOfficial, telHref } from '../../src/data/call-targets.ts';
import { formatDate } from '../../src/data/dates.ts';
import { getLevel, levelText, NLETS_LEVELS, WAYS } from '../../src/data/levels.ts';
import { statusLabel } from '../../src/data/state-record.ts';
import { FILTER_NAMES } from '../../src/data/search-filters.ts';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { getUsStateByCode } from '../../src/data/us-states.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR, DIST, listPages, readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const { states } = validateContent(CONTENT_DIR);
const record = (code: string) => {
	const state = states.find((s) => s.code === code);
	if (!state) throw new Error(`no record for ${code}`);
	return state;
};
const nameOf = (code: string) => getUsStateByCode(code)?.name ?? code;
const statePage = (code: string) => readPage(`states/${code.toLowerCase()}/index.html`);
const scriptText = (code: string) =>
	statePage(code)
		.querySelectorAll('[data-script-text] p')
		.map((p) => p.text.replace(/\s+/g, ' ').trim())
		.join(' ');


/** Words only each kind of script says. */
const OPENERS = {
	thank: 'for cutting off ICE’s access',
	finish: 'Please confirm that the block is finished',
	'carry-out': 'to make sure it is carried out',
	demand: 'unless ICE has a warrant signed by a judge',
} as const;

describe('state pages', () => {
	it('exist for all 50 states and DC, and only for them', () => {
		const built = listPages()
			.map((file) => /^states\/([a-z]{2})\/index\.html$/.exec(file)?.[1])
			.filter((code): code is string => code !== undefined);
		expect(built.sort()).toEqual(STATE_CODES.map((c) => c.toLowerCase()).sort());
	});

	it.each(STATE_CODES)('%s shows the script its Nlets status calls for, naming the state, whom it addresses, the placeholders and any precedent', (code) => {
		const state = record(code);
		const kind = getScriptKind(state.nlets.status);
		expect(statePage(code).querySelector('[data-script-kind]')?.getAttribute('data-script-kind')).toBe(kind);
		const text = scriptText(code);
		expect(text).toContain(OPENERS[kind]);
		expect(text).toContain(nameOf(code));
		expect(text).toContain(`the ${scriptOfficial(code, state.contacts.licensing.answersTo, en)}`);
		for (const other of Object.values(OPENERS).filter((opener) => opener !== OPENERS[kind])) expect(text).not.toContain(other);
		expect(text).toContain('[NAME]');
		expect(text).toContain('[CITY, ZIP]');
		// The demand script names, as dated precedent, exactly the other states the records say were reported blocked.
		const blocked = states.filter((s) => s.nlets.status === 'blocked' && s.code !== code).map((s) => ({ ...s, name: nameOf(s.code) }));
		const precedents = groupReports(blocked, en).map(
			(report) => `In ${report.month}, ${report.reportedBy} said that ${en.joinNames(report.states.map((s) => s.name))} had blocked ICE’s access through Nlets.`,
		);
		if (kind === 'demand') for (const precedent of precedents) expect(text).toContain(precedent);
		else expect(text).not.toContain('had blocked ICE’s access through Nlets');
		expect(text).not.toMatch(/without fear/i);
	});

	it.each(STATE_CODES)('%s cites at least one source for every restriction, law and event, and every citation resolves', (code) => {
		const page = statePage(code);
		const state = record(code);
		for (const way of WAYS) {
			if (!getLevel(way, state[way].status).needsSource) continue;
			const section = page.querySelector(`#way-${way}`)?.parentNode;
			expect(section?.querySelectorAll('a[href^="#cite-"]').length, `${code} ${way}`).toBeGreaterThan(0);
		}
		for (const item of page.querySelectorAll('.laws li, .timeline li')) {
			expect(item.querySelectorAll('a[href^="#cite-"]').length, item.text).toBeGreaterThan(0);
		}
		for (const ref of page.querySelectorAll('a[href^="#cite-"]')) {
			const entry = page.querySelector(ref.getAttribute('href') ?? '');
			expect(entry?.tagName, ref.getAttribute('href')).toBe('LI');
			expect(entry?.querySelector('a[href^="https://"]')).toBeTruthy();
			expect(entry?.querySelector('a[href^="/sources/#source-"]')).toBeTruthy();
		}
	});

	it.each(STATE_CODES)('%s links the offices’ own pages and gives each recorded number as a tap-to-call link, with its check date', (code) => {
		const page = statePage(code);
		const { governor, licensing } = record(code).contacts;
		const who = page.querySelector('#who-to-call')?.parentNode;
		const hrefs = who?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
		for (const contact of [governor, licensing]) if (contact) expect(hrefs).toContain(contact.url);
		const phones = [governor, licensing].filter((contact) => contact?.phone !== undefined);
		// Every tel: link on the page is one of the record's numbers, in the record's order, and nothing else is.
		expect(page.querySelectorAll('a[href^="tel:"]').map((a) => a.getAttribute('href'))).toEqual(phones.map((contact) => telHref(contact?.phone ?? '')));
		for (const contact of phones) {
			const link = page.querySelector(`a[href="${telHref(contact?.phone ?? '')}"]`);
			expect(link?.text).toContain(displayPhone(contact?.phone ?? ''));
			expect(link?.closest('li')?.text).toContain(formatDate(contact?.checked ?? ''));
		}
	});

	it.each(STATE_CODES)('%s puts the action in the order a caller needs it: safety, who to call, then the script', (code) => {
		const html = statePage(code).querySelector('#act')?.toString() ?? '';
		const at = (id: string) => html.indexOf(`id="${id}"`);
		expect(at('safety')).toBeGreaterThan(-1);
		expect(at('safety')).toBeLessThan(at('who-to-call'));
		expect(at('who-to-call')).toBeLessThan(at('script-heading'));
		expect(at('script-heading')).toBeLessThan(html.indexOf('data-script-text'));
		// One tap from the top: the jump link comes before the statuses.
		const page = statePage(code).toString();
		expect(page.indexOf('href="#act"')).toBeGreaterThan(-1);
		expect(page.indexOf('href="#act"')).toBeLessThan(page.indexOf('id="status"'));
	});

	it.each(STATE_CODES)('%s shows a timeline only when its record has dated events', (code) => {
		const page = statePage(code);
		const events = record(code).timeline.length;
		expect(page.querySelector('#timeline') !== null, `${events} events`).toBe(events > 0);
		expect(page.querySelectorAll('.timeline li')).toHaveLength(events);
	});

	it('link to the correction paths, the neighbours and the map', () => {
		const page = statePage('TX');
		const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
		expect(hrefs.some((href) => href.endsWith('/edit/main/content/states/tx.yaml'))).toBe(true);
		const issue = new URL(hrefs.find((href) => href.includes('/issues/new?')) ?? 'https://x.invalid');
		expect(issue.searchParams.get('title')).toBe('Correction: Texas');
		expect(issue.searchParams.get('template')).toBe('correction.yml');
		expect(issue.searchParams.get('state')).toBe('Texas');
		expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/states/tn/');
		expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/states/ut/');
		expect(hrefs).toContain('/map/');
		expect(page.querySelector('time[datetime]')).toBeTruthy();
		expect(page.text).toContain('Last reviewed');
	});

	it('give Pagefind the state filters', () => {
		const filters = statePage('OR')
			.querySelectorAll('[data-pagefind-filter]')
			.map((el) => el.getAttribute('data-pagefind-filter'));
		expect(filters).toEqual(['type:State', ...WAY_FIELDS.map((way) => `${FILTER_NAMES[way]}:${levelText(en, way, record('OR')[way].status).label}`)]);
	});

	it('carry a print stylesheet that keeps the script and its sources and drops the chrome', () => {
		const page = statePage('OR');
		const linked = page
			.querySelectorAll('link[rel="stylesheet"]')
			.map((link) => readFileSync(join(DIST, link.getAttribute('href') ?? ''), 'utf8'));
		const css = [...linked, ...page.querySelectorAll('style').map((style) => style.text)].join('\n');
		const print = css.slice(css.indexOf('@media print{'));
		expect(css).toContain('@media print{');
		for (const selector of ['.site-header', '.site-footer', '.print-hide', 'li:not([data-printed])']) expect(print).toContain(selector);
		expect(print).toMatch(/a\[href\^=(['"]?)http\1\]:after\{content:/);

		const printed = page.querySelectorAll('.page-sources li[data-printed]').map((li) => li.id);
		const scriptRefs = page.querySelectorAll('.script-sources a').map((a) => a.getAttribute('href')?.slice(1));
		expect(scriptRefs.length).toBeGreaterThan(0);
		for (const id of scriptRefs) expect(printed).toContain(id);
		expect(page.querySelector('#status')?.parentNode?.classList.contains('print-hide')).toBe(true);
		expect(page.querySelector('.call-script')?.closest('.print-hide')).toBeNull();
	});
});

describe('/states/', () => {
	const page = readPage('states/index.html');
	const groups = NLETS_LEVELS.map((level) => ({
		level,
		hrefs: states.filter((s) => s.nlets.status === level.status).map((s) => `/states/${s.code.toLowerCase()}/`),
	}));

	it('lists every state once, under its Nlets status, with a section and a jump link for each status some state has', () => {
		for (const { level, hrefs } of groups) {
			const section = page.querySelector(`#group-${level.status}`)?.parentNode;
			if (hrefs.length === 0) {
				expect(section, level.status).toBeUndefined();
				continue;
			}
			expect(section?.querySelectorAll('tbody th a').map((a) => a.getAttribute('href')).sort()).toEqual([...hrefs].sort());
			expect(section?.querySelector('h2')?.text).toContain(`(${hrefs.length})`);
		}
		const jumps = page.querySelectorAll('.status-jump a').map((a) => a.getAttribute('href'));
		expect(jumps).toEqual(groups.filter((group) => group.hrefs.length > 0).map((group) => `#group-${group.level.status}`));
	});

	it('gives each state its three statuses in a row, under the ways’ marks', () => {
		const headers = page.querySelectorAll('.group thead th[data-way]').slice(0, WAY_FIELDS.length);
		expect(headers.map((th) => th.getAttribute('data-way'))).toEqual([...WAY_FIELDS]);
		expect(headers.every((th) => th.querySelector('.way-mark svg') !== null)).toBe(true);
		for (const state of states) {
			const row = page.querySelector(`tbody th a[href="/states/${state.code.toLowerCase()}/"]`)?.closest('tr');
			expect(row?.querySelectorAll('td').map((td) => td.text.trim()), state.code).toEqual(WAY_FIELDS.map((way) => statusLabel(state, way, en)));
		}
	});
});

describe('/act/', () => {
	it('works without JavaScript: 51 links to the states’ call scripts, grouped by status', () => {
		const page = readPage('act/index.html');
		const links = page.querySelectorAll('.picker section a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(STATE_CODES.map((c) => `/states/${c.toLowerCase()}/#act`).sort());
		// A status no state has gets no empty heading.
		for (const level of NLETS_LEVELS) {
			expect(page.querySelector(`#pick-${level.status}`) !== null, level.status).toBe(states.some((s) => s.nlets.status === level.status));
		}
	});

	it('has a select of all states for JavaScript to reveal, with nothing that sends the choice anywhere', () => {
		const page = readPage('act/index.html');
		const form = page.querySelector('form[data-state-picker]');
		expect(form?.hasAttribute('hidden')).toBe(true);
		expect(form?.hasAttribute('action')).toBe(false);
		expect(form?.querySelectorAll('option[value]:not([value=""])')).toHaveLength(51);
		expect(page.querySelector('label[for="picker-state"]')).toBeTruthy();
	});
});
