/**
 * Moves a figure's citation markers off the number, to the end of its clause: "41 states,[7]" rather than
 * "41[7] states". An mdast plugin for the explainers' MDX: each <Fact> that cites gets cite={false}, and a
 * <Cite ids="…" /> with its sources goes after the next comma, semicolon, colon, closing parenthesis or
 * sentence end in the same paragraph, before a dash, or at the paragraph's end. A <Cite> already in that
 * clause takes the figure's sources instead, so one clause never ends in two markers. The page numbers its
 * citations from the raw MDX, where the Fact still stands, so the order of first appearance is kept.
 * Pure: the sources of each figure come from the function it is given.
 */

import type { Heading, Paragraph, TableCell } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

/** The parts of an MDX syntax tree (mdast with mdx-jsx nodes) this plugin reads and writes. */
export interface MdNode {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: MdAttribute[];
	children?: MdNode[];
}

export interface MdAttribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value: string; data?: unknown };
}

/** Punctuation that may close a clause; a period only before a space or the end. clauseEnd() skips abbreviations, names and dates. */
const CLAUSE_END = /[,;:!?)]|\s[—–]\s|\.(?=\s|$)/g;

function attribute(node: MdNode, name: string): MdAttribute | undefined {
	return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function isElement(node: MdNode, name: string): boolean {
	return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;
}

/** A Fact that prints its own markers: no cite={false}. */
function citesItself(node: MdNode): boolean {
	if (!isElement(node, 'Fact')) return false;
	const cite = attribute(node, 'cite');
	return !(cite && typeof cite.value === 'object' && cite.value?.value.trim() === 'false');
}

/** cite={false}, as MDX writes an expression attribute. */
function citeFalse(): MdAttribute {
	return { type: 'mdxJsxAttribute', name: 'cite', value: { type: 'mdxJsxAttributeValueExpression', value: 'false' } };
}

/** The sources of the figure a <Fact> prints: { id } or { derived }. Throws on an unknown figure. */
export type FigureSources = (fact: { id?: string; derived?: string }) => readonly string[];

/** Adds source ids to a Cite element's ids. */
function addToCite(cite: MdNode, ids: readonly string[]): void {
	cite.attributes ??= [];
	const existing = attribute(cite, 'ids');
	const before = typeof existing?.value === 'string' ? existing.value.split(/\s+/).filter(Boolean) : [];
	const value = [...new Set([...before, ...ids])].join(' ');
	if (existing) existing.value = value;
	else cite.attributes.push({ type: 'mdxJsxAttribute', name: 'ids', value });
}

function newCite(ids: readonly string[]): MdNode {
	const cite: MdNode = { type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [] };
	addToCite(cite, ids);
	return cite;
}

/** Where a clause ends in a text value at or after `from`: the index just after its punctuation, or -1. */
function clauseEnd(text: string, from = 0): number {
	CLAUSE_END.lastIndex = from;
	for (let match = CLAUSE_END.exec(text); match; match = CLAUSE_END.exec(text)) {
		const end = match.index + match[0].trimEnd().length;
		const before = text.slice(0, match.index);
		const after = text.slice(match.index + 1);
		// "U.S." and "D.C.": a period after a lone capital letter that follows a period or a space is an abbreviation.
		if (match[0] === '.' && /(^|[\s.])[A-Z]$/.test(before)) continue;
		// Commas inside a name or a date do not end a clause: "Washington, DC", "February 25, 2021".
		if (match[0] === ',' && (/^ (DC|D\.C\.)\b/.test(after) || (/\d$/.test(before) && /^ \d{4}\b/.test(after)))) continue;
		return match[0].startsWith(' ') ? match.index : end;
	}
	return -1;
}

/**
 * The children of a paragraph, heading or cell with each citing Fact's markers moved to its clause's end,
 * or undefined when no Fact there cites. The children given are copied, not changed.
 */
export function moveFactCitations(original: readonly MdNode[], sourcesOf: FigureSources): MdNode[] | undefined {
	if (!original.some(citesItself)) return undefined;
	const children = JSON.parse(JSON.stringify(original)) as MdNode[];
	let pending: string[] | undefined;
	const flush = (at: number) => {
		if (!pending) return;
		children.splice(at, 0, newCite(pending));
		pending = undefined;
	};
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		if (citesItself(child)) {
			const id = attribute(child, 'id')?.value;
			const derived = attribute(child, 'derived')?.value;
			pending = [
				...(pending ?? []),
				...sourcesOf({ ...(typeof id === 'string' && { id }), ...(typeof derived === 'string' && { derived }) }),
			];
			child.attributes = [...(child.attributes ?? []).filter((a) => a.name !== 'cite'), citeFalse()];
			continue;
		}
		if (!pending) continue;
		if (isElement(child, 'Cite')) {
			addToCite(child, pending);
			pending = undefined;
			continue;
		}
		if (child.type !== 'text' || typeof child.value !== 'string') continue;
		const end = clauseEnd(child.value);
		if (end === -1) continue;
		const rest = child.value.slice(end);
		child.value = child.value.slice(0, end);
		children.splice(i + 1, 0, ...(rest ? [{ type: 'text', value: rest }] : []));
		flush(i + 1);
	}
	flush(children.length);
	return children;
}

/** The mdast plugin for Astro's Markdown processor: `satteri({ mdastPlugins: [factCitations(sourcesOf)] })`. */
export function factCitations(sourcesOf: FigureSources): MdastPluginDefinition {
	const visit = (node: Readonly<Paragraph | Heading | TableCell>, ctx: MdastVisitorContext): void => {
		const children = moveFactCitations(node.children as unknown as MdNode[], sourcesOf);
		if (children) ctx.setProperty(node, 'children', children as unknown as Paragraph['children']);
	};
	return { name: 'fact-citations', paragraph: visit, heading: visit, tableCell: visit };
}
