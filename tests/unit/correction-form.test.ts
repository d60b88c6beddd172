import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { correctionUrl, CORRECTION_TEMPLATE } from '../../src/site.ts';

const form = parse(readFileSync(new URL(`../../.github/ISSUE_TEMPLATE/${CORRECTION_TEMPLATE}`, import.meta.url), 'utf8')) as {
	body: { id?: string; type: string; validations?: { required?: boolean } }[];
};

describe('the correction form', () => {
	it('asks for the state, the claim and a source, each required', () => {
		const required = form.body.filter((field) => field.validations?.required).map((field) => field.id);
		expect(required).toEqual(expect.arrayContaining(['state', 'claim', 'correction', 'source']));
	});

	it('has a field for every value the site’s links fill in', () => {
		const ids = form.body.map((field) => field.id);
		const url = new URL(correctionUrl({ title: 't', state: 's', page: 'p' }));
		for (const key of url.searchParams.keys()) {
			if (!['template', 'labels', 'title'].includes(key)) expect(ids, key).toContain(key);
		}
	});
});
