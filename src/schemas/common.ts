import { z } from 'astro/zod';
import { excludedSite } from './excluded-sites.ts';

/** Query parameters that track readers rather than identify a page. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$/i;

/** Today as YYYY-MM-DD in UTC, the latest date any record may carry. */
export function todayIso(): string {
	return new Date().toISOString().slice(0, 10);
}

/**
 * The fix for a date that is not YYYY-MM-DD: the same date rewritten when a slashed date can only
 * be read one way (11/20/2026 or 20/11/2026), since U.S. and Spanish writers order day and month differently.
 */
function dateFix(input: unknown): string {
	const [, first = '', second = '', year = ''] = (typeof input === 'string' && /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim())) || [];
	const [a, b] = [Number(first), Number(second)];
	const [month, day] = a === b || (a <= 12 && b > 12) ? [first, second] : b <= 12 && a > 12 ? [second, first] : ['', ''];
	const rewritten = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return month && z.iso.date().safeParse(rewritten).success ? `write it as ${rewritten}` : 'write it as YYYY-MM-DD, e.g. 2025-11-12';
}

/** A real calendar date, written YYYY-MM-DD, not in the future and not before 1900. */
export const IsoDateSchema = z
	// abort: a value that is not a date at all gets this one message, not the range checks' too.
	.iso.date({
		error: (issue) =>
			`${typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input) ? 'is not a real calendar date' : 'is not a date written YYYY-MM-DD'}. Fix: ${dateFix(issue.input)}`,
		abort: true,
	})
	.refine((date) => date >= '1900-01-01', { error: 'is before 1900. Fix: check the year' })
	.refine((date) => date <= todayIso(), {
		error: 'is in the future. Fix: use the date the fact was last known to be true, no later than today',
	});

/** The id of an entry in content/sources.yaml. */
export const SourceIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'is not a source id. Fix: use lower-case letters, digits and hyphens, as in content/sources.yaml',
	});

/** An https URL with no tracking parameters or login, and not on an excluded site. */
export const SourceUrlSchema = z
	.string()
	.refine((value) => URL.canParse(value), { error: 'is not a URL. Fix: paste the full address, starting https://', abort: true })
	.refine((value) => new URL(value).protocol === 'https:', {
		error: 'does not use https. Fix: link the https version of the page',
	})
	.refine((value) => new URL(value).username === '' && new URL(value).password === '', {
		error: 'holds a user name or password (user:password@). Fix: delete them and link the public page; never put a login in the data',
	})
	.refine((value) => ![...new URL(value).searchParams.keys()].some((k) => TRACKING_PARAM.test(k)), {
		error: 'carries a tracking parameter (utm_*, fbclid, ...). Fix: delete it from the URL',
	})
	.superRefine((value, ctx) => {
		const site = excludedSite(new URL(value).hostname);
		if (site) {
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `is on ${site.host}, which this project never cites: ${site.reason} (EXCLUDED_SITES in src/schemas/excluded-sites.ts). Fix: cite the original publisher instead`,
			});
		}
	});

/** One or two plain sentences for readers. */
export const SummarySchema = z
	.string()
	.trim()
	.min(20, { error: 'is too short. Fix: write one or two plain sentences' })
	.max(400, { error: 'is longer than 400 characters. Fix: keep it to one or two sentences' });
