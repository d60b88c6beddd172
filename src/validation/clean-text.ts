/**
 * Text a contributor cannot see must not reach the site: bytes that are not UTF-8 (published
 * as "�"), and invisible characters that reorder or hide words (bidi controls, zero-width and
 * control characters) and so can make a pull request read differently from what it publishes.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

/** The first bytes that are not UTF-8: where they start and what they are. */
export interface BadUtf8 {
	/** Byte offset from the start of the file, from 0. */
	readonly offset: number;
	/** Line of the file, from 1. */
	readonly line: number;
	/** The offending bytes, in hex, e.g. "E9 20". */
	readonly bytes: string;
}

/** Decodes UTF-8 strictly (a leading byte-order mark is dropped), or tells where the first bad bytes are. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { bad: BadUtf8 } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { bad: findBadUtf8(bytes) };
	}
}

/** Feeds the bytes one at a time to a strict streaming decoder; the sequence it rejects started at the last clean boundary. */
function findBadUtf8(bytes: Uint8Array): BadUtf8 {
	// ignoreBOM keeps a byte-order mark as output, so the offset after it counts.
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		try {
			if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }) !== '') start = i + 1;
		} catch {
			return describe(bytes, start, i + 1);
		}
	}
	// A sequence cut off by the end of the file.
	return describe(bytes, start, bytes.length);
}

function describe(bytes: Uint8Array, start: number, end: number): BadUtf8 {
	const line = bytes.subarray(0, start).filter((byte) => byte === 0x0a).length + 1;
	const hex = [...bytes.subarray(start, Math.max(end, start + 1))].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0'));
	return { offset: start, line, bytes: hex.join(' ') };
}

/** Reads a content file as UTF-8; bytes that are not UTF-8 become a problem naming their offset, and undefined. */
export function readUtf8File(path: string, file: string, problems: Problem[]): string | undefined {
	const decoded = decodeUtf8(readFileSync(path));
	if ('text' in decoded) return decoded.text;
	const { offset, line, bytes } = decoded.bad;
	problems.push({
		file,
		line,
		field: '',
		value: undefined,
		message: `is not valid UTF-8: bytes ${bytes} at byte offset ${offset} would be published as "�". Fix: save the file as UTF-8 (most editors offer "Save with encoding"), then check the accented letters and quotation marks on line ${line}`,
	});
	return undefined;
}

/** What an invisible character does, for the message. */
export type HiddenKind = 'bidi control' | 'zero-width character' | 'control character';

/** Invisible characters no content file needs. Tab, line feed and carriage return are ordinary whitespace. */
const HIDDEN: readonly (readonly [RegExp, HiddenKind])[] = [
	[/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, 'bidi control'],
	[/[\u200B-\u200D\u2060-\u2064\uFEFF\u180E]/u, 'zero-width character'],
	[/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFF9-\uFFFB]/u, 'control character'],
];

/**
 * Zero-width joiner and non-joiner (U+200D, U+200C) shape letters in scripts such as Persian,
 * Arabic and Devanagari, so a name may need them. They are allowed between two letters or marks
 * outside ASCII, and nowhere else, where they would only hide something.
 */
const JOINER = /[\u200C\u200D]/u;
const NON_ASCII_LETTER = /[^\p{ASCII}]/u;
const LETTER = /[\p{L}\p{M}]/u;

function isNeededJoiner(text: string, index: number): boolean {
	const [before, after] = [text[index - 1] ?? '', text[index + 1] ?? ''];
	return [before, after].every((c) => LETTER.test(c) && NON_ASCII_LETTER.test(c));
}

/** One invisible character found in a text. */
export interface Hidden {
	/** Index in the text, in UTF-16 code units. */
	readonly index: number;
	/** The code point as written in messages, e.g. "U+202E". */
	readonly codePoint: string;
	readonly kind: HiddenKind;
}

const ANY_HIDDEN = new RegExp(HIDDEN.map(([pattern]) => pattern.source).join('|'), 'gu');

/** Every invisible character in `text` that no content needs. */
export function findHidden(text: string): Hidden[] {
	return [...text.matchAll(ANY_HIDDEN)].flatMap((match): Hidden[] => {
		const char = match[0];
		const kind = HIDDEN.find(([pattern]) => pattern.test(char))?.[1];
		if (!kind || (JOINER.test(char) && isNeededJoiner(text, match.index))) return [];
		return [{ index: match.index, codePoint: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, kind }];
	});
}

/** The text around an invisible character, with the character shown as ⟦U+202E⟧, so a message can point at it. */
export function showHidden(text: string, hidden: Hidden): string {
	const from = Math.max(0, hidden.index - 30);
	const to = Math.min(text.length, hidden.index + 31);
	return `${from > 0 ? '…' : ''}${text.slice(from, hidden.index)}⟦${hidden.codePoint}⟧${text.slice(hidden.index + 1, to)}${to < text.length ? '…' : ''}`;
}

/** The message for an invisible character, after the field and value. */
export function hiddenMessage(hidden: Hidden): string {
	return `holds an invisible ${hidden.kind} (${hidden.codePoint}, shown as ⟦${hidden.codePoint}⟧), which can hide or reorder what a reviewer sees. Fix: delete it; retype the words around it if your editor does not show it`;
}
