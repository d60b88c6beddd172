import { describe, expect, it } from 'vitest';
import { moveFactCitations as move, type MdNode } from '../../src/integrations/fact-citations.ts';

/** Each figure's sources in these tests: figure a cites s-a, and so on. */
const moveFactCitations = (children: readonly MdNode[]) => move(children, ({ id }) => [`s-${id}`]);

const text = (value: string): MdNode => ({ type: 'text', value });
const fact = (id: string, cite?: false): MdNode => ({
	type: 'mdxJsxTextElement',
	name: 'Fact',
	attributes: [
		{ type: 'mdxJsxAttribute', name: 'id', value: id },
		...(cite === false ? [{ type: 'mdxJsxAttribute', name: 'cite', value: { type: 'mdxJsxAttributeValueExpression', value: 'false' } }] : []),
	],
	children: [],
});
const cite = (ids: string): MdNode => ({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: ids }], children: [] });

/** The children as a line: text as is, a Fact as {id} ({id-} when it cites nothing), a Cite as [its attributes]. */
function show(children: readonly MdNode[] | undefined): string {
	return (children ?? [])
		.map((node) => {
			if (node.type === 'text') return node.value;
			const attrs = Object.fromEntries((node.attributes ?? []).map((a) => [a.name, typeof a.value === 'object' ? a.value?.value : a.value]));
			if (node.name === 'Fact') return `{${attrs['id']}${attrs['cite'] === 'false' ? '-' : ''}}`;
			return `[${Object.entries(attrs).map(([k, v]) => `${k}=${v}`).join(' ')}]`;
		})
		.join('');
}

describe('moving a figure’s citation markers to the end of its clause', () => {
	it('puts them after the comma or period that closes the clause, not on the number', () => {
		expect(show(moveFactCitations([text('From '), fact('a'), text(' states and DC, according to the suit.')]))).toBe(
			'From {a-} states and DC,[ids=s-a] according to the suit.',
		);
		expect(show(moveFactCitations([text('It costs '), fact('a'), text(' a year.')]))).toBe('It costs {a-} a year.[ids=s-a]');
	});

	it('skips the periods of abbreviations and the commas of dates and of "Washington, DC"', () => {
		expect(show(moveFactCitations([fact('a'), text(' adults in the U.S. and Canada; more later.')]))).toBe(
			'{a-} adults in the U.S. and Canada;[ids=s-a] more later.',
		);
		expect(show(moveFactCitations([text('worth '), fact('a'), text(' on February 25, 2021. Next.')]))).toBe(
			'worth {a-} on February 25, 2021.[ids=s-a] Next.',
		);
		expect(show(moveFactCitations([fact('a'), text(' states and Washington, DC, have laws.')]))).toBe('{a-} states and Washington, DC,[ids=s-a] have laws.');
	});

	it('puts the marker before a dash, and at the paragraph’s end when no punctuation follows', () => {
		expect(show(moveFactCitations([fact('a'), text(' cameras — and more.')]))).toBe('{a-} cameras[ids=s-a] — and more.');
		expect(show(moveFactCitations([text('Over '), fact('a')]))).toBe('Over {a-}[ids=s-a]');
	});

	it('joins two figures of one clause in one marker, and joins an explicit <Cite> in that clause', () => {
		expect(show(moveFactCitations([fact('a'), text(' and '), fact('b'), text(' in all.')]))).toBe('{a-} and {b-} in all.[ids=s-a s-b]');
		expect(show(moveFactCitations([fact('a'), text(' records '), cite('s1'), text('.')]))).toBe('{a-} records [ids=s1 s-a].');
	});

	it('leaves a Fact with cite={false} and a paragraph without figures alone', () => {
		expect(moveFactCitations([text('Plain '), fact('a', false), text(' text.')])).toBeUndefined();
		expect(moveFactCitations([text('No figures.')])).toBeUndefined();
	});

	it('copies the children instead of changing the ones it was given', () => {
		const children = [fact('a'), text(' states.')];
		moveFactCitations(children);
		expect(show(children)).toBe('{a} states.');
	});
});
