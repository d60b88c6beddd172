import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../src/data/derived-figures.ts';
import { formatFigure } from '../../src/data/format-figure.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { editUrl } from '../../src/site.ts';
import { CONTENT_DIR, readPage } from './dist.ts';

const content = validateContent(CONTENT_DIR);
const figures = new Map(content.figures.map((figure) => [figure.id, figure]));
const derived = deriveFigures(figures);

/** Every explainer file with its frontmatter and the built page that renders it. */
const explainers = readdirSync(join(CONTENT_DIR, 'explainers'))
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const slug = file.replace(/\.mdx$/, '');
		const mdx = readFileSync(join(CONTENT_DIR, 'explainers', file), 'utf8');
		const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as { way: string | null; lastReviewed: string; kind?: string };
		const route = frontmatter.way ? `ways/${frontmatter.way}/index.html` : `${slug}/index.html`;
		return { slug, file: `content/explainers/${file}`, mdx, frontmatter, route, page: readPage(route) };
	});

describe('the explainers', () => {
	it('include the three ways, taking action and the glossary', () => {
		expect(explainers.map((e) => e.route).sort()).toEqual(
			['act/index.html', 'glossary/index.html', 'ways/data-brokers/index.html', 'ways/dmv-sharing/index.html', 'ways/police-networks/index.html'].sort(),
		);
	});

	it.each(explainers)('$route shows its last review date from frontmatter, a reading time and a link to edit its file', ({ page, frontmatter, file }) => {
		const time = page.querySelector('article header time');
		expect(time?.getAttribute('datetime')).toBe(String(frontmatter.lastReviewed));
		const minutes = Number(page.querySelector('[data-reading-time]')?.getAttribute('value'));
		expect(minutes).toBeGreaterThanOrEqual(1);
		expect(page.querySelectorAll('article header a').map((a) => a.getAttribute('href'))).toContain(editUrl(file));
	});

	it.each(explainers)('$route prints every figure with the value and wording the data gives', ({ page }) => {
		const printed = page.querySelectorAll('data[data-fact]');
		for (const element of printed) {
			const id = element.getAttribute('data-fact') ?? '';
			const figure = figures.get(id) ?? derived.get(id as never);
			expect(figure, `figure ${id}`).toBeDefined();
			if (!figure) continue;
			expect(Number(element.getAttribute('value'))).toBe(figure.value);
			expect(element.text.toLowerCase()).toBe(formatFigure(figure).toLowerCase());
		}
	});

	it.each(explainers)('$route numbers its citations in order of first appearance, each pointing to its entry in the list', ({ page }) => {
		const references = page.querySelectorAll('.references ol > li').map((li) => li.getAttribute('id') ?? '');
		const markers = page.querySelectorAll('sup.cite a').map((a) => ({ href: a.getAttribute('href') ?? '', number: Number(a.text) }));
		expect(markers.length).toBeGreaterThan(0);
		const firstSeen: number[] = [];
		for (const { href, number } of markers) {
			expect(href).toBe(`#${references[number - 1]}`);
			if (!firstSeen.includes(number)) firstSeen.push(number);
		}
		expect(firstSeen).toEqual(references.map((_, i) => i + 1));
	});

	it.each(explainers)('$route lists every source of every figure it prints, even one printed without its own marker', ({ page }) => {
		const listed = new Set(page.querySelectorAll('.references ol > li').map((li) => (li.getAttribute('id') ?? '').replace(/^ref-/, '')));
		const missing = page.querySelectorAll('data[data-fact]').flatMap((element) => {
			const id = element.getAttribute('data-fact') ?? '';
			const figure = figures.get(id) ?? derived.get(id as never);
			return (figure?.sources ?? []).filter((source) => !listed.has(source)).map((source) => `${id}: ${source}`);
		});
		expect(missing).toEqual([]);
	});

	it.each(explainers)('$route cites a source in every paragraph or list that prints a figure', ({ page }) => {
		const uncited = page
			.querySelectorAll('[data-prose] data[data-fact]')
			.map((data) => data.closest('ul, ol, p'))
			.filter((block): block is HTMLElement => block !== null && block.querySelector('sup.cite') === null)
			.map((block) => block.text.trim().slice(0, 80));
		expect(uncited).toEqual([]);
	});

	it.each(explainers)('$route lists its sections at the top when it has more than four, and only then', ({ page, mdx }) => {
		const sections = mdx.match(/^## .+$/gm) ?? [];
		const contents = page.querySelectorAll('nav.contents a');
		expect(contents.map((a) => a.text.trim())).toEqual(sections.length > 4 ? sections.map((line) => line.slice(3).trim()) : []);
		for (const a of contents) expect(page.querySelector(`[data-prose] h2[id="${a.getAttribute('href')?.slice(1)}"]`), a.text).not.toBeNull();
	});

	it.each(explainers)('$route puts no citation marker on a figure: a marker right after one ends its paragraph', ({ page }) => {
		const onNumbers = page
			.querySelectorAll('[data-prose] sup.cite')
			.filter((sup) => sup.previousSibling?.nodeType === 1 && (sup.previousSibling as HTMLElement).hasAttribute('data-fact'))
			.filter((sup) => (sup.nextSibling?.text ?? '').trim() !== '')
			.map((sup) => (sup.parentNode?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80));
		expect(onNumbers).toEqual([]);
	});

});
