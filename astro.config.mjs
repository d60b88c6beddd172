// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { paletteCss } from './src/integrations/palette-css.ts';
import { factCitations } from './src/integrations/fact-citations.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	output: 'static',
	trailingSlash: 'always',
	// A duplicate route must stop the build, not just warn.
	prerenderConflictBehavior: 'error',
	// The embed frame is noindex, so it stays out of the sitemap too.
	integrations: [paletteCss(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/map/') }), searchIndex()],
	// Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
	// A figure's citation markers follow its clause, not the number (src/integrations/fact-citations.ts).
	markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [factCitations] }) },
	security: {
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"base-uri 'none'",
				"form-action 'self'",
				"object-src 'none'",
			],
			// Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
