import type { AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexSite, searchIndex, UNUSED_BUNDLE_FILES } from '../../src/integrations/pagefind.ts';

// Pagefind's binary never runs here: each test scripts what the Node API answers.
vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const createIndex = vi.mocked(pagefind.createIndex);
const close = vi.mocked(pagefind.close);

let work: string;
let dir: URL;

function makeLogger() {
	const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
	return { logger, asAstro: logger as unknown as AstroIntegrationLogger };
}

/** An index whose writeFiles writes a pagefind-entry.json that reports `pageCount` pages. */
function fakeIndex(pageCount: number, overrides: Partial<pagefind.PagefindIndex> = {}) {
	const index = {
		addDirectory: vi.fn(async () => ({ errors: [], page_count: pageCount + 2 })),
		writeFiles: vi.fn(async ({ outputPath }: pagefind.WriteOptions) => {
			mkdirSync(outputPath, { recursive: true });
			const entry = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: pageCount } } };
			writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
			for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
				writeFileSync(join(outputPath, file), '');
			}
			return { errors: [], outputPath };
		}),
		...overrides,
	};
	createIndex.mockResolvedValue({ errors: [], index: index as unknown as pagefind.PagefindIndex });
	return index;
}

function writePage(path: string, title: string, indexed: boolean) {
	const file = join(work, path);
	mkdirSync(join(file, '..'), { recursive: true });
	const main = indexed ? '<main id="main" data-pagefind-body>' : '<main id="main">';
	writeFileSync(file, `<html><head><title>${title} · How ICE Gets Your DMV Data</title></head><body>${main}<h1>${title}</h1></main></body></html>`);
}

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'pagefind-integration-'));
	dir = pathToFileURL(`${work}/`);
	createIndex.mockReset();
	close.mockReset();
	close.mockResolvedValue(null);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('indexSite', () => {
	it('indexes dist/, writes the bundle to dist/pagefind/ and closes Pagefind', async () => {
		const index = fakeIndex(3);
		const { logger, asAstro } = makeLogger();

		await expect(indexSite(dir, asAstro)).resolves.toBe(3);

		expect(index.addDirectory).toHaveBeenCalledWith({ path: work + '/' });
		expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(work, 'pagefind') + '/' });
		expect(close).toHaveBeenCalledOnce();
		expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Pagefind read 5 HTML files and indexed 3 pages in \d+ ms\.$/));
		expect(logger.error).not.toHaveBeenCalled();
	});

	it('keeps the JS API but drops the ready-made UIs the site never loads', async () => {
		fakeIndex(3);
		await indexSite(dir, makeLogger().asAstro);
		expect(existsSync(join(work, 'pagefind', 'pagefind.js'))).toBe(true);
		for (const file of UNUSED_BUNDLE_FILES) expect(existsSync(join(work, 'pagefind', file)), file).toBe(false);
	});

	it('fails and logs when Pagefind cannot create an index, and still closes it', async () => {
		createIndex.mockResolvedValue({ errors: ['binary not found'] });
		const { logger, asAstro } = makeLogger();

		await expect(indexSite(dir, asAstro)).rejects.toThrow('Pagefind could not index the site');

		expect(logger.error).toHaveBeenCalledWith('Search indexing failed: binary not found');
		expect(close).toHaveBeenCalledOnce();
	});

	it('fails and logs when indexing the directory reports errors, without writing files', async () => {
		const index = fakeIndex(3, { addDirectory: vi.fn(async () => ({ errors: ['bad html', 'worse html'], page_count: 0 })) });
		const { logger, asAstro } = makeLogger();

		await expect(indexSite(dir, asAstro)).rejects.toThrow();

		expect(logger.error).toHaveBeenCalledWith('Search indexing failed: bad html; worse html');
		expect(index.writeFiles).not.toHaveBeenCalled();
		expect(close).toHaveBeenCalledOnce();
	});

	it('fails when writing the bundle throws, and still closes Pagefind', async () => {
		fakeIndex(3, { writeFiles: vi.fn(async () => Promise.reject(new Error('disk full'))) });
		const { logger, asAstro } = makeLogger();

		await expect(indexSite(dir, asAstro)).rejects.toThrow();

		expect(logger.error).toHaveBeenCalledWith('Search indexing failed: disk full');
		expect(close).toHaveBeenCalledOnce();
	});

	it('fails when no page ends up in the index', async () => {
		fakeIndex(0);
		const { logger, asAstro } = makeLogger();

		await expect(indexSite(dir, asAstro)).rejects.toThrow();

		expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('No page has data-pagefind-body'));
		expect(close).toHaveBeenCalledOnce();
	});
});

describe('the searchIndex integration', () => {
	const buildDone = (integration: ReturnType<typeof searchIndex>) =>
		integration.hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;

	it('runs Pagefind on astro:build:done and fills the search page with the indexed pages', async () => {
		writePage('index.html', 'Home', true);
		writePage('about/index.html', 'About', true);
		writePage('404.html', 'Not found', false);
		for (const search of ['search/index.html', 'es/search/index.html']) {
			writePage(search, 'Search', false);
			writeFileSync(join(work, search), readFileSync(join(work, search), 'utf8').replace('</main>', '<div data-site-index-slot><p>later</p></div></main>'));
		}
		fakeIndex(2);

		await buildDone(searchIndex())({ dir, logger: makeLogger().asAstro });

		const written = readFileSync(join(work, 'search/index.html'), 'utf8');
		expect(written).toContain('<a href="/about/">About</a>');
		expect(written).toContain('<a href="/">Home</a>');
		expect(written).not.toContain('later');
		expect(written).not.toContain('404');
	});

	it('fails the build when Pagefind and data-pagefind-body disagree on what is searchable', async () => {
		writePage('index.html', 'Home', true);
		writePage('search/index.html', 'Search', false);
		fakeIndex(4);

		await expect(buildDone(searchIndex())({ dir, logger: makeLogger().asAstro })).rejects.toThrow(
			'Pagefind indexed 4 pages but 1 carry data-pagefind-body.',
		);
	});
});
