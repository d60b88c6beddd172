/** The main sections, in the order the header lists them. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
	{ href: '/', label: 'Home' },
	{ href: '/sources/', label: 'Sources' },
	{ href: '/about/', label: 'About' },
];
