/** The main sections, in the order the header lists them. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
	{ href: '/', label: 'Home' },
	{ href: '/map/', label: 'Map' },
	{ href: '/sources/', label: 'Sources' },
	{ href: '/about/', label: 'About' },
];
