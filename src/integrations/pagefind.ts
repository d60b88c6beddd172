import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listIndexedPages, writeSiteIndex } from './site-index.ts';

/**
 * The search build step, after Astro has written dist/: Pagefind indexes every page whose `<main>` carries
 * `data-pagefind-body`, and the search page gets the same pages as a plain list for readers without JavaScript.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const searchable = await indexSite(dir, logger);
				const pages = listIndexedPages(dir);
				// The site index stands in for search without JavaScript, so it must list exactly what search finds.
				if (pages.length !== searchable) {
					throw new Error(`Pagefind indexed ${searchable} pages but ${pages.length} carry data-pagefind-body.`);
				}
				writeSiteIndex(dir, pages);
				logger.info(`Listed ${pages.length} pages in the search page's site index.`);
			},
		},
	};
}

/**
 * The ready-made UIs Pagefind writes beside its index. The site has its own UI on the JS API and its own
 * highlighter, so these 430 KB would only be deployed, never loaded, and would crowd the 1 MB budget.
 */
export const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
] as const;

/**
 * Indexes the built site in `dir` with Pagefind's Node API and writes the bundle to `dir/pagefind/`, less the
 * ready-made UIs the site does not use.
 * Any error Pagefind reports is logged and fails the build; the Pagefind service is always closed.
 * Returns the number of pages search can find.
 */
export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<number> {
	const started = performance.now();
	try {
		const { index } = assertNoErrors(await pagefind.createIndex());
		if (!index) throw new Error('Pagefind returned no index.');
		const { page_count: htmlFiles } = assertNoErrors(await index.addDirectory({ path: fileURLToPath(dir) }));
		const outputDir = new URL('./pagefind/', dir);
		assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(outputDir) }));
		for (const file of UNUSED_BUNDLE_FILES) rmSync(new URL(file, outputDir), { force: true });
		const searchable = countSearchablePages(outputDir);
		// With no data-pagefind-body anywhere, Pagefind would index whole pages, header and footer included.
		if (searchable === 0) throw new Error('No page has data-pagefind-body, so there is nothing to search.');
		logger.info(`Pagefind read ${htmlFiles} HTML files and indexed ${searchable} pages in ${Math.round(performance.now() - started)} ms.`);
		return searchable;
	} catch (error) {
		logger.error(`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
		throw new Error('Pagefind could not index the site; see the error above.', { cause: error });
	} finally {
		await pagefind.close();
	}
}

/** The number of pages in a written Pagefind bundle, summed over its languages (addDirectory counts every HTML file read). */
export function countSearchablePages(outputDir: URL): number {
	const entry = JSON.parse(readFileSync(new URL('./pagefind-entry.json', outputDir), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Returns a Pagefind response, or throws with every error it carries. */
function assertNoErrors<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new Error(response.errors.join('; '));
	return response;
}
