import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveNletsFigures } from '../../src/data/nlets-figures.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

// content/, or the copy that CONTENT_DIR names (tests/rebuild/readme-example.test.ts runs this file on
// README's example edit). Nothing here may assert what the records say today: a correct data fix
// must pass unchanged.
const CONTENT_DIR = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));
const check = validateContent(CONTENT_DIR);

describe(`the content in ${process.env.CONTENT_DIR ? 'CONTENT_DIR' : 'content/'}`, () => {
	it('passes every data check, which also wants every source cited', () => {
		expect(check.problems.map(formatProblem)).toEqual([]);
	});

	it('has one record for each of the 50 states and DC', () => {
		expect(check.states.map((state) => state.code).sort()).toEqual([...STATE_CODES].sort());
	});

	it('holds the three Nlets query figures the chart on /map/ adds up, over one period and sourced', () => {
		const nlets = deriveNletsFigures(new Map(check.figures.map((figure) => [figure.id, figure])));
		expect(nlets.days).toBeGreaterThan(0);
		expect(nlets.sources.length).toBeGreaterThan(0);
	});
});
