import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPage } from './dist.ts';

const glossary = readPage('glossary/index.html');
const terms = glossary.querySelectorAll('dl.terms dt[id]').map((dt) => ({ id: dt.getAttribute('id') ?? '', name: dt.querySelector('dfn')?.text.trim() ?? '' }));

/** Matches a term as a word, plural too; abbreviations (ICE, HSI) only in capitals. */
function termPattern(name: string): RegExp {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`\\b${escaped}s?\\b`, name === name.toUpperCase() ? '' : 'i');
}

/** The explainer's own paragraphs and list items, in order; lists printed from the state records are not prose. */
function proseBlocks(page: HTMLElement): HTMLElement[] {
	return page
		.querySelectorAll('[data-prose] p, [data-prose] li')
		.filter((block) => block.closest('[data-from-records]') === null && block.querySelector('p, li') === null);
}

/** The words a block shows before its first link to a glossary entry. */
function textBeforeLink(block: HTMLElement, href: string): string | undefined {
	const link = block.querySelector(`a[href="${href}"]`);
	if (!link) return undefined;
	return parse(block.innerHTML.slice(0, block.innerHTML.indexOf(link.outerHTML))).text;
}

const PAGES = ['ways/dmv-sharing/index.html', 'ways/data-brokers/index.html', 'ways/police-networks/index.html', 'act/index.html'];

describe('the glossary', () => {
	it('defines the terms the explainers rely on, each with its own anchor', () => {
		const ids = terms.map((term) => term.id);
		for (const id of ['nlets', 'hsi', 'ero', 'fusion-center', 'dppa', 'alpr', 'judicial-warrant', 'subpoena', 'data-broker', 'clets', 'face-recognition', 'mobile-fortify']) {
			expect(ids).toContain(id);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists its terms in alphabetical order', () => {
		const names = terms.map((term) => term.name.toLowerCase());
		expect(names).toEqual([...names].sort());
	});

	it.each(PAGES)('%s links the first use of each glossary term to its definition', (file) => {
		const blocks = proseBlocks(readPage(file));
		const unlinked: string[] = [];
		for (const term of terms) {
			const pattern = termPattern(term.name);
			const first = blocks.find((block) => pattern.test(block.text));
			if (!first) continue;
			const before = textBeforeLink(first, `/glossary/#${term.id}`);
			if (before === undefined || pattern.test(before)) unlinked.push(`${term.name}: “${first.text.trim().slice(0, 70)}…”`);
		}
		expect(unlinked).toEqual([]);
	});
});
