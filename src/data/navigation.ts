import { t } from '../i18n/en.ts';

/** The main sections, in the order the header lists them. The site name links home. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
	{ href: '/map/', label: t('nav.map') },
	{ href: '/ways/', label: t('nav.ways') },
	{ href: '/states/', label: t('nav.states') },
	{ href: '/act/', label: t('nav.act') },
	{ href: '/sources/', label: t('nav.sources') },
	{ href: '/about/', label: t('nav.about') },
];
