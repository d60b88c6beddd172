import { z } from 'astro/zod';
import { IsoDateSchema } from './common.ts';

/** The three ways ICE gets DMV data, as explainer slugs: /ways/<way>/. */
export const EXPLAINER_WAYS = ['dmv-sharing', 'data-brokers', 'police-networks'] as const;
export type ExplainerWay = (typeof EXPLAINER_WAYS)[number];

/** What an explainer is for, which decides its search filter: a way or taking action ("Explainer"), or a reference page. */
export const EXPLAINER_KINDS = ['explainer', 'reference'] as const;

/** The frontmatter of one file in content/explainers/: a page of prose with its facts cited. */
export const ExplainerSchema = z.strictObject({
	title: z.string().trim().min(3).max(80).describe('The page heading, in plain words, e.g. "The state gives it away".'),
	description: z
		.string()
		.trim()
		.min(20)
		.max(300)
		.describe('One or two sentences saying what the page explains; shown under the heading, on cards and in link previews.'),
	way: z
		.enum(EXPLAINER_WAYS, { error: `is not a way. Fix: use one of ${EXPLAINER_WAYS.join(', ')}, or null` })
		.nullable()
		.describe('Which of the three ways the page explains (its URL is then /ways/<way>/), or null for another page.'),
	kind: z
		.enum(EXPLAINER_KINDS)
		.default('explainer')
		.describe('explainer for the ways and taking action; reference for look-up pages such as the glossary.'),
	order: z.int().min(1).describe('Position among the explainers, from 1, in lists, cards and the way-to-way links.'),
	lastReviewed: z
		// Astro's frontmatter parser turns an unquoted date into a Date; the data check reads the raw text, so a bad date is caught there.
		.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), IsoDateSchema)
		.describe('The date someone last checked the whole page against its sources (YYYY-MM-DD).'),
});

export type Explainer = z.infer<typeof ExplainerSchema>;
