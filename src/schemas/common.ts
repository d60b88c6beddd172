import { z } from 'astro/zod';

/** Sites that shared/research/facts.md excludes as unreliable: never cite them. */
export const EXCLUDED_HOSTS = ['uscisguide.com', 'factually.co'] as const;

/** Query parameters that track readers rather than identify a page. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$/i;

/** Today as YYYY-MM-DD in UTC, the latest date any record may carry. */
export function todayIso(): string {
	return new Date().toISOString().slice(0, 10);
}

/** A real calendar date, written YYYY-MM-DD, not in the future and not before 1900. */
export const IsoDateSchema = z
	.iso.date({ error: 'is not a real calendar date. Fix: write it as YYYY-MM-DD, e.g. 2025-11-12' })
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

/** An https URL with no tracking parameters and not on an excluded site. */
export const SourceUrlSchema = z
	.string()
	.refine((value) => URL.canParse(value), { error: 'is not a URL. Fix: paste the full address, starting https://' })
	.refine((value) => !URL.canParse(value) || new URL(value).protocol === 'https:', {
		error: 'does not use https. Fix: link the https version of the page',
	})
	.refine((value) => !URL.canParse(value) || ![...new URL(value).searchParams.keys()].some((k) => TRACKING_PARAM.test(k)), {
		error: 'carries a tracking parameter (utm_*, fbclid, ...). Fix: delete it from the URL',
	})
	.refine(
		(value) => {
			if (!URL.canParse(value)) return true;
			const host = new URL(value).hostname;
			return !EXCLUDED_HOSTS.some((excluded) => host === excluded || host.endsWith(`.${excluded}`));
		},
		{ error: 'is on a site that facts.md excludes as unreliable. Fix: cite the original publisher instead' },
	);

/** One or two plain sentences for readers. */
export const SummarySchema = z
	.string()
	.trim()
	.min(20, { error: 'is too short. Fix: write one or two plain sentences' })
	.max(400, { error: 'is longer than 400 characters. Fix: keep it to one or two sentences' });
