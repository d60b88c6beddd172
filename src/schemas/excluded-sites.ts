/**
 * Sites this project never cites, with the reason. The data check rejects a source, governor or
 * legislature URL on any of them (or their subdomains). Add a site here, with its reason, when a
 * review finds it unreliable; CONTRIBUTING.md lists them for contributors.
 */
export const EXCLUDED_SITES = [
	{ host: 'uscisguide.com', reason: 'its state pages look machine-generated and contradict themselves' },
	{ host: 'factually.co', reason: 'its pages look machine-generated and contradict themselves' },
] as const;

/** The excluded site a URL's host is on, if any. */
export function excludedSite(host: string): (typeof EXCLUDED_SITES)[number] | undefined {
	return EXCLUDED_SITES.find((site) => host === site.host || host.endsWith(`.${site.host}`));
}
