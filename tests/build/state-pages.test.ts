import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getScriptKind, joinNames } from '../../src/data/call-scripts.ts';
import { getLevel, NLETS_LEVELS, WAYS } from '../../src/data/levels.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { getUsStateByCode } from '../../src/data/us-states.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR, DIST, listPages, readPage } from './dist.ts';

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

/** A state of each Nlets status the records hold (not DC, which has a mayor), so every script's page is read. */
const onePerNletsStatus = NLETS_LEVELS.flatMap((level) => states.find((s) => s.nlets.status === level.status && s.code !== 'DC')?.code ?? []);

const OPENERS = {
	thank: 'for cutting off ICE’s access',
	finish: 'Please finish the block',
	demand: 'unless ICE has a warrant signed by a judge',
} as const;

describe('state pages', () => {
	it('exist for all 50 states and DC, and only for them', () => {
		const built = listPages()
			.map((file) => /^states\/([a-z]{2})\/index\.html$/.exec(file)?.[1])
			.filter((code): code is string => code !== undefined);
		expect(built.sort()).toEqual(STATE_CODES.map((c) => c.toLowerCase()).sort());
	});

	it.each(STATE_CODES)('%s shows the script its Nlets status calls for, naming the state, the placeholders and any precedent', (code) => {
		const kind = getScriptKind(record(code).nlets.status);
		expect(statePage(code).querySelector('[data-script-kind]')?.getAttribute('data-script-kind')).toBe(kind);
		const text = scriptText(code);
		expect(text).toContain(OPENERS[kind]);
		expect(text).toContain(`ICE’s access to ${nameOf(code)}`);
		for (const other of Object.values(OPENERS).filter((opener) => opener !== OPENERS[kind])) expect(text).not.toContain(other);
		expect(text).toContain('[NAME]');
		expect(text).toContain('[CITY, ZIP]');
		// The demand script names, as precedent, exactly the other states the records say blocked ICE.
		const blocked = states.filter((s) => s.nlets.status === 'blocked' && s.code !== code).map((s) => nameOf(s.code));
		const precedent = blocked.length === 0 ? '' : `${joinNames(blocked)} ${blocked.length === 1 ? 'has' : 'have'} already blocked ICE’s access through Nlets.`;
		if (kind === 'demand' && precedent) expect(text).toContain(`. ${precedent}`);
		else expect(text).not.toContain('already blocked ICE’s access');
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

	it.each(onePerNletsStatus)('%s names the governor, links the official directories and holds no phone number', (code) => {
		const page = statePage(code);
		const who = page.querySelector('#who-to-call')?.parentNode;
		expect(who?.text).toContain('The Governor');
		const hrefs = who?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
		expect(hrefs).toContain('https://www.usa.gov/state-governor');
		expect(hrefs.some((href) => href?.startsWith('https://') && href !== 'https://www.usa.gov/state-governor')).toBe(true);
		expect(who?.querySelectorAll('a[href^="#cite-"]').length).toBeGreaterThan(0);
		expect(page.toString()).not.toMatch(/href="tel:|\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b/);
		expect(page.querySelector('#safety')?.parentNode?.text).toContain('voicemail is up to you');
	});

	it('link to the correction paths, the neighbours and the map', () => {
		const page = statePage('TX');
		const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
		expect(hrefs.some((href) => href.endsWith('/edit/main/content/states/tx.yaml'))).toBe(true);
		const issue = hrefs.find((href) => href.includes('/issues/new?'));
		expect(new URL(issue ?? 'https://x.invalid').searchParams.get('title')).toBe('Correction: Texas');
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
		expect(filters).toEqual([
			'type:State',
			`Nlets status:${getLevel('nlets', record('OR').nlets.status).label}`,
			`DMV law:${getLevel('dmvSharing', record('OR').dmvSharing.status).label}`,
		]);
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

/** Bytes, gzipped, that a first visit to a page transfers: its HTML and the CSS and JS files it links. */
function firstLoadBytes(file: string): number {
	const page = readPage(file);
	const assets = [
		...page.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? ''),
		...page.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? ''),
	];
	return [file, ...assets].reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path))).length, 0);
}

describe('budgets', () => {
	it.each(['states/index.html', 'act/index.html', ...STATE_CODES.map((c) => `states/${c.toLowerCase()}/index.html`)])(
		'%s loads at most 25 KB gzip',
		(file) => {
			expect(firstLoadBytes(file)).toBeLessThanOrEqual(25 * 1024);
		},
	);
});

describe('/states/', () => {
	it('lists every state once, under its Nlets status, with its other statuses in words', () => {
		const page = readPage('states/index.html');
		for (const level of NLETS_LEVELS) {
			const group = page.querySelector(`#group-${level.status}`)?.parentNode;
			const links = group?.querySelectorAll('.states > li > a').map((a) => a.getAttribute('href')) ?? [];
			const expected = states.filter((s) => s.nlets.status === level.status).map((s) => `/states/${s.code.toLowerCase()}/`);
			expect(links.sort()).toEqual(expected.sort());
			expect(group?.querySelector('h2')?.text).toContain(`(${expected.length})`);
		}
		const texas = page.querySelectorAll('.states > li').find((li) => li.querySelector('a')?.text === 'Texas');
		expect(texas?.text).toContain(`DMV law:${getLevel('dmvSharing', record('TX').dmvSharing.status).label}`);
		expect(texas?.text).toContain(`Licenses:${getLevel('licensesForAll', record('TX').licensesForAll.status).label}`);
	});
});

describe('/act/', () => {
	it('works without JavaScript: 51 links to the states’ call scripts, grouped by status', () => {
		const page = readPage('act/index.html');
		const links = page.querySelectorAll('.picker section a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(STATE_CODES.map((c) => `/states/${c.toLowerCase()}/#act`).sort());
		for (const level of NLETS_LEVELS) expect(page.querySelector(`#pick-${level.status}`)).toBeTruthy();
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
