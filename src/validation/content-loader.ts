/**
 * The content loaders: they fill the collections through the project's own check rather than Astro's YAML
 * loaders (Astro only warns on a duplicate id, silently drops an entry with no id, and its YAML parser turns
 * 2024-02-30 into a real date). In a build any error stops it with the check's message. In `astro dev` they
 * check again whenever a file in content/ changes: good data replaces the old, and an error keeps the old
 * data while the contentCheck collection carries the message to the error overlay (src/middleware.ts).
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from './problems.ts';
import { validateContent, type ContentCheck } from './validate-content.ts';

/** An entry as a loader stores it. */
export interface Entry {
	readonly id: string;
	readonly data: Record<string, unknown>;
}

/** The check's messages, formatted as check:data prints them; every problem is an error. */
export function errorMessages(check: ContentCheck): string[] {
	return check.problems.map(formatProblem);
}

/** The whole message a build stops with, or the overlay shows. */
export function describeErrors(messages: readonly string[]): string {
	return `content/ has ${messages.length} error(s):\n${messages.join('\n')}\nFix them and save; npm run check:data lists them too.`;
}

/** True for a file inside the content folder. */
export function isContentFile(contentDir: string, path: string): boolean {
	const inside = relative(contentDir, path);
	return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

// Every collection's loader hears the same change; the check runs once per change and they share it.
let lastCheck: { key: string; check: ContentCheck } | undefined;

function checkAfterChange(contentDir: string, path: string): ContentCheck {
	let modified = 'gone';
	try {
		modified = String(statSync(path).mtimeMs);
	} catch {
		// A deleted file: the key still differs from the one it had while it existed.
	}
	const key = `${path} ${modified}`;
	if (lastCheck?.key !== key) lastCheck = { key, check: validateContent(contentDir) };
	return lastCheck.check;
}

/**
 * Runs `update` with a fresh check now, and in `astro dev` again after every change to a file in
 * content/. Without a watcher (a build) errors throw; with one, `update` gets them.
 */
async function checkAndWatch(
	contentDir: string,
	{ watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
	update: (check: ContentCheck) => Promise<void>,
): Promise<void> {
	const check = validateContent(contentDir);
	const errors = errorMessages(check);
	if (!watcher && errors.length > 0) throw new Error(describeErrors(errors));
	await update(check);
	if (!watcher) return;
	watcher.add(contentDir);
	const onChange = (path: string) => {
		if (!isContentFile(contentDir, path)) return;
		update(checkAfterChange(contentDir, path)).catch((error: unknown) => logger.error(String(error)));
	};
	for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}

/** A loader for the entries `pick` takes from the check; in `astro dev` it keeps the last good entries while the content has errors. */
export function validatedLoader(contentDir: string, pick: (check: ContentCheck) => Entry[]): Loader {
	return {
		name: 'validated-content',
		load: (context) =>
			checkAndWatch(contentDir, context, async (check) => {
				if (errorMessages(check).length > 0) return;
				context.store.clear();
				for (const { id, data } of pick(check)) context.store.set({ id, data: await context.parseData({ id, data }) });
			}),
	};
}

/** The id of the one entry of the contentCheck collection. */
export const CHECK_ENTRY_ID = 'latest';

/** A loader of one entry: the latest check's error messages, so `astro dev` can show them. */
export function contentCheckLoader(contentDir: string): Loader {
	return {
		name: 'content-check',
		load: (context) =>
			checkAndWatch(contentDir, context, async (check) => {
				const data = { errors: errorMessages(check) };
				context.store.set({ id: CHECK_ENTRY_ID, data: await context.parseData({ id: CHECK_ENTRY_ID, data }) });
			}),
	};
}
