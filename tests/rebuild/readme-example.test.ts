import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, parse, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * README's example fix, applied to a copy of content/, must pass what CI runs on a pull request. The
 * edit is read from README itself (its fenced yaml blocks that open with "# content/…"), so the test
 * follows the example wherever README takes it.
 */
const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'readme-example-'));
const content = join(work, 'content');
const dist = join(work, 'dist');

/** The tests that read the records: they run on the copy and its build. */
const DATA_TESTS = [
	'tests/unit/content.test.ts',
	...['state-pages', 'map', 'downloads', 'embed', 'explainers', 'reference-pages', 'search'].map((name) => `tests/build/${name}.test.ts`),
];

/** One example edit: the file it changes and the YAML README shows for it. */
interface Edit {
	readonly file: string;
	readonly yaml: string;
}

/** README's example edits: each fenced yaml block whose first line is a comment naming a file in content/. */
function readmeEdits(readme: string): Edit[] {
	return [...readme.matchAll(/^( *)```yaml\n\1# (content\/\S+)\n([\s\S]*?)^\1```$/gm)].map(([, indent = '', file = '', body = '']) => ({
		file,
		yaml: body.replace(new RegExp(`^${indent}`, 'gm'), ''),
	}));
}

/** Applies one edit to the copy; returns what it would leave unchanged, so a no-op example is caught. */
function applyEdit({ file, yaml }: Edit): string[] {
	const path = join(work, file);
	if (/^content\/states\/[a-z]{2}\.yaml$/.test(file)) {
		const record = parseDocument(readFileSync(path, 'utf8'));
		const edit = parseDocument(yaml);
		if (!isMap(edit.contents)) throw new Error(`README's example for ${file} is not a set of fields`);
		const [before, after] = [record.toJS() as Record<string, unknown>, edit.toJS() as Record<string, unknown>];
		// An example that no longer changes a status shows nothing, even if its summary or date still differ.
		const unchanged = Object.keys(after).flatMap((key) => {
			const [old, next] = [before[key] as { status?: unknown } | undefined, after[key] as { status?: unknown } | undefined];
			if (isDeepStrictEqual(old, next)) return [`${file} already has this ${key}`];
			if (next?.status !== undefined && old?.status === next.status) return [`${file} already has ${key}.status ${String(next.status)}`];
			return [];
		});
		for (const pair of edit.contents.items) record.set(pair.key, pair.value);
		writeFileSync(path, String(record));
		return unchanged;
	}
	if (file === 'content/sources.yaml') {
		const ids = new Set((parse(readFileSync(path, 'utf8')) as { id: string }[]).map((source) => source.id));
		const added = parse(yaml) as { id: string }[];
		appendFileSync(path, `\n${yaml}`);
		return added.filter((source) => ids.has(source.id)).map((source) => `${file} already has the source ${source.id}`);
	}
	throw new Error(`README's example edits ${file}; this test can apply edits to content/states/*.yaml and content/sources.yaml`);
}

/** Runs a command from the repository root with CONTENT_DIR and DIST_DIR on the copy, outside this test's Vitest. */
function run(args: string[]): { status: number | null; output: string } {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
	const result = spawnSync(process.execPath, args, {
		cwd: ROOT,
		env: { ...env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edits = readmeEdits(readFileSync(join(ROOT, 'README.md'), 'utf8'));
let unchanged: string[] = [];

beforeAll(() => {
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	unchanged = edits.flatMap(applyEdit);
});

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	// The copy's build left Astro's content cache (.astro/ and its data store) pointing at the copy, now
	// gone; a forced sync over the real content/ clears it, so the next build and `npm run dev` work.
	const sync = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync', '--force'], {
		cwd: ROOT,
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CONTENT_DIR')), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (sync.status !== 0) throw new Error(`astro sync after the example's build failed:\n${sync.stdout}\n${sync.stderr}`);
});

describe('README’s example fix, applied to a copy of content/', () => {
	it('changes a state record', () => {
		expect(edits.map((edit) => edit.file), 'README shows no example edit of a state file').toContainEqual(expect.stringMatching(/^content\/states\//));
		expect(unchanged, 'README’s example would change nothing: pick another state or status for it in README, “Fix a state’s data”').toEqual([]);
	});

	it('passes npm run check:data with no error or warning', () => {
		const check = run(['src/validation/check-data.ts']);
		expect(check.status, check.output).toBe(0);
		expect(check.output).not.toMatch(/^(ERROR|WARNING) /m);
	});

	it('builds, and passes the content tests and the built-output tests that read the records', () => {
		const build = run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist]);
		expect(build.status, build.output.slice(-4000)).toBe(0);
		const tests = run([join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', '--project', 'build', ...DATA_TESTS]);
		expect(tests.status, tests.output.slice(-4000)).toBe(0);
	}, 180_000);
});
