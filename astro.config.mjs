// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { explainerGuard } from './src/integrations/explainer-guard.ts';
import { paletteCss } from './src/integrations/palette-css.ts';
import { factCitations } from './src/integrations/fact-citations.ts';
import { loadFigureSources } from './src/integrations/figure-sources.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { DEFAULT_LOCALE, INTL_LOCALES, LOCALES } from './src/i18n/locales.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	output: 'static',
	trailingSlash: 'always',
	// A duplicate route must stop the build, not just warn.
	prerenderConflictBehavior: 'error',
	// English at the root, Spanish under /es/; each page under src/pages/[...lang]/ is built once per language.
	i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
	// The embed frame is noindex, so it stays out of the sitemap too.
	integrations: [paletteCss(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/map/'), i18n: { defaultLocale: DEFAULT_LOCALE, locales: INTL_LOCALES } }), searchIndex()],
	markdown: {
		// Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
		syntaxHighlight: false,
		// Astro's default Markdown and MDX processor, with the guard that stops any MDX that could run code,
		// and a figure's citation markers moved off the number to the end of its clause.
		processor: satteri({ mdastPlugins: [factCitations(loadFigureSources())], hastPlugins: [explainerGuard] }),
	},
	vite: {
		build: {
			rolldownOptions: {
				// @astrojs/mdx marks each explainer "use astro:head-inject", which Rolldown warns it may not keep
				// when bundling: a box per explainer on every build. Astro's own marker, harmless here, and
				// reported upstream as withastro/astro#18087; every other warning still shows.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
					handler(level, log);
				},
			},
		},
	},
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
