import { z } from 'astro/zod';
import { IsoDateSchema, SourceIdSchema, SourceUrlSchema } from './common.ts';

/**
 * What kind of primary source a document is. Reporting and analysis, the rest, have no kind.
 * law: the text of a statute, regulation or executive order, or a bill's own page (a bill tracker's too);
 * official: a letter, release, report, record or page by a government body or official, or by the operator of the
 * system it describes (Nlets); court: a filing, order, ruling or settlement record.
 */
export const SOURCE_KINDS = ['law', 'official', 'court'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

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
	kind: z
		.enum(SOURCE_KINDS)
		.optional()
		.describe(
			'Only for a primary source: "law" for the text of a statute, regulation or executive order or a bill’s page; "official" for a letter, release, report, record or page by a government body or official, or by the operator of the system it describes; "court" for a filing, order, ruling or settlement record. Left out for reporting and analysis.',
		),
});

export type Source = z.infer<typeof SourceSchema>;
