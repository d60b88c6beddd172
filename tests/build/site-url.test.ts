import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_URL } from '../../src/site.ts';
import { decodeQr } from '../decode-qr.ts';

const ROOT = join(import.meta.dirname, '../..');
const SITE_URL = 'https://dmv.example.org';
const work = mkdtempSync(join(tmpdir(), 'site-url-'));
const outDir = join(work, 'dist');

/** Every file the build wrote, relative to its folder. */
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [relative(outDir, join(dir, entry))]));
const page = (path: string) => parse(readFileSync(join(outDir, path), 'utf8'));

// One build of the whole site as a deployment makes it: SITE_URL set, as the deploy workflow and netlify.toml do.
beforeAll(() => {
	const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`the build with SITE_URL failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a build with SITE_URL=${SITE_URL}`, () => {
	it('has the placeholder address in no file at all', () => {
		const host = new URL(PLACEHOLDER_URL).host;
		const built = files(outDir);
		expect(built.length).toBeGreaterThan(100);
		const holding = built.filter((file) => readFileSync(join(outDir, file)).toString('latin1').includes(host));
		expect(holding).toEqual([]);
	});

	it('writes the deployed address into canonical links, cards, feeds, oEmbed, the sitemap and robots.txt', () => {
		const home = page('index.html');
		expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}/`);
		expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE_URL}/social/map.png`);
		expect(readFileSync(join(outDir, 'changes.xml'), 'utf8')).toContain(`<id>${SITE_URL}/changes/</id>`);
		expect(JSON.parse(readFileSync(join(outDir, 'oembed/map.json'), 'utf8')).html).toContain(`src="${SITE_URL}/embed/map/"`);
		expect(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE_URL}/sitemap-0.xml`);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
	});

	it('prints QR codes that lead to the deployed state pages', () => {
		const svg = page('states/or/handout/index.html').querySelector('svg.qr-code')?.toString() ?? '';
		expect(decodeQr(svg)).toBe(`${SITE_URL}/states/or/`);
	});

	it('gives the embed guide a snippet that works without JavaScript, with no note asking for the address', () => {
		const snippet = page('embed/index.html').querySelector('textarea')?.text ?? '';
		expect(snippet.startsWith(`<iframe src="${SITE_URL}/embed/map/"`)).toBe(true);
		expect(snippet).not.toContain('<!--');
	});
});
