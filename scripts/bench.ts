/**
 * `npm run bench`: builds the site three times, serves dist/, and prints a Markdown table of
 * page weights, Lighthouse mobile scores and Pagefind's first-query bytes. Timings are noisy,
 * so they live here and not in the tests. Needs Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One page of each type, first existing route wins. */
const PAGE_TYPES: [string, string[]][] = [
	['Home', ['/']],
	['Map', ['/map/']],
	['State', ['/states/or/']],
	['States index', ['/states/']],
	['Explainer', ['/ways/police-networks/']],
	['Take action', ['/act/']],
	['Reference', ['/sources/', '/about/']],
	['Data', ['/data/']],
	['Search', ['/search/']],
	['Embed', ['/embed/map/']],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Runs a clean build and returns wall-clock and CPU seconds (user + system, children included). */
function timedBuild(): { wall: number; cpu: number } {
	rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
	const result = spawnSync('bash', ['-c', "TIMEFORMAT='%R %U %S'; time npm run build --silent > /dev/null"], {
		cwd: ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
	const [wall = NaN, user = NaN, system = NaN] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
	return { wall, cpu: user + system };
}

interface LighthouseRun {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcp: number;
	tbt: number;
	cls: number;
}

async function lighthouseRuns(url: string): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
	try {
		const runs: LighthouseRun[] = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			runs.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
			});
		}
		const pick = (key: keyof LighthouseRun) => median(runs.map((run) => run[key]));
		return {
			performance: pick('performance'),
			accessibility: pick('accessibility'),
			bestPractices: pick('bestPractices'),
			seo: pick('seo'),
			lcp: pick('lcp'),
			tbt: pick('tbt'),
			cls: pick('cls'),
		};
	} finally {
		chrome.kill();
	}
}

/** Bytes transferred from typing a query to the first results, worker requests included. */
async function pagefindFirstQueryBytes(baseUrl: string): Promise<number | undefined> {
	if (!existsSync(join(ROOT, 'dist/search/index.html'))) return undefined;
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS.filter((f) => f !== '--headless') });
	try {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/search/`);
		let bytes = 0;
		page.on('requestfinished', async (request) => {
			if (request.url().includes('/pagefind/')) bytes += (await request.sizes()).responseBodySize;
		});
		await page.getByRole('searchbox').first().fill('Nlets');
		await page.waitForSelector('[data-search-result], .pagefind-ui__result, li a[href^="/ways/"]', { timeout: 15_000 });
		await page.waitForTimeout(500);
		return bytes;
	} finally {
		await browser.close();
	}
}

const builds = Array.from({ length: RUNS }, timedBuild);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await preview({ root: ROOT, server: { host: '127.0.0.1', port: PORT }, logLevel: 'error' });
const baseUrl = `http://127.0.0.1:${PORT}`;
const { pageWeight } = await import('../tests/build/page-weight.ts');

const rows: string[] = [];
try {
	for (const [type, candidates] of PAGE_TYPES) {
		const route = candidates.find((r) => existsSync(join(ROOT, 'dist', r, 'index.html')));
		if (!route) continue;
		const weight = pageWeight(join(route, 'index.html').replace(/^\//, ''));
		const svg = weight.svgs.reduce((sum, size) => sum + size, 0);
		const lh = await lighthouseRuns(baseUrl + route);
		rows.push(
			`| ${type} \`${route}\` | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(svg)} | ${kb(weight.total)} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${Math.round(lh.lcp)} | ${Math.round(lh.tbt)} | ${lh.cls.toFixed(3)} |`,
		);
	}
	const searchBytes = await pagefindFirstQueryBytes(baseUrl);
	const output = [
		`Measured ${new Date().toISOString().slice(0, 10)}, Lighthouse mobile (simulated throttling), median of ${RUNS} runs; bytes are gzip -9 of the built files (HTML includes inline SVG and CSS).`,
		'',
		'| page | HTML KB | CSS KB | JS KB | inline SVG KB | first load KB | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows,
		'',
		`Pagefind, first query ("Nlets"): ${searchBytes === undefined ? 'no search page' : `${kb(searchBytes)} KB transferred`}.`,
		`Build (clean, includes the data check and Pagefind): median ${median(builds.map((b) => b.wall)).toFixed(2)} s wall, ${median(builds.map((b) => b.cpu)).toFixed(2)} s CPU over ${RUNS} builds.`,
	];
	process.stdout.write(`${output.join('\n')}\n`);
} finally {
	await server.stop();
}
