import { defineMiddleware } from 'astro:middleware';
import { CHECK_ENTRY_ID, describeErrors } from './validation/content-loader.ts';

/**
 * In `astro dev`, a page asked for while content/ has errors shows the data check's message in Astro's
 * error overlay, rather than the last good data. A build never gets here with errors: it stops first.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	if (import.meta.env.DEV) {
		// Imported per request: a module imported once keeps the data store it first read.
		const { getEntry } = await import('astro:content');
		const errors = (await getEntry('contentCheck', CHECK_ENTRY_ID))?.data.errors ?? [];
		if (errors.length > 0) throw new Error(describeErrors(errors));
	}
	return next();
});
