import { z } from 'astro/zod';
import { IsoDateSchema, SourceIdSchema } from './common.ts';

/** How exact a figure is, as its source gives it. Printed before the number, e.g. "over 290 million". */
export const APPROXIMATIONS = ['exact', 'about', 'over', 'nearly', 'at-least'] as const;

/** What a figure counts in: plain counts or U.S. dollars. */
export const UNITS = ['count', 'usd'] as const;

/** The time a figure covers: a span, or a single date it was true on. */
export const PeriodSchema = z
	.strictObject({
		start: IsoDateSchema.nullable().describe('First day the figure covers, or null for a figure true on one date.'),
		end: IsoDateSchema.describe('Last day the figure covers, or the date it was reported true.'),
	})
	.refine((p) => p.start === null || p.start <= p.end, {
		error: 'starts after it ends. Fix: put the earlier date in start',
		path: ['start'],
	});

/** One entry of content/figures.yaml: a headline number, printed on pages by the <Fact> component. */
export const FigureSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'is not an id. Fix: use lower-case letters, digits and hyphens' })
		.describe('Short unique id that pages use to print the figure, e.g. "nlets-dmv-queries".'),
	value: z.number().nonnegative().describe('The number itself, in full: 290000000, not "290 million".'),
	unit: z.enum(UNITS).describe('count for things counted; usd for U.S. dollars.'),
	approximation: z
		.enum(APPROXIMATIONS)
		.describe('How exact the source says the figure is: exact, about, over, nearly or at-least.'),
	label: z.string().trim().min(3).describe('What the number counts, in a few words, e.g. "DMV queries through Nlets".'),
	period: PeriodSchema.describe('The time the figure covers.'),
	sources: z.array(SourceIdSchema).min(1, { error: 'is empty. Fix: cite at least one source id from content/sources.yaml' }).describe(
		'Ids of the sources that give this number.',
	),
	note: z.string().trim().optional().describe('A caveat readers should know, e.g. how the number was counted.'),
});

export type Figure = z.infer<typeof FigureSchema>;
