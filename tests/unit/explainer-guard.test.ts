import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

const FIXTURES = join(import.meta.dirname, '../fixtures/invalid');
const ROOT = join(import.meta.dirname, '../..');

/** The MDX renderer Astro builds from astro.config.mjs, with the options @astrojs/mdx gives it. */
const processor = config.markdown?.processor;
if (!processor?.createMdxRenderer) throw new Error('astro.config.mjs sets no markdown processor with MDX support');
const renderer = await processor.createMdxRenderer({ syntaxHighlight: false, gfm: true, smartypants: true }, { optimize: false });

/** Compiles an MDX file as the build would; resolves to its JavaScript, or rejects with the guard's message. */
async function compile(path: string): Promise<string> {
	const mdx = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	return (await renderer.process(mdx, path, {})).code;
}

describe('the MDX pipeline in astro.config.mjs', () => {
	it('compiles the real explainers', async () => {
		for (const file of ['act', 'data-brokers', 'dmv-sharing', 'glossary', 'police-networks']) {
			await expect(compile(join(ROOT, 'content/explainers', `${file}.mdx`))).resolves.toContain('function MDXContent');
		}
	});

	// The data check reports these first; the guard stops them on any path the check does not see.
	it.each([
		['explainer-import', 'import = "import { readFileSync } from \'node:fs\'": is an import line'],
		['explainer-expression', '{…} = "{process.env.SECRET_TOKEN}": is a JavaScript expression'],
		['explainer-script', '<script>: is not allowed in an explainer'],
		['explainer-event-handler', '<a onclick> = "steal()": is an event handler'],
		['explainer-javascript-link', '<a href> = "javascript:alert(document.cookie)": is not allowed'],
		['explainer-data-link', '<a href> = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": is not allowed'],
		['explainer-meta-refresh', '<meta>: is not allowed in an explainer: it can redirect the page to another site'],
		['explainer-unknown-component', '<Chart>: is not one of the site’s components'],
	])('stops the build on %s, naming the file and the line', async (fixture, message) => {
		const path = join(FIXTURES, fixture, 'explainers/police-networks.mdx');
		await expect(compile(path)).rejects.toThrow(new RegExp(`${path}:\\d+ → ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});
});
