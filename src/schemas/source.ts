import { z } from 'astro/zod';
import { IsoDateSchema, SourceIdSchema, SourceUrlSchema } from './common.ts';

/** One entry of content/sources.yaml: a document the site cites. */
export const SourceSchema = z.strictObject({
	id: SourceIdSchema.describe('Short unique id that records and pages cite, e.g. "wyden-nlets-letters-2025".'),
	title: z
		.string()
		.trim()
		.min(3)
		.max(200, { error: 'is longer than 200 characters. Fix: give the title as the publisher does, without the subtitle or summary' })
		.describe('The title as the publisher gives it, at most 200 characters.'),
	publisher: z
		.string()
		.trim()
		.min(2)
		.describe('Who published it: the newsroom, agency, legislature, court or organisation. Prefer the original publisher.'),
	url: SourceUrlSchema.describe('Where the document can be read: https, with no tracking parameters.'),
	via: z
		.string()
		.trim()
		.min(2)
		.optional()
		.describe('Only when the URL is a copy: the name of the site that republished it, e.g. "pubt.io".'),
	published: IsoDateSchema.nullable().describe('Date of publication (YYYY-MM-DD), or null when the page shows none.'),
	accessed: IsoDateSchema.describe('Date someone last read the page at that URL (YYYY-MM-DD).'),
});

export type Source = z.infer<typeof SourceSchema>;
