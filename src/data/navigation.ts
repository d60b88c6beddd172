import type { Translator } from '../i18n/index.ts';

/** The main sections in a reader's language, in the order the header lists them. The site name links home. */
export function getNavLinks({ t, path }: Translator): { href: string; label: string }[] {
	return [
		{ href: path('/map/'), label: t('nav.map') },
		{ href: path('/ways/'), label: t('nav.ways') },
		{ href: path('/states/'), label: t('nav.states') },
		{ href: path('/act/'), label: t('nav.act') },
		{ href: path('/sources/'), label: t('nav.sources') },
		{ href: path('/about/'), label: t('nav.about') },
	];
}
