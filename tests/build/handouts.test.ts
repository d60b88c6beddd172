import { describe, expect, it } from 'vitest';
import { displayPhone, getCallTargets } from '../../src/data/call-targets.ts';
import { handoutPath, NATIONAL_HANDOUT_PATH, numberHandoutSources, shortLink } from '../../src/data/handout.ts';
import { describedLevels } from '../../src/data/levels.ts';
import { statusLabel } from '../../src/data/state-record.ts';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { SITE } from '../../src/site.ts';
import { decodeQr } from '../decode-qr.ts';
import { SOURCES, STATES } from './content.ts';
import { readPage } from './dist.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const handoutOf = (slug: string) => readPage(`${handoutPath(slug).slice(1)}index.html`);
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('state handouts', () => {
	it.each(STATES.map((s) => [s.code, s] as const))('%s: a QR code that reads as the state page’s address', (_, state) => {
		const svg = handoutOf(state.slug).querySelector('svg.qr-code')?.toString() ?? '';
		expect(decodeQr(svg)).toBe(new URL(`/states/${state.slug}/`, SITE.url).href);
	});

	it.each(STATES.map((s) => [s.code, s] as const))('%s: the three ways, the state’s status on each, the call script and whom to call', (_, state) => {
		const handout = handoutOf(state.slug);
		const rows = handout.querySelectorAll('table.handout-ways tbody tr');
		expect(rows).toHaveLength(WAY_FIELDS.length);
		WAY_FIELDS.forEach((way, i) => expect(rows[i]?.querySelector('td:last-child')?.text, way).toContain(statusLabel(state, way, en)));

		const script = handout.querySelectorAll('[data-handout-script] > p:not(.handout-note)').map((p) => words(p.text));
		const onPage = readPage(`states/${state.slug}/index.html`).querySelectorAll('[data-script-text] p').map((p) => words(p.text));
		expect(script).toEqual(onPage);

		const calls = handout.querySelectorAll('ol.handout-targets li');
		const targets = getCallTargets(state, en);
		expect(calls).toHaveLength(targets.length);
		for (const target of targets.filter((t) => t.phone)) {
			expect(handout.querySelector(`a[href="tel:+1${target.phone?.replace(/\D/g, '')}"]`)?.text, target.title).toBe(displayPhone(target.phone ?? ''));
		}
	});

	it.each(STATES.map((s) => [s.code, s] as const))('%s: every source of its statuses as a short link, numbered', (_, state) => {
		const links = readPage(`${handoutPath(state.slug).slice(1)}index.html`)
			.querySelectorAll('ol.handout-sources li')
			.map((li) => li.text);
		const claimed = numberHandoutSources(state, []);
		expect(links.length).toBeGreaterThanOrEqual(claimed.size);
		for (const [id, number] of claimed) {
			const url = SOURCES.find((s) => s.id === id)?.url ?? '';
			expect(links[number - 1], id).toBe(shortLink(url));
		}
	});

	it('are linked from their state pages, and kept out of search', () => {
		for (const state of STATES) {
			expect(readPage(`states/${state.slug}/index.html`).querySelector(`a[href="${handoutPath(state.slug)}"]`), state.code).not.toBeNull();
			expect(handoutOf(state.slug).querySelector('[data-pagefind-body]'), state.code).toBeNull();
		}
	});
});

describe('the national handout, /handout/', () => {
	const handout = readPage(`${NATIONAL_HANDOUT_PATH.slice(1)}index.html`);

	it('explains each of the three ways, with how many states have each kind of limit', () => {
		const sections = handout.querySelectorAll('article section');
		expect(sections.map((section) => section.querySelector('h2')?.text)).toEqual(['1. Direct sharing', '2. Data brokers', '3. Police networks']);
		WAY_FIELDS.forEach((way, i) => {
			const text = words(sections[i]?.text ?? '');
			for (const level of describedLevels(way, en).filter((l) => l.needsSource)) {
				const count = STATES.filter((s) => s[way].status === level.status).length;
				if (count > 0) expect(text, `${way} ${level.status}`).toContain(`${level.label}: ${count}`);
				else expect(text, `${way} ${level.status}`).not.toContain(`${level.label}:`);
			}
		});
	});

	it('has a QR code that reads as the address of the list of states, and is linked from /ways/', () => {
		expect(decodeQr(handout.querySelector('svg.qr-code')?.toString() ?? '')).toBe(new URL('/states/', SITE.url).href);
		expect(readPage('ways/index.html').querySelector(`a[href="${NATIONAL_HANDOUT_PATH}"]`)).not.toBeNull();
	});
});
