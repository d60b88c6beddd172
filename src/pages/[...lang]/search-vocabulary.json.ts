import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchVocabulary } from '../../data/search-vocabulary.ts';
import { langParam, LOCALES, useTranslations } from '../../i18n/index.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

/** The words search's "Did you mean" hint chooses from, in the page's language, fetched only after a search that found nothing. */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: string };
	return new Response(JSON.stringify(await getSearchVocabulary(useTranslations(locale))), { headers: { 'Content-Type': 'application/json' } });
};
