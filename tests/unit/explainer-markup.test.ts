import { readFileSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { EXPLAINER_COMPONENTS, findProse, findUnsafeMarkup, linkProblem } from '../../src/validation/explainer-markup.ts';

/** The problems in an MDX body, as "line field: message start". */
const problems = (mdx: string) => findUnsafeMarkup(mdxToHast(mdx)).map((p) => `${p.line} ${p.field}: ${p.message.split('.')[0]}`);

describe('findUnsafeMarkup', () => {
	it('accepts Markdown, the site’s components, allowed HTML and MDX comments', () => {
		const mdx = [
			'## A heading',
			'',
			'Text with **bold**, *emphasis*, `code`, ~~struck~~, [a page](/act/), [a site](https://example.org/) and [mail](mailto:a@example.org).<Cite ids="a b" />',
			'',
			'- <Fact id="x" cite={false} capitalize /> and <Fact derived="y" cite={true} />',
			'- <StateCount way="nlets" status="blocked" /> states: <StatesWithStatus way="nlets" status="blocked" />',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'> A quote.',
			'',
			'<abbr title="Immigration and Customs Enforcement">ICE</abbr> <q cite="https://example.org/">words</q> <a href="#top" lang="es">arriba</a>',
			'',
			'{/* a note to other editors */}',
			'',
			'<StateLaws />',
			'',
			'<StatePicker />',
			'',
			'<Terms>',
			'<Term id="nlets" name="Nlets" aka="a network">',
			'',
			'Defined here.',
			'',
			'</Term>',
			'</Terms>',
		].join('\n');
		expect(problems(mdx)).toEqual([]);
	});

	it('rejects style, iframe, form and object, and any element not on the list', () => {
		const mdx = ['<style>{`p { display: none }`}</style>', '', '<iframe src="https://example.org/" />', '', '<form action="https://example.org/"><input name="q" /></form>', '', '<object data="x.swf" />', '', '<details>more</details>'].join('\n');
		expect(problems(mdx)).toEqual([
			'1 <style>: is not allowed in an explainer: it can restyle or hide any part of the page',
			'3 <iframe>: is not allowed in an explainer: it loads another site into the page',
			'5 <form>: is not allowed in an explainer: it sends what readers type to another address',
			'7 <object>: is not allowed in an explainer: it loads a plug-in or another site into the page',
			'9 <details>: is not allowed in an explainer',
		]);
	});

	it('takes no name inherited from Object for an allowed element, prop or component', () => {
		expect(problems('<constructor>x</constructor> <Fact id="x" toString="y" /> <__proto__ />')).toEqual([
			'1 <constructor>: is not allowed in an explainer',
			'1 <Fact toString>: is not a prop of <Fact>',
			'1 <__proto__>: is not allowed in an explainer',
		]);
	});

	it('rejects a Markdown image and a # heading, which would load a file and add a second h1', () => {
		expect(problems('# Title\n\n![a map](https://example.org/map.png)')).toEqual([
			'1 <h1>: is not allowed in an explainer: the page’s title is its one h1',
			'3 <img>: is not allowed in an explainer: it loads an image, possibly from another site',
		]);
	});

	it('rejects attributes beyond the allowlist, event handlers in any case, and expressions as values', () => {
		expect(problems('<p style="color: red" onMouseOver="x()" lang={lang}>Hi</p>')).toEqual([
			'1 <p style>: is not an attribute explainers may use on <p>',
			'1 <p onMouseOver>: is an event handler, which runs code in the reader’s browser',
			'1 <p lang>: needs a value in quotes',
		]);
	});

	it('holds component props to what each component takes', () => {
		expect(problems('<Fact id="x" cite="false" idd="y" {...props} /> <Cite /> <Term id={name} name="N" />')).toEqual([
			'1 <Fact>: spreads a JavaScript expression into its props, which explainers may not run',
			'1 <Fact cite>: is an on/off prop',
			'1 <Fact idd>: is not a prop of <Fact>',
			'1 <Cite ids>: is missing',
			'1 <Term id>: needs text in quotes, not an expression',
		]);
	});

	it('rejects an expression inside a component’s children, and an empty fragment', () => {
		expect(problems('<Terms>\n\n{terms.map((t) => t)}\n\n</Terms>\n\n<>text</>')).toEqual([
			'3 {…}: is a JavaScript expression, which explainers may not run',
			'7 <>: is an empty fragment tag',
		]);
	});
});

describe('linkProblem', () => {
	it('allows paths on this site, https and mailto', () => {
		for (const target of ['/act/', '#top', 'glossary/#nlets', '../ways/', 'https://example.org/a?b=c', 'mailto:someone@example.org']) {
			expect(linkProblem(target), target).toBeUndefined();
		}
	});

	it('rejects javascript: and data: however a browser would still read them, and other schemes', () => {
		for (const target of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)']) {
			expect(linkProblem(target), JSON.stringify(target)).toMatch(/^is not allowed: a javascript: link runs code/);
		}
		expect(linkProblem('DATA:text/html,<script>alert(1)</script>')).toMatch(/^is not allowed: a data: link/);
		expect(linkProblem('http://example.org/')).toMatch(/^is not allowed: an http: link/);
		expect(linkProblem('vbscript:msgbox(1)')).toMatch(/^is not allowed: a vbscript: link/);
		expect(linkProblem('https://[::1')).toMatch(/^is not a link a browser can follow/);
	});

	it('is applied to Markdown links and to href after MDX decodes character references', () => {
		expect(problems('[a](&#106;avascript:alert(1)) <a href="&#x6A;avascript:alert(1)">b</a>')).toEqual([
			'1 <a href>: is not allowed: a javascript: link runs code when a reader follows it',
			'1 <a href>: is not allowed: a javascript: link runs code when a reader follows it',
		]);
	});
});

describe('findProse', () => {
	it('reads text and the props a component prints, but not text inside a rejected element', () => {
		const prose = findProse(mdxToHast('Some text.\n\n<Term id="x" name="Term name" aka="other name">\n\nBody.\n\n</Term>\n\n<script>{`5 states`}</script>'));
		expect(prose.map((p) => [p.line, p.text])).toEqual([
			[1, 'Some text.'],
			[3, 'Term name'],
			[3, 'other name'],
			[5, 'Body.'],
		]);
	});
});

describe('EXPLAINER_COMPONENTS', () => {
	it('lists exactly the components ExplainerLayout gives the page', () => {
		const layout = readFileSync(new URL('../../src/layouts/ExplainerLayout.astro', import.meta.url), 'utf8');
		const given = /<Content components=\{\{([^}]*)\}\}/.exec(layout)?.[1]?.split(',').map((name) => name.trim());
		expect(given?.sort()).toEqual(Object.keys(EXPLAINER_COMPONENTS).sort());
	});
});
