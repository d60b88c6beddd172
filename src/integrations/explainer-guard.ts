/**
 * The MDX pipeline's own guard: a satteri hast plugin that stops the build on anything the
 * explainer allowlist forbids (code, event handlers, javascript: and data: links, <meta>,
 * <script>, unknown components). npm run check:data says the same first; this catches any MDX
 * the check does not read, such as a build run without it or an .mdx file outside content/.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { findUnsafeMarkup } from '../validation/explainer-markup.ts';
import { formatProblem } from '../validation/problems.ts';

export const explainerGuard: HastPluginDefinition = {
	name: 'explainer-guard',
	options: { position: true },
	before(root, ctx) {
		const problems = findUnsafeMarkup(root);
		if (problems.length === 0) return;
		const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX file';
		throw new Error(`MDX that may not reach a page:\n${problems.map((problem) => formatProblem({ file, ...problem })).join('\n')}`);
	},
};
