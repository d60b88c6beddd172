import { describe, expect, it } from 'vitest';
import { decodeUtf8, findHidden } from '../../src/validation/clean-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const codePoints = (text: string) => findHidden(text).map((hidden) => `${hidden.codePoint} ${hidden.kind}`);

describe('decodeUtf8', () => {
	it('decodes UTF-8 and drops a leading byte-order mark', () => {
		expect(decodeUtf8(new TextEncoder().encode('Peña'))).toEqual({ text: 'Peña' });
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: 'a' });
	});

	it('names the offset, line and bytes of the first sequence that is not UTF-8', () => {
		// "a\nb" then Latin-1 é (0xE9) before a space.
		expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0xe9, 0x20))).toEqual({ bad: { offset: 3, line: 2, bytes: 'E9 20' } });
		// A three-byte sequence broken off by an ASCII letter starts at its first byte.
		expect(decodeUtf8(bytes(0x61, 0xe2, 0x82, 0x41))).toEqual({ bad: { offset: 1, line: 1, bytes: 'E2 82 41' } });
		// A sequence cut off by the end of the file.
		expect(decodeUtf8(bytes(0x61, 0xc3))).toEqual({ bad: { offset: 1, line: 1, bytes: 'C3' } });
		// Offsets count the byte-order mark.
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xff))).toEqual({ bad: { offset: 3, line: 1, bytes: 'FF' } });
	});
});

describe('findHidden', () => {
	it('finds bidi controls, zero-width and control characters', () => {
		expect(codePoints('a\u202Eb c\u2066d e\u200Ff')).toEqual(['U+202E bidi control', 'U+2066 bidi control', 'U+200F bidi control']);
		expect(codePoints('a\u200Bb c\u2060d e\uFEFFf')).toEqual(['U+200B zero-width character', 'U+2060 zero-width character', 'U+FEFF zero-width character']);
		expect(codePoints('a\u0000b c\u0007d e\u007Ff g\u0085h i\u2028j')).toEqual([
			'U+0000 control character',
			'U+0007 control character',
			'U+007F control character',
			'U+0085 control character',
			'U+2028 control character',
		]);
	});

	it('leaves tabs, line breaks and ordinary letters alone', () => {
		expect(findHidden('a\tb\r\nc Peña, Nguyễn, Müller — “quoted” ‘text’ …')).toEqual([]);
	});

	it('allows a joiner or non-joiner between letters of a script that needs it, and nowhere else', () => {
		// Persian می‌خواهم and Hindi क्‍ष need them between their letters.
		expect(findHidden('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toEqual([]);
		expect(findHidden('\u0915\u094D\u200D\u0937')).toEqual([]);
		// In ASCII, or at the edge of a word, they would only hide something.
		expect(codePoints('lett\u200Cers-2025')).toEqual(['U+200C zero-width character']);
		expect(codePoints('\u200D\u0645\u06CC')).toEqual(['U+200D zero-width character']);
	});
});
