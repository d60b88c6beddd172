/**
 * `npm run check:data`: checks everything in content/ before a build. Prints each problem with
 * its file, line or field, value and fix, and exits non-zero if there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatProblem } from './problems.ts';
import { validateContent } from './validate-content.ts';

// CONTENT_DIR points the check at another folder, as the build does; the default is content/.
const contentDir = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));
const { states, sources, figures, problems } = validateContent(contentDir);

if (problems.length > 0) {
	for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
	process.stderr.write(`\ncheck:data found ${problems.length} error(s). Fix them and run npm run check:data again.\n`);
	process.exit(1);
}
process.stdout.write(`check:data: ${states.length} states, ${sources.length} sources, ${figures.length} figures, no errors.\n`);
