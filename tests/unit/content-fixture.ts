import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/validation/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const temporary: string[] = [];

/**
 * Copies the valid fixture, lays one case of tests/fixtures/invalid/ over it (removing the files its REMOVE
 * lists), and validates the result, with each problem formatted as check:data prints it.
 */
export function checkFixture(caseName?: string) {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	temporary.push(root);
	const content = join(root, 'content');
	cpSync(join(FIXTURES, 'valid'), content, { recursive: true });
	if (caseName) {
		const overlay = join(FIXTURES, 'invalid', caseName);
		cpSync(overlay, content, { recursive: true, filter: (src) => !src.endsWith('REMOVE') });
		const remove = join(overlay, 'REMOVE');
		try {
			for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, file));
		} catch {
			// Most cases remove nothing.
		}
	}
	const result = validateContent(content, root);
	return { ...result, errors: result.problems.map(formatProblem) };
}

/** Deletes the copies checkFixture made; call it after each test. */
export function removeFixtureCopies(): void {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}
