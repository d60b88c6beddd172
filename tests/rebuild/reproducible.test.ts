import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site into a fresh folder and returns "path sha256" for every file, sorted. */
function buildManifest(name: string): string[] {
	const outDir = join(work, name);
	const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`build ${name} failed:\n${build.stdout}\n${build.stderr}`);
	expect(`${build.stdout}${build.stderr}`, 'a clean build prints no warning').not.toMatch(/\[WARN\]/);
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));
	return files(outDir)
		.map((file) => `${relative(outDir, file)} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`)
		.sort();
}

describe('reproducible builds', () => {
	it('two clean builds, each printing no warning, give an identical dist/', () => {
		const first = buildManifest('first');
		const second = buildManifest('second');
		expect(first.length).toBeGreaterThan(3);
		expect(second).toEqual(first);
	}, 180_000);
});
