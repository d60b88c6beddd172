/** The main sections, in the order the header lists them. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
	{ href: '/', label: 'Home' },
	{ href: '/states/', label: 'States' },
	{ href: '/act/', label: 'Take action' },
	{ href: '/sources/', label: 'Sources' },
	{ href: '/about/', label: 'About' },
];
