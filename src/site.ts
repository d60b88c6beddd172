/**
 * Site-wide constants: the one place for the site's name and its two URLs.
 * Set SITE_URL and REPO_URL in the environment at build time to deploy elsewhere or from a fork.
 */
export const SITE = {
	title: 'How ICE Gets Your DMV Data',
	/** Public origin the site is served from; used for canonical URLs and the sitemap. */
	url: process.env.SITE_URL ?? 'https://ice-dmv-data.example',
	/** The GitHub repository that holds the source; "edit this page" links point here. */
	repoUrl: process.env.REPO_URL ?? 'https://github.com/ice-dmv-data/ice-dmv-data',
	/** Branch that edit links open. */
	branch: process.env.REPO_BRANCH ?? 'main',
} as const;

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
