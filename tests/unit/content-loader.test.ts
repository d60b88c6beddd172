import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_ENTRY_ID, contentCheckLoader, isContentFile, validatedLoader } from '../../src/validation/content-loader.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/valid');
let dir: string;

beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'content-loader-')), 'content');
	cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

/** A loader context as Astro gives one: a store, and in `astro dev` a file watcher. */
function fakeContext(watching: boolean) {
	const store = new Map<string, Record<string, unknown>>();
	const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
	const context = {
		store: {
			clear: () => store.clear(),
			set: ({ id, data }: { id: string; data: Record<string, unknown> }) => store.set(id, data),
		},
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		logger: { error: vi.fn(), info: vi.fn(), warn: vi.fn() },
		watcher: watching ? watcher : undefined,
	} as unknown as LoaderContext;
	return { context, store, watcher };
}

const states = (contentDir: string) =>
	validatedLoader(contentDir, (check) => check.states.map((state) => ({ id: state.code.toLowerCase(), data: state })));
const orFile = () => join(dir, 'states/or.yaml');
const setOregonNlets = (status: string) => writeFileSync(orFile(), readFileSync(orFile(), 'utf8').replace(/^( {2}status: ).*$/m, `$1${status}`));
const nletsOf = (store: Map<string, Record<string, unknown>>) => (store.get('or')?.['nlets'] as { status: string } | undefined)?.status;

describe('the content loaders', () => {
	it('stop a build (no watcher) on a data error, with the check’s message', async () => {
		setOregonNlets('Blocked');
		await expect(states(dir).load(fakeContext(false).context)).rejects.toThrow(/states\/or\.yaml → nlets\.status = "Blocked": is not a Nlets status/);
		await expect(contentCheckLoader(dir).load(fakeContext(false).context)).rejects.toThrow(/is not a Nlets status/);
	});

	it('in astro dev, reload a state when its YAML file changes', async () => {
		const { context, store, watcher } = fakeContext(true);
		await states(dir).load(context);
		const before = nletsOf(store);
		const after = before === 'blocked' ? 'in-progress' : 'blocked';
		setOregonNlets(after);
		watcher.emit('change', orFile());
		await vi.waitFor(() => expect(nletsOf(store)).toBe(after));
		expect(store.size).toBe(51);
	});

	it('in astro dev, keep the last good data on an error and hand the check’s message to the overlay, until it is fixed', async () => {
		const data = fakeContext(true);
		const check = fakeContext(true);
		await states(dir).load(data.context);
		await contentCheckLoader(dir).load(check.context);
		expect(check.store.get(CHECK_ENTRY_ID)).toEqual({ errors: [] });
		const good = nletsOf(data.store);

		setOregonNlets('Blocked');
		for (const { watcher } of [data, check]) watcher.emit('change', orFile());
		await vi.waitFor(() => expect(check.store.get(CHECK_ENTRY_ID)?.['errors']).toHaveLength(1));
		expect((check.store.get(CHECK_ENTRY_ID)?.['errors'] as string[])[0]).toMatch(/^ERROR content\/states\/or\.yaml → nlets\.status = "Blocked"/);
		expect(nletsOf(data.store)).toBe(good);

		setOregonNlets(good ?? '');
		for (const { watcher } of [data, check]) watcher.emit('change', orFile());
		await vi.waitFor(() => expect(check.store.get(CHECK_ENTRY_ID)).toEqual({ errors: [] }));
	});

	it('in astro dev, watch the content folder, and only react to files inside it', async () => {
		const { context, watcher } = fakeContext(true);
		await states(dir).load(context);
		expect(watcher.add).toHaveBeenCalledWith(dir);
		expect(isContentFile(dir, orFile())).toBe(true);
		expect(isContentFile(dir, join(dir, '../src/site.ts'))).toBe(false);
		expect(isContentFile(dir, dir)).toBe(false);
	});
});
