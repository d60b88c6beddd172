/**
 * Reads the YAML of a content file (a state record, sources.yaml, figures.yaml or an explainer's
 * frontmatter) into plain data, turning every way it can fail into a problem with its line:
 * bytes that are not UTF-8, a syntax error (on the line to fix, not the line after it), an alias
 * (the "billion laughs" attack), and invisible characters in any value.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type YAMLError } from 'yaml';
import { findHidden, hiddenMessage, readUtf8File, showHidden } from './clean-text.ts';
import { entryLabel, fieldPath, type Problem } from './problems.ts';

/** Marks a file that could not be read as YAML, so it is not checked a second time. */
export const UNREADABLE = Symbol('unreadable');

/** Reads a YAML file; see parseYaml. */
export function readYamlFile(path: string, file: string, problems: Problem[]): unknown {
	const text = readUtf8File(path, file, problems);
	return text === undefined ? UNREADABLE : parseYaml(text, file, problems);
}

/**
 * Parses YAML text into data, or returns UNREADABLE after reporting why. `firstLine` is the
 * file's line number of the text's first line (2 for frontmatter, after its opening ---).
 */
export function parseYaml(text: string, file: string, problems: Problem[], firstLine = 1): unknown {
	const lineAt = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
	const document = parseDocument(text);
	const error = document.errors[0];
	if (error) {
		const { line, message } = describeSyntaxError(error, text.split('\n'));
		problems.push({ file, line: line + firstLine - 1, field: '', value: undefined, message });
		return UNREADABLE;
	}
	let data: unknown;
	try {
		// Content needs no aliases, and each one can multiply the size of what it points to.
		data = document.toJS({ maxAliasCount: 0 });
	} catch (error) {
		// The yaml library refuses an alias with a ReferenceError; anything else is a bug of ours.
		if (!(error instanceof ReferenceError)) throw error;
		const alias = firstAlias(document);
		problems.push({
			file,
			line: lineAt(alias?.range?.[0] ?? 0),
			field: '',
			value: alias ? `*${alias.source}` : undefined,
			message: 'is a YAML alias, which content files do not accept: aliases can make a small file expand to billions of values. Fix: write the value out in full, and delete its &anchor',
		});
		return UNREADABLE;
	}
	const scalars = scalarFields(document.contents, [], Array.isArray(data) ? data : undefined);
	for (const hidden of findHidden(text)) {
		const scalar = scalars.find(({ start, end }) => start <= hidden.index && hidden.index < end);
		// Show the value the character hides in, or its line when it sits in a comment.
		const start = scalar?.start ?? text.lastIndexOf('\n', hidden.index - 1) + 1;
		const end = scalar?.end ?? (text.indexOf('\n', hidden.index) + 1 || text.length);
		const value = showHidden(text.slice(start, end).trimEnd(), { ...hidden, index: hidden.index - start });
		problems.push({ file, line: lineAt(hidden.index), field: scalar?.field ?? '', value, message: hiddenMessage(hidden) });
	}
	return data;
}

function firstAlias(document: Document): Alias | undefined {
	let found: Alias | undefined;
	visit(document, {
		Alias(_, node) {
			found = node;
			return visit.BREAK;
		},
	});
	return found;
}

/** Every scalar in the document with its source range and the field it sits in; entries of a list file are named by id. */
function scalarFields(node: unknown, path: PropertyKey[], list: readonly unknown[] | undefined): { start: number; end: number; field: string }[] {
	const field = () => fieldPath(list && typeof path[0] === 'number' ? [entryLabel(list[path[0]], path[0]), ...path.slice(1)] : path);
	if (isScalar(node)) return node.range ? [{ start: node.range[0], end: node.range[1], field: field() }] : [];
	if (isSeq(node)) return node.items.flatMap((item, i) => scalarFields(item, [...path, i], list));
	if (isMap(node)) {
		return node.items.flatMap((pair) => {
			const key = isScalar(pair.key) ? String(pair.key.value) : '?';
			return [...scalarFields(pair.key, path, list), ...scalarFields(pair.value, [...path, key], list)];
		});
	}
	return [];
}

const FIX = 'Fix: indent each level with two spaces (no tabs), put a space after each colon, and quote text that contains ": " or starts with a symbol';

const indentOf = (line: string) => line.length - line.trimStart().length;
const spaces = (count: number) => `${count} space${count === 1 ? '' : 's'}`;
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * Where a syntax error is, said in a contributor's terms. The YAML parser notices some mistakes
 * a line or more late: an over-indented first field when it reaches the next field, an unclosed
 * quotation or [ list where it gives up. For those, the line named is the line to fix.
 */
function describeSyntaxError(error: YAMLError, lines: readonly string[]): { line: number; message: string } {
	const [at = { line: 1, col: 1 }] = error.linePos ?? [];
	const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
	const lineBefore = (from: number, test: (line: string) => boolean) => {
		for (let line = from; line >= 1; line--) if (isContent(lines[line - 1]) && test(lines[line - 1] ?? '')) return line;
		return undefined;
	};

	if (error.code === 'BAD_INDENT' && what.startsWith('All mapping items')) {
		const indent = indentOf(lines[at.line - 1] ?? '');
		const parent = lineBefore(at.line - 1, (line) => indentOf(line) < indent);
		const first = parent === undefined ? undefined : lines.findIndex((line, i) => i >= parent && isContent(line)) + 1;
		const expected = parent === undefined ? 0 : indentOf(lines[parent - 1] ?? '') + 2;
		const wrong = first && first < at.line && indent === expected ? first : at.line;
		const fields = indentOf(lines[(wrong === at.line ? (first ?? at.line) : at.line) - 1] ?? '');
		return { line: wrong, message: `is not valid YAML: this line is indented ${spaces(indentOf(lines[wrong - 1] ?? ''))}, but the fields beside it are indented ${spaces(fields)}. ${FIX}` };
	}
	if (what.startsWith('Missing closing')) {
		const quote = what.includes("'") ? "'" : '"';
		const opened = lineBefore(at.line, (line) => (line.split(quote).length - 1) % 2 === 1);
		return { line: opened ?? at.line, message: `is not valid YAML: a text opened with ${quote} is not closed. Fix: end it with ${quote} on the same line, or remove the ${quote} at its start` };
	}
	if (what.startsWith('Flow sequence')) {
		const opened = lineBefore(at.line, (line) => line.lastIndexOf('[') > line.lastIndexOf(']'));
		return { line: opened ?? at.line, message: 'is not valid YAML: a list opened with [ is not closed. Fix: end it with ] on the same line, e.g. sources: [a-source, another-source]' };
	}
	return { line: at.line, message: `is not valid YAML at column ${at.col}: ${what}. ${FIX}` };
}
