import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, listPages } from './dist.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes attribute-free void elements as <meta …>; the HTML spec allows either form.
		'void-style': 'off',
		// Inline SVG maps legitimately repeat long path data on one line.
		'long-title': 'off',
		// Search runs as the reader types and changes no context; Enter still submits the form
		// to /search/?q=, so a submit button (technique H32) would add nothing.
		'wcag/h32': 'off',
	},
});

describe('HTML validity', () => {
	it('catches a broken page, so a pass means something', async () => {
		const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><p></div></body></html>');
		expect(report.valid).toBe(false);
	});

	it.each(listPages())('%s has no html-validate errors', async (file) => {
		const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
		const errors = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
		);
		expect(errors).toEqual([]);
	});
});
