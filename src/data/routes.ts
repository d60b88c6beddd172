/**
 * Links to pages other branches of work add. The per-state pages (/states/ and /states/<code>/)
 * come with their own issue; until they exist, state names print as plain text so no link breaks.
 */
const STATE_PAGES = import.meta.glob('../pages/states/index.astro');

/** True once the site builds /states/ and a page per state. */
export const HAS_STATE_PAGES = Object.keys(STATE_PAGES).length > 0;

/** The URL of a state's page, optionally at a section such as "act". */
export function statePath(slug: string, section?: string): string {
	return `/states/${slug}/${section ? `#${section}` : ''}`;
}
