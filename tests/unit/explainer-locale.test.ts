import { describe, expect, it } from 'vitest';
import { explainerLanguage, explainerSlug, inLanguage } from '../../src/data/explainer-locale.ts';

describe('explainer languages', () => {
	it('reads the language and the shared file name from an entry’s id', () => {
		expect(['act', 'es/act'].map(explainerLanguage)).toEqual(['en', 'es']);
		expect(['act', 'es/act'].map(explainerSlug)).toEqual(['act', 'act']);
	});

	it('keeps the entries of one language, in their order', () => {
		const entries = [{ id: 'glossary' }, { id: 'es/act' }, { id: 'act' }, { id: 'es/glossary' }];
		expect(inLanguage(entries, 'en').map((entry) => entry.id)).toEqual(['glossary', 'act']);
		expect(inLanguage(entries, 'es').map((entry) => entry.id)).toEqual(['es/act', 'es/glossary']);
	});
});
