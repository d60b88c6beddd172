import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExplainerSchema } from './schemas/explainer.ts';
import { FigureSchema } from './schemas/figure.ts';
import { SourceSchema } from './schemas/source.ts';
import { StateSchema } from './schemas/state.ts';
import { formatProblem } from './validation/problems.ts';
import { validateContent, type ContentCheck } from './validation/validate-content.ts';

// CONTENT_DIR lets the tests build from a fixture folder; normal builds read content/.
const CONTENT_DIR = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../content/', import.meta.url));

/**
 * Loads entries through the project's own validator rather than Astro's YAML loaders: Astro
 * only warns on a duplicate id and silently drops an entry with no id, and its YAML parser
 * turns 2024-02-30 into a real date. Any error stops the build with the validator's message.
 */
function validatedLoader(pick: (check: ContentCheck) => { id: string; data: Record<string, unknown> }[]): Loader {
	return {
		name: 'validated-content',
		load: async ({ store, parseData }) => {
			const check = validateContent(CONTENT_DIR);
			if (check.problems.length > 0) {
				throw new Error(`content/ has ${check.problems.length} error(s):\n${check.problems.map(formatProblem).join('\n')}`);
			}
			store.clear();
			for (const { id, data } of pick(check)) {
				store.set({ id, data: await parseData({ id, data }) });
			}
		},
	};
}

export const collections = {
	states: defineCollection({
		loader: validatedLoader((check) => check.states.map((state) => ({ id: state.code.toLowerCase(), data: state }))),
		schema: StateSchema,
	}),
	sources: defineCollection({
		loader: validatedLoader((check) => check.sources.map((source) => ({ id: source.id, data: source }))),
		schema: SourceSchema,
	}),
	figures: defineCollection({
		loader: validatedLoader((check) => check.figures.map((figure) => ({ id: figure.id, data: figure }))),
		schema: FigureSchema,
	}),
	// The check above already read every explainer's citations; here Astro only renders the MDX.
	explainers: defineCollection({
		loader: glob({ pattern: '*.mdx', base: join(CONTENT_DIR, 'explainers') }),
		schema: ExplainerSchema,
	}),
};
