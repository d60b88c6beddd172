/**
 * Site-wide constants: the one place for the site's name and its two URLs.
 * Set SITE_URL and REPO_URL in the environment at build time to deploy elsewhere or from a fork.
 */
import { useTranslations } from './i18n/index.ts';

/** The address a build without SITE_URL uses: fine locally, never right for a deployed copy. */
export const PLACEHOLDER_URL = 'https://ice-dmv-data.example';

/**
 * The site's public origin from SITE_URL, or the placeholder when it is unset. The site links to
 * itself from the root ("/map/"), so it must be served at the root of its origin: an address with
 * a path, a query or a scheme other than http(s) stops the build with the fix.
 */
export function resolveSiteUrl(value: string | undefined): string {
	if (value === undefined || value.trim() === '') return PLACEHOLDER_URL;
	const fix = 'Fix: set SITE_URL to the origin the site is served from, e.g. https://dmv.example.org';
	if (!URL.canParse(value)) throw new Error(`SITE_URL "${value}" is not a URL. ${fix}`);
	const url = new URL(value);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${value}" is not an http(s) address. ${fix}`);
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(
			`SITE_URL "${value}" has a path, but every link on the site starts at the root of its origin. ${fix} (on GitHub Pages, a custom domain or a <owner>.github.io repository)`,
		);
	}
	return url.origin;
}

export const SITE = {
	/** The site's name in English, for the data files and feeds; pages read 'site.title' in their own language. */
	title: useTranslations('en').t('site.title'),
	/** Public origin the site is served from; used for canonical URLs, feeds, social cards, QR codes and the sitemap. */
	url: resolveSiteUrl(process.env.SITE_URL),
	/** The GitHub repository that holds the source; "edit this page" links point here. */
	repoUrl: process.env.REPO_URL ?? 'https://github.com/ice-dmv-data/ice-dmv-data',
	/** Branch that edit links open. */
	branch: process.env.REPO_BRANCH ?? 'main',
} as const;

/** True when the build was given no SITE_URL, so absolute links to the site point at the placeholder. */
export const SITE_URL_IS_PLACEHOLDER = SITE.url === PLACEHOLDER_URL;

/** A link that opens a repository file in GitHub's editor. */
export function editUrl(repoPath: string): string {
	return `${SITE.repoUrl}/edit/${SITE.branch}/${repoPath}`;
}

/** The correction form's file in .github/ISSUE_TEMPLATE/. */
export const CORRECTION_TEMPLATE = 'correction.yml';

/**
 * A link that opens the correction form (.github/ISSUE_TEMPLATE/correction.yml) with its title and
 * fields filled in; GitHub fills a form's fields from query parameters named by their ids.
 */
export function correctionUrl(fields: { readonly title: string; readonly state: string; readonly page: string }): string {
	return `${SITE.repoUrl}/issues/new?${new URLSearchParams({ template: CORRECTION_TEMPLATE, labels: 'correction', ...fields })}`;
}
