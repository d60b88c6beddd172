/**
 * `npm run check:data`: checks everything in content/ before a build. Prints each problem with
 * its file, line or field, value and fix, and exits non-zero if there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatProblem } from './problems.ts';
import { exitOnSpellingProblems } from './spelling.ts';
import { validateContent } from './validate-content.ts';
import { formatOutdatedTranslation } from './validate-state-translations.ts';

// CONTENT_DIR points the check at another folder, as the build does; the default is content/.
const contentDir = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));
const { states, sources, figures, stateTranslations, outdatedTranslations, problems } = validateContent(contentDir);

// A lagging translation does not stop the build: its pages say the Spanish may lag.
for (const outdated of outdatedTranslations) process.stderr.write(`${formatOutdatedTranslation(outdated)}\n`);

if (problems.length > 0) {
	for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
	process.stderr.write(`\ncheck:data found ${problems.length} error(s). Fix them and run npm run check:data again.\n`);
	process.exit(1);
}
exitOnSpellingProblems(contentDir);
const warnings = outdatedTranslations.length > 0 ? ` ${outdatedTranslations.length} Spanish translation(s) may lag the English (warnings above).` : '';
process.stdout.write(`check:data: ${states.length} states with ${stateTranslations.length} Spanish translations, ${sources.length} sources, ${figures.length} figures, no errors.${warnings}\n`);
