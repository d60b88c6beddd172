import { findMdxTags } from './explainer-citations.ts';
import { getExplainer } from './explainers.ts';
import type { Translator } from '../i18n/index.ts';
import { getStates } from './states.ts';
import { WAY_INFO, wayName } from './ways.ts';

/**
 * The words a "Did you mean" hint may offer after a search finds nothing: every state's name, the three
 * ways' names and the glossary's terms. A misspelt state or term is the likeliest empty search.
 */
export async function getSearchVocabulary(tr: Translator): Promise<string[]> {
	const [glossary, states] = await Promise.all([getExplainer('glossary', tr.locale), getStates(tr.locale)]);
	const terms = findMdxTags(glossary.body ?? '')
		.filter((tag) => tag.name === 'Term' && tag.attributes['name'])
		.map((tag) => tag.attributes['name'] ?? '');
	return [...new Set([...states.map((state) => state.name), ...WAY_INFO.map((way) => wayName(way, tr)), ...terms])];
}
