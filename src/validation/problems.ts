import type { z } from 'astro/zod';

/** One thing wrong with the content, said so a contributor can fix it. Every problem stops the build. */
export interface Problem {
	/** Path of the file, relative to the repository root, e.g. "content/states/or.yaml". */
	readonly file: string;
	/** The line in the file, where the field alone would not find it: explainers, YAML syntax, invisible characters. */
	readonly line?: number | undefined;
	/** Dotted path of the field, e.g. "nlets.status", or the tag in an explainer, e.g. "<Fact id>"; empty for the file as a whole. */
	readonly field: string;
	/** The offending value, or undefined when the field is missing. */
	readonly value: unknown;
	/** What is wrong, followed by "Fix: …" saying what to do. */
	readonly message: string;
}

/** Renders a problem on one line: file:line → field = value: message. */
export function formatProblem(problem: Problem): string {
	const file = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const where = problem.field ? `${file} → ${problem.field}` : file;
	const value = problem.value === undefined ? '' : ` = ${JSON.stringify(problem.value)}`;
	return `ERROR ${where}${value}: ${problem.message}`;
}

/** A field's path as a contributor reads it: nlets.sources[0], or wyden-letters.url for an entry of a list file. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/**
 * How messages name an entry of a list file (sources.yaml, figures.yaml): by its id, which a
 * contributor can search for, or by its place from 1 when it has no usable id.
 */
export function entryLabel(entry: unknown, index: number): string {
	const id = (entry as { id?: unknown } | null)?.id;
	return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : `(entry ${index + 1})`;
}

/** Walks a schema down a path to find the object schema there, to suggest field names. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: unknown = schema;
	for (const part of path) {
		current = unwrap(current);
		const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
		if (def?.type === 'array' && typeof part === 'number') current = def.element;
		else if (def?.type === 'object' && def.shape && typeof part === 'string') current = def.shape[part];
		else return [];
	}
	const def = (unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: unknown): unknown {
	let current = schema as { def?: { type?: string; innerType?: unknown } };
	while (current.def && ['optional', 'nullable', 'default', 'prefault'].includes(current.def.type ?? '')) {
		current = current.def.innerType as typeof current;
	}
	return current;
}

/** Edit distance, to say "did you mean" for a misspelt field. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j] ?? 0;
			row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length] ?? 0;
}

/** Suggests the closest known name, if one is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
	const ranked = known
		.map((candidate) => ({ candidate, score: distance(name.toLowerCase(), candidate.toLowerCase()) }))
		.sort((a, b) => a.score - b.score);
	const best = ranked[0];
	return best && best.score <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** Fields a schema rejects because they belong in another file, each with the message that says where. */
export type MisplacedFields = Readonly<Record<string, string>>;

/** Turns Zod's issues into problems that name the file, the field, the value and the fix. */
export function issuesToProblems(
	file: string,
	schema: z.ZodType,
	issues: readonly z.core.$ZodIssue[],
	/** How many leading path parts sit outside `schema`, e.g. the label of a list entry. */
	outerDepth = 0,
	misplaced: MisplacedFields = {},
): Problem[] {
	return issues.flatMap((issue): Problem[] => {
		const field = fieldPath(issue.path);
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeysAt(schema, issue.path.slice(outerDepth));
			return issue.keys.map((key) => {
				const elsewhere = Object.hasOwn(misplaced, key) ? misplaced[key] : undefined;
				if (elsewhere) return { file, field: field ? `${field}.${key}` : key, value: undefined, message: elsewhere };
				const guess = closest(key, known);
				const hint = guess ? `did you mean "${guess}"? ` : '';
				return {
					file,
					field: field ? `${field}.${key}` : key,
					value: undefined,
					message: `unknown field. Fix: ${hint}Allowed fields here are: ${known.join(', ')}`,
				};
			});
		}
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			return [
				{
					file,
					field,
					value: undefined,
					message: `is missing. Fix: add it (${issue.expected} expected)`,
				},
			];
		}
		if (issue.code === 'invalid_type') {
			return [
				{
					file,
					field,
					value: issue.input,
					message: `should be ${issue.expected}. Fix: ${issue.expected === 'string' ? 'write text (quote it if it looks like a number or date)' : `give a ${issue.expected}`}`,
				},
			];
		}
		const message = issue.message.includes('Fix:') ? issue.message : `${issue.message}. Fix: see the field’s description in CONTRIBUTING.md`;
		return [{ file, field, value: issue.input, message }];
	});
}

/**
 * Parses data with a schema; on failure, reports every issue as a problem and returns undefined.
 * `pathPrefix` places the data in its file, e.g. [label] for one entry of a list file.
 */
export function parseWith<T extends z.ZodType>(
	schema: T,
	data: unknown,
	file: string,
	problems: Problem[],
	pathPrefix: PropertyKey[] = [],
	misplaced: MisplacedFields = {},
): z.infer<T> | undefined {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] }));
	problems.push(...issuesToProblems(file, schema, issues, pathPrefix.length, misplaced));
	return undefined;
}
