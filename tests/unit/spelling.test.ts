import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProse, checkSpelling, formatSpellingProblem } from '../../src/validation/spelling.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/spelling');
const ROOT = join(import.meta.dirname, '../..');
const found = checkSpelling(FIXTURE, join(FIXTURE, 'en.ts')).map((p) => `${p.file}:${p.line} ${p.word} → ${p.fix}`);

describe('the spelling check', () => {
	it('finds British spellings and straight apostrophes in prose, with the US form and ’ as the fix', () => {
		expect(checkProse('The organisation’s Colour and ICE\'s licences, the states\' records')).toEqual([
			{ word: 'organisation', fix: 'organization' },
			{ word: 'Colour', fix: 'Color' },
			{ word: "ICE's", fix: 'ICE’s' },
			{ word: 'licences', fix: 'licenses' },
			{ word: "states'", fix: 'states’' },
		]);
		expect(checkProse('The driver’s license, organized in color.')).toEqual([]);
	});

	it('reads an explainer’s title, description, prose and displayed attributes, and skips code, links and ids', () => {
		const mdx = 'tests/fixtures/spelling/explainers/sample.mdx';
		expect(found.filter((line) => line.startsWith(mdx))).toEqual([
			`${mdx}:2 state's → state’s`,
			`${mdx}:3 licence → license`,
			`${mdx}:8 organisation → organization`,
			`${mdx}:16 Judge's → Judge’s`,
			`${mdx}:16 colour → color`,
		]);
	});

	it('reads the prose fields of YAML on their own lines, block scalars too, and skips ids', () => {
		expect(found.filter((line) => line.includes('.yaml'))).toEqual([
			'tests/fixtures/spelling/states/or.yaml:6 Oregon\'s → Oregon’s',
			'tests/fixtures/spelling/states/or.yaml:10 behaviour → behavior',
			'tests/fixtures/spelling/figures.yaml:2 ICE\'s → ICE’s',
		]);
	});

	it('reads the values of UI strings, not their keys or {placeholders}', () => {
		expect(found.filter((line) => line.includes('en.ts'))).toEqual([
			'tests/fixtures/spelling/en.ts:3 Colours → Colors',
			'tests/fixtures/spelling/en.ts:5 state\'s → state’s',
		]);
	});

	it('says the file, the line, the word and the fix', () => {
		const [first] = checkSpelling(FIXTURE, join(FIXTURE, 'en.ts'));
		expect(first && formatSpellingProblem(first)).toBe(
			'ERROR tests/fixtures/spelling/explainers/sample.mdx:2: “state\'s”: the site writes US English with the ’ apostrophe. Fix: write “state’s”.',
		);
	});

	it('finds nothing in the site’s content and UI strings', () => {
		expect(checkSpelling(join(ROOT, 'content')).map(formatSpellingProblem)).toEqual([]);
	});
});
