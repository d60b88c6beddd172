import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExplainerSchema } from './schemas/explainer.ts';
import { FigureSchema } from './schemas/figure.ts';
import { SourceSchema } from './schemas/source.ts';
import { StateSchema } from './schemas/state.ts';
import { StateTranslationSchema } from './schemas/state-translation.ts';
import { contentCheckLoader, validatedLoader } from './validation/content-loader.ts';

// CONTENT_DIR lets the tests build from a fixture folder; normal builds read content/.
const CONTENT_DIR = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../content/', import.meta.url));

export const collections = {
	states: defineCollection({
		loader: validatedLoader(CONTENT_DIR, (check) => check.states.map((state) => ({ id: state.code.toLowerCase(), data: state }))),
		schema: StateSchema,
	}),
	// The Spanish words of each record, checked against it; id = the code in lower case, as in states.
	stateTranslations: defineCollection({
		loader: validatedLoader(CONTENT_DIR, (check) => check.stateTranslations.map((translation) => ({ id: translation.code.toLowerCase(), data: translation }))),
		schema: StateTranslationSchema,
	}),
	sources: defineCollection({
		loader: validatedLoader(CONTENT_DIR, (check) => check.sources.map((source) => ({ id: source.id, data: source }))),
		schema: SourceSchema,
	}),
	figures: defineCollection({
		loader: validatedLoader(CONTENT_DIR, (check) => check.figures.map((figure) => ({ id: figure.id, data: figure }))),
		schema: FigureSchema,
	}),
	// The check above already read every explainer's citations; here Astro only renders the MDX.
	// English ids are the file names ("act"); Spanish ones keep their folder ("es/act").
	explainers: defineCollection({
		loader: glob({ pattern: ['*.mdx', 'es/*.mdx'], base: join(CONTENT_DIR, 'explainers') }),
		schema: ExplainerSchema,
	}),
	// The data check's errors, for src/middleware.ts to show in `astro dev`; a build with errors stops instead.
	contentCheck: defineCollection({
		loader: contentCheckLoader(CONTENT_DIR),
		schema: z.strictObject({ errors: z.array(z.string()) }),
	}),
};
