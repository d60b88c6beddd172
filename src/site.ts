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

/** A link that opens a new GitHub issue with its title and body filled in. */
export function newIssueUrl(title: string, body: string): string {
	return `${SITE.repoUrl}/issues/new?${new URLSearchParams({ title, body })}`;
}
