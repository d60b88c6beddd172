/**
 * Citations in an explainer's MDX, in the order a reader meets them. The layout numbers them
 * from the raw MDX before the page renders, so <Cite>, <Fact> and the reference list all agree
 * on each source's number without running twice. Pure, for the unit tests.
 */
import { numberCitations } from './citations.ts';

/** A component tag in MDX with its string attributes, e.g. <Fact id="x" /> → { name: 'Fact', attributes: { id: 'x' } }. */
export interface MdxTag {
	readonly name: string;
	readonly attributes: Readonly<Record<string, string>>;
}

/** Opening or self-closing JSX tags whose name starts with a capital letter. */
const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;
/** MDX comments and fenced code, which render no components. */
const INERT = /\{\/\*[\s\S]*?\*\/\}|^```[\s\S]*?^```/gm;

/** Every component tag in an MDX body, in document order. Expression attributes keep their source text. */
export function findMdxTags(mdx: string): MdxTag[] {
	const text = mdx.replace(INERT, '');
	return [...text.matchAll(TAG)].map((match) => {
		const attributes: Record<string, string> = {};
		for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
			const name = attribute[1];
			if (name) attributes[name] = attribute[2] ?? attribute[3] ?? attribute[4]?.trim() ?? 'true';
		}
		return { name: match[1] ?? '', attributes };
	});
}

/** Tells, for one component tag, which sources it cites; tags that cite nothing return []. */
export type CitationResolver = (tag: MdxTag) => readonly string[];

/** The source ids an MDX body cites, each once, in the order of first citation. */
export function orderMdxCitations(mdx: string, resolve: CitationResolver): string[] {
	return [...numberCitations(findMdxTags(mdx).map(resolve)).keys()];
}

/** Source ids split from a space-separated attribute such as ids="a b". */
export function splitIds(value: string | undefined): string[] {
	return (value ?? '').split(/\s+/).filter(Boolean);
}
