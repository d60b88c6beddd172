import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const temporary: string[] = [];

/** Copies the valid fixture, lays one invalid case over it, and validates the result. */
function check(caseName?: string) {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	temporary.push(root);
	const content = join(root, 'content');
	cpSync(join(FIXTURES, 'valid'), content, { recursive: true });
	if (caseName) {
		const overlay = join(FIXTURES, 'invalid', caseName);
		cpSync(overlay, content, { recursive: true, filter: (src) => !src.endsWith('REMOVE') });
		const remove = join(overlay, 'REMOVE');
		try {
			for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, file));
		} catch {
			// Most cases remove nothing.
		}
	}
	const result = validateContent(content, root);
	return {
		...result,
		errors: result.problems.filter((p) => p.severity === 'error').map(formatProblem),
		warnings: result.problems.filter((p) => p.severity === 'warning').map(formatProblem),
	};
}

afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('validateContent', () => {
	it('accepts the valid fixture with no problems', () => {
		const result = check();
		expect(result.problems).toEqual([]);
		expect(result.states).toHaveLength(51);
	});

	it('reports malformed YAML with its line', () => {
		expect(check('malformed-yaml').errors).toEqual([
			'ERROR content/states/or.yaml: is not valid YAML at line 4, column 1: All mapping items must start at the same column. Fix: indent with two spaces (no tabs), put a space after each colon, and quote text that contains ": " or starts with a symbol',
		]);
	});

	it('reports an unknown field and suggests the right one', () => {
		expect(check('unknown-field').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.asOf: is missing. Fix: add it (string expected)',
			'ERROR content/states/or.yaml → nlets.asof: unknown field. Fix: did you mean "asOf"? Allowed fields here are: status, asOf, summary, sources',
		]);
	});

	it('reports a file name that is not a state code', () => {
		expect(check('bad-file-name').errors).toEqual([
			'ERROR content/states/oregon.yaml = "oregon.yaml": is not named for a state. Fix: name each file by the lower-case USPS code of its state and .yaml, e.g. or.yaml',
		]);
	});

	it('reports a state claimed by two files, and the state left without one', () => {
		const { errors } = check('duplicate-state');
		expect(errors).toContain(
			'ERROR content/states/ok.yaml → code = "OR": does not match the file name, which says OK. Fix: set code to OK, or move the record to or.yaml',
		);
		expect(errors).toContain(
			'ERROR content/states/ok.yaml and content/states/or.yaml → code = "OR": is claimed by more than one file. Fix: keep one record per state; each file\'s code must match its own name',
		);
	});

	it('reports a missing state', () => {
		expect(check('missing-state').errors).toEqual([
			'ERROR content/states = ["WY"]: has no record for WY; there must be exactly one file for each of the 50 states and DC. Fix: add wy.yaml (use status no-known-restriction where nothing is known)',
		]);
	});

	it('reports a status outside its vocabulary', () => {
		expect(check('bad-status').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.status = "Blocked": is not a Nlets status. Fix: use one of: blocked, in-progress, no-known-restriction',
		]);
	});

	it('reports an unknown source id and suggests the closest', () => {
		expect(check('unknown-source').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.sources[0] = "leters-2025": is not a source id in content/sources.yaml. Fix: did you mean "letters-2025"? correct the id, or add the source to content/sources.yaml',
		]);
	});

	it('reports a restriction claimed with no source', () => {
		expect(check('claim-without-source').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.sources = []: is empty, but status "blocked" is a claim. Fix: add the id of a source from content/sources.yaml that shows it',
		]);
	});

	it('reports a URL that is not https', () => {
		expect(check('http-url').errors).toEqual([
			'ERROR content/sources.yaml → [1].url = "http://example.org/law": does not use https. Fix: link the https version of the page',
		]);
	});

	it('reports a URL with tracking parameters', () => {
		expect(check('tracking-url').errors).toEqual([
			'ERROR content/sources.yaml → [1].url = "https://example.org/law?utm_source=newsletter&id=4": carries a tracking parameter (utm_*, fbclid, ...). Fix: delete it from the URL',
		]);
	});

	it('reports a source on a site facts.md excludes', () => {
		expect(check('excluded-site').errors).toEqual([
			'ERROR content/sources.yaml → [1].url = "https://www.uscisguide.com/oregon-dmv": is on a site that facts.md excludes as unreliable. Fix: cite the original publisher instead',
		]);
	});

	it('reports an impossible date', () => {
		expect(check('impossible-date').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.asOf = "2025-02-30": is not a real calendar date. Fix: write it as YYYY-MM-DD, e.g. 2025-11-12',
		]);
	});

	it('reports a future date', () => {
		expect(check('future-date').errors).toEqual([
			'ERROR content/states/or.yaml → lastReviewed = "2999-01-01": is in the future. Fix: use the date the fact was last known to be true, no later than today',
		]);
	});

	it('warns about a source that nothing cites, without failing', () => {
		const result = check('uncited-source');
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([
			'WARNING content/sources.yaml → id = "never-cited": is never cited. Fix: cite it from a state, a figure or an explainer, or remove it',
		]);
	});

	it('reports an explainer that prints a figure that does not exist, derived or not', () => {
		expect(check('explainer-unknown-figure').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → <Fact derived> = "ice-plus-hsi": is not a derived figure. Fix: use one of ice-including-hsi, ice-including-hsi-per-day, hsi-share-of-ice-queries, or add it to src/data/derived-figures.ts',
			'ERROR content/explainers/police-networks.mdx → <Fact id> = "example-querys": is not a figure id in content/figures.yaml. Fix: did you mean "example-queries"? correct the id, or add the figure',
		]);
	});

	it('reports a <Fact> that names no figure', () => {
		expect(check('explainer-fact-without-figure').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → <Fact> = {}: needs exactly one of id or derived. Fix: write <Fact id="…" /> for a figure in content/figures.yaml, or <Fact derived="…" /> for a computed one',
		]);
	});

	it('reports an impossible review date in an explainer’s frontmatter', () => {
		expect(check('explainer-bad-date').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → lastReviewed = "2025-02-30": is not a real calendar date. Fix: write it as YYYY-MM-DD, e.g. 2025-11-12',
		]);
	});

	it('reports a way explainer whose file name is not its way, which would give it the wrong URL', () => {
		expect(check('explainer-way-mismatch').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → way = "data-brokers": does not match the file name. Fix: a way\'s explainer is named after it: rename the file data-brokers.mdx, or correct way',
		]);
	});

	it('reports a state list or count asked for with a way or status outside the vocabulary', () => {
		expect(check('explainer-bad-status').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → <StateCount status> = "blocks": is not a nlets status. Fix: use one of blocked, in-progress, no-known-restriction',
			'ERROR content/explainers/police-networks.mdx → <StatesWithStatus way> = "dmv": is not a way. Fix: use one of nlets, dmvSharing, dataBrokers, licensesForAll',
		]);
	});
});
