import { findMdxTags } from './explainer-citations.ts';
import { getExplainer } from './explainers.ts';
import { US_STATES } from './us-states.ts';
import { WAY_INFO } from './ways.ts';

/**
 * The words a "Did you mean" hint may offer after a search finds nothing: every state's name, the three
 * ways' names and the glossary's terms. A misspelt state or term is the likeliest empty search.
 */
export async function getSearchVocabulary(): Promise<string[]> {
	const glossary = await getExplainer('glossary');
	const terms = findMdxTags(glossary.body ?? '')
		.filter((tag) => tag.name === 'Term' && tag.attributes['name'])
		.map((tag) => tag.attributes['name'] ?? '');
	return [...new Set([...US_STATES.map((state) => state.name), ...WAY_INFO.map((way) => way.name), ...terms])];
}
