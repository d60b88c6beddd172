import type { Translator } from '../i18n/index.ts';
import type { RoutesLabels } from '../map/render-routes.ts';

/** The words the routes diagram prints, for the pages and the social cards alike. */
export function getRoutesLabels({ t }: Translator): RoutesLabels {
	return {
		dmv: t('routes.dmv'),
		dmvNote: t('routes.dmvNote'),
		ice: t('routes.ice'),
		iceNote: t('routes.iceNote'),
		brokers: t('routes.brokers'),
		networks: t('routes.networks'),
		networksNote: t('routes.networksNote'),
	};
}
