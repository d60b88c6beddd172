import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'build-stops-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build on its own', () => {
	// Astro alone only warns on a duplicate entry and drops one it cannot name; the project's
	// loader must stop the build instead, even when check:data is skipped.
	it('stops on a state claimed twice, naming the files and the fix', () => {
		const content = join(work, 'content');
		cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
		cpSync(join(ROOT, 'tests/fixtures/invalid/duplicate-state'), content, { recursive: true });

		const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
		});
		const output = build.stdout + build.stderr;

		expect(build.status).not.toBe(0);
		expect(output).toContain('content/states/ok.yaml and content/states/or.yaml → code = "OR": is claimed by more than one file');
		expect(output).toContain('has no record for OK');
	}, 120_000);
});
