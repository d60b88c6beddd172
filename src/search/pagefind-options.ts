/**
 * The options the search UI gives Pagefind, apart so that the browser tests rank with exactly these.
 * Ranking keeps Pagefind's defaults: the pages themselves decide it (titles as metadata, data-pagefind-weight
 * on glossary terms and state details, data-pagefind-ignore on text every state page shares).
 */
export const PAGEFIND_OPTIONS = {
	// No Web Worker: searching some sixty pages takes milliseconds on the main thread, and the worker's
	// script would add about 13 KB, a tenth of the first-query budget, for readers on slow connections.
	noWorker: true,
	highlightParam: 'highlight',
	excerptLength: 24,
	excerptEllipsis: '…',
} as const;
