/** The URL of a state's page, optionally at a section such as "act". */
export function statePath(slug: string, section?: string): string {
	return `/states/${slug}/${section ? `#${section}` : ''}`;
}
