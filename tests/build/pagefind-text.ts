import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement, Node } from 'node-html-parser';
import { DIST } from './dist.ts';

/** What Pagefind stored for one page: the text its excerpts are cut from. */
export interface PagefindFragment {
	readonly url: string;
	readonly content: string;
}

/** Every page's fragment in dist/pagefind/, decoded: gzip around "pagefind_dcd" and JSON. */
export function readFragments(): PagefindFragment[] {
	const dir = join(DIST, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const data = gunzipSync(readFileSync(join(dir, file)));
		const signature = data.subarray(0, 12).toString();
		if (signature !== 'pagefind_dcd') throw new Error(`${file} is not a Pagefind fragment (starts "${signature}")`);
		return JSON.parse(data.subarray(12).toString()) as PagefindFragment;
	});
}

/** Elements Pagefind leaves out of a page's text whatever their attributes (its parser's remove list). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** A word, with the punctuation that may close it ("sharing:", "2025."). */
const WORD_END = /[\p{L}\p{N}]+[.,:;!?)\]’”]*$/u;
const WORD_START = /^[\p{L}\p{N}]+/u;

/**
 * The places in an indexed `<main>` where two words meet at an element boundary with no space between them,
 * as the joined string Pagefind would index if it adds no space there ("Nlets" + "No" gives "NletsNo").
 * Pagefind separates some block elements itself; the caller checks which joins reach the index.
 */
export function elementJoins(main: HTMLElement): string[] {
	const pieces: string[] = [];
	const walk = (node: Node): void => {
		if (node.nodeType === 3) {
			pieces.push(node.rawText);
			return;
		}
		const element = node as HTMLElement;
		const tag = element.rawTagName?.toLowerCase() ?? '';
		if (SKIPPED.has(tag) || element.hasAttribute?.('data-pagefind-ignore')) return;
		// An element boundary: a break between text pieces.
		pieces.push('');
		for (const child of element.childNodes) walk(child);
		pieces.push('');
	};
	for (const child of main.childNodes) walk(child);
	const joins: string[] = [];
	let before = '';
	let boundary = false;
	for (const piece of pieces) {
		if (piece === '') {
			boundary = true;
			continue;
		}
		const text = decodeEntities(piece);
		const left = WORD_END.exec(before)?.[0];
		const right = WORD_START.exec(text)?.[0];
		if (boundary && left && right) joins.push(left + right);
		before = text.trim() === '' && /\s/.test(text) ? ' ' : text;
		boundary = false;
	}
	return joins;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
