import { describe, expect, it } from 'vitest';
import { findMdxTags, orderMdxCitations, splitIds } from '../../src/data/explainer-citations.ts';
import { countWords, readingMinutes } from '../../src/data/reading-time.ts';

const MDX = `---
title: Test
---

Intro.<Cite ids="b a" />

{/* <Cite ids="commented-out" /> */}

Figure <Fact id='x' /> and <Fact derived="y" cite={false} />, then <Cite ids="c b" /> and <StateLaws />.
`;

describe('findMdxTags', () => {
	it('reads component tags and their attributes in document order, skipping MDX comments', () => {
		expect(findMdxTags(MDX)).toEqual([
			{ name: 'Cite', attributes: { ids: 'b a' } },
			{ name: 'Fact', attributes: { id: 'x' } },
			{ name: 'Fact', attributes: { derived: 'y', cite: 'false' } },
			{ name: 'Cite', attributes: { ids: 'c b' } },
			{ name: 'StateLaws', attributes: {} },
		]);
	});
});

describe('orderMdxCitations', () => {
	it('numbers sources by first appearance, including those a component cites for itself', () => {
		const resolve = (tag: { name: string; attributes: Record<string, string> }) => {
			if (tag.name === 'Cite') return splitIds(tag.attributes['ids']);
			if (tag.name === 'Fact' && tag.attributes['id'] === 'x') return ['f1', 'a'];
			if (tag.name === 'StateLaws') return ['law'];
			return [];
		};
		expect(orderMdxCitations(MDX, resolve)).toEqual(['b', 'a', 'f1', 'c', 'law']);
	});
});

describe('reading time', () => {
	it('counts the words a reader sees, not frontmatter, tags or link targets', () => {
		expect(countWords('---\ntitle: x y z\n---\n\nOne [two](/glossary/#two) <Cite ids="a b" /> three.')).toBe(3);
	});

	it('rounds to whole minutes, at least one', () => {
		expect(readingMinutes('word')).toBe(1);
		expect(readingMinutes('word '.repeat(900))).toBe(5);
	});
});
