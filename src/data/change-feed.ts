/**
 * The changes and their feeds from the state records, for the pages and the feed files. The pure
 * work is in changes.ts and feeds.ts; this joins them to the collections.
 */
import { useTranslations, type Translator } from '../i18n/index.ts';
import { SITE } from '../site.ts';
import { listChanges, type Change } from './changes.ts';
import { DATA_LICENCE } from './downloads.ts';
import { renderChangesFeed } from './feeds.ts';
import { getSourceMap } from './sources.ts';
import { getStates } from './states.ts';

/** Every change in the records, newest first, in a reader's language. */
export async function getChanges(tr: Translator): Promise<Change[]> {
	return listChanges(await getStates(tr.locale), tr);
}

/** The Atom or JSON Feed document of every change, in English: the feeds are one data set, like the downloads. */
export async function getChangesFeed(format: 'atom' | 'json'): Promise<string> {
	const tr = useTranslations('en');
	const [changes, sources] = await Promise.all([getChanges(tr), getSourceMap()]);
	return renderChangesFeed(
		changes,
		{
			siteUrl: SITE.url,
			siteTitle: SITE.title,
			title: tr.t('changes.feedTitle'),
			description: tr.t('changes.description'),
			licence: `${DATA_LICENCE.title} (${DATA_LICENCE.name})`,
			sourceOf: (id) => {
				const source = sources.get(id);
				if (!source) throw new Error(`A state record cites "${id}", which is not in content/sources.yaml. Fix: add it there.`);
				return source;
			},
		},
		format,
	);
}
