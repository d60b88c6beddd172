import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { DERIVED_FIGURE_IDS } from '../data/derived-figures.ts';
import { findMdxTags } from '../data/explainer-citations.ts';
import { LEVELS, WAYS } from '../data/levels.ts';
import { STATE_CODES } from '../data/us-states.ts';
import { ExplainerSchema, type Explainer } from '../schemas/explainer.ts';
import { FigureSchema, type Figure } from '../schemas/figure.ts';
import { SourceSchema, type Source } from '../schemas/source.ts';
import { StateSchema, type State } from '../schemas/state.ts';
import { closest, issuesToProblems, type Problem } from './problems.ts';

/** Everything in content/, parsed, plus every problem found in it. */
export interface ContentCheck {
	readonly states: State[];
	readonly sources: Source[];
	readonly figures: Figure[];
	readonly problems: Problem[];
}

/** Citations an explainer makes in MDX: <Cite ids="a b" />, <Fact id="x" /> and <Fact derived="y" />. */
export function findMdxCitations(mdx: string): { sourceIds: string[]; figureIds: string[]; derivedIds: string[] } {
	const tags = findMdxTags(mdx);
	const sourceIds = tags.filter((tag) => tag.name === 'Cite').flatMap((tag) => (tag.attributes['ids'] ?? '').split(/\s+/).filter(Boolean));
	const facts = tags.filter((tag) => tag.name === 'Fact');
	const figureIds = facts.flatMap((tag) => (tag.attributes['id'] === undefined ? [] : [tag.attributes['id']]));
	const derivedIds = facts.flatMap((tag) => (tag.attributes['derived'] === undefined ? [] : [tag.attributes['derived']]));
	return { sourceIds, figureIds, derivedIds };
}

/** The YAML between an MDX file's opening --- lines, or undefined when it has none. */
function frontmatterOf(mdx: string): string | undefined {
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1];
}

/** Problems with the components an explainer uses that the schemas cannot see: a Fact with no figure, a status outside its vocabulary. */
function checkMdxComponents(mdx: string, file: string, problems: Problem[]): void {
	for (const tag of findMdxTags(mdx)) {
		const { id, derived, way, status } = tag.attributes;
		if (tag.name === 'Fact' && (id === undefined) === (derived === undefined)) {
			problems.push({ severity: 'error', file, field: '<Fact>', value: tag.attributes, message: 'needs exactly one of id or derived. Fix: write <Fact id="…" /> for a figure in content/figures.yaml, or <Fact derived="…" /> for a computed one' });
		}
		if (tag.name === 'StateCount' || tag.name === 'StatesWithStatus') {
			if (!(WAYS as readonly string[]).includes(way ?? '')) {
				problems.push({ severity: 'error', file, field: `<${tag.name} way>`, value: way, message: `is not a way. Fix: use one of ${WAYS.join(', ')}` });
				continue;
			}
			const statuses = LEVELS[way as (typeof WAYS)[number]].map((level) => level.status as string);
			if (!statuses.includes(status ?? '')) {
				problems.push({ severity: 'error', file, field: `<${tag.name} status>`, value: status, message: `is not a ${way} status. Fix: use one of ${statuses.join(', ')}` });
			}
		}
	}
}

/** Marks a file that could not be read as YAML, so it is not checked a second time. */
const UNREADABLE = Symbol('unreadable');

/** Reads a YAML file; a syntax error becomes a problem with its line and column. */
function readYaml(path: string, file: string, problems: Problem[]): unknown {
	const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
	const error = document.errors[0];
	if (error) {
		const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
		problems.push({
			severity: 'error',
			file,
			field: '',
			value: undefined,
			message: `is not valid YAML at line ${line}, column ${column}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}. Fix: indent with two spaces (no tabs), put a space after each colon, and quote text that contains ": " or starts with a symbol`,
		});
		return UNREADABLE;
	}
	return document.toJS();
}

function parseWith<T extends z.ZodType>(
	schema: T,
	data: unknown,
	file: string,
	problems: Problem[],
	pathPrefix: PropertyKey[] = [],
): z.infer<T> | undefined {
	if (data === UNREADABLE) return undefined;
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] }));
	problems.push(...issuesToProblems(file, schema, issues, pathPrefix.length));
	return undefined;
}

/**
 * Parses a YAML list entry by entry, so one bad entry is reported on its own and the others
 * still load. Returns the valid entries and the ids of all entries, valid or not, so that a
 * citation of a broken entry is not reported as a second, misleading error.
 */
function parseList<T extends z.ZodType>(schema: T, data: unknown, file: string, problems: Problem[]): { items: z.infer<T>[]; ids: string[] } {
	if (data === UNREADABLE) return { items: [], ids: [] };
	if (!Array.isArray(data)) {
		problems.push({ severity: 'error', file, field: '', value: undefined, message: 'should be a list of entries. Fix: start each entry with "- id: …"' });
		return { items: [], ids: [] };
	}
	const items: z.infer<T>[] = [];
	data.forEach((entry: unknown, i) => {
		const parsed = parseWith(schema, entry, file, problems, [i]);
		if (parsed !== undefined) items.push(parsed);
	});
	const ids = data.flatMap((entry: unknown) => {
		const id = (entry as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [id] : [];
	});
	return { items, ids };
}

/** Every source id a state cites, with the field that cites it. */
function stateCitations(state: State): { field: string; id: string }[] {
	const cites: { field: string; id: string }[] = [];
	const add = (field: string, ids: readonly string[]) => ids.forEach((id, i) => cites.push({ field: `${field}[${i}]`, id }));
	add('nlets.sources', state.nlets.sources);
	add('dmvSharing.sources', state.dmvSharing.sources);
	state.dmvSharing.laws.forEach((law, i) => add(`dmvSharing.laws[${i}].sources`, law.sources));
	add('dataBrokers.sources', state.dataBrokers.sources);
	add('licensesForAll.sources', state.licensesForAll.sources);
	state.timeline.forEach((event, i) => add(`timeline[${i}].sources`, event.sources));
	return cites;
}

function findDuplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return new Map([...groups].filter(([, group]) => group.length > 1));
}

/**
 * Reads and checks every file in the content directory: the state records, the bibliography,
 * the figures and the explainers' citations. Returns the parsed data and all problems; the
 * caller decides to stop on errors. `root` is the repository root, for readable file names.
 */
export function validateContent(contentDir: string, root: string = join(contentDir, '..')): ContentCheck {
	const problems: Problem[] = [];
	const name = (path: string) => relative(root, path);

	const sourcesPath = join(contentDir, 'sources.yaml');
	const { items: sources, ids: sourceIds } = parseList(SourceSchema, readYaml(sourcesPath, name(sourcesPath), problems), name(sourcesPath), problems);
	for (const [id] of findDuplicates(sourceIds, (id) => id)) {
		problems.push({ severity: 'error', file: name(sourcesPath), field: 'id', value: id, message: 'is used by more than one source. Fix: give each source its own id' });
	}
	const cited = new Set<string>();
	const checkCitation = (file: string, field: string, id: string) => {
		cited.add(id);
		if (sourceIds.includes(id)) return;
		const guess = closest(id, sourceIds);
		problems.push({
			severity: 'error',
			file,
			field,
			value: id,
			message: `is not a source id in content/sources.yaml. Fix: ${guess ? `did you mean "${guess}"? ` : ''}correct the id, or add the source to content/sources.yaml`,
		});
	};

	const figuresPath = join(contentDir, 'figures.yaml');
	const { items: figures, ids: figureIds } = parseList(FigureSchema, readYaml(figuresPath, name(figuresPath), problems), name(figuresPath), problems);
	for (const [id] of findDuplicates(figureIds, (id) => id)) {
		problems.push({ severity: 'error', file: name(figuresPath), field: 'id', value: id, message: 'is used by more than one figure. Fix: give each figure its own id' });
	}
	figures.forEach((figure, i) => figure.sources.forEach((id, j) => checkCitation(name(figuresPath), `[${i}].sources[${j}]`, id)));

	const statesDir = join(contentDir, 'states');
	const stateFiles: { file: string; state: State }[] = [];
	/** Codes whose file exists but could not be read; they are reported already, not as missing. */
	const unreadable = new Set<string>();
	for (const entry of readdirSync(statesDir).sort()) {
		const path = join(statesDir, entry);
		const file = name(path);
		const match = /^([a-z]{2})\.yaml$/.exec(entry);
		const code = match?.[1]?.toUpperCase();
		if (!code || !STATE_CODES.includes(code)) {
			const stem = entry.replace(/\.[^.]*$/, '');
			const guess = STATE_CODES.find((c) => c.toLowerCase() === stem.toLowerCase());
			problems.push({
				severity: 'error',
				file,
				field: '',
				value: entry,
				message: `is not named for a state. Fix: name each file by the lower-case USPS code of its state and .yaml${guess ? `: rename it to ${guess.toLowerCase()}.yaml` : ', e.g. or.yaml'}`,
			});
			continue;
		}
		const state = parseWith(StateSchema, readYaml(path, file, problems), file, problems);
		if (!state) {
			unreadable.add(code);
			continue;
		}
		if (state.code !== code) {
			problems.push({
				severity: 'error',
				file,
				field: 'code',
				value: state.code,
				message: `does not match the file name, which says ${code}. Fix: set code to ${code}, or move the record to ${state.code.toLowerCase()}.yaml`,
			});
		}
		stateCitations(state).forEach(({ field, id }) => checkCitation(file, field, id));
		stateFiles.push({ file, state });
	}
	for (const [code, group] of findDuplicates(stateFiles, (s) => s.state.code)) {
		problems.push({
			severity: 'error',
			file: group.map((s) => s.file).join(' and '),
			field: 'code',
			value: code,
			message: `is claimed by more than one file. Fix: keep one record per state; each file's code must match its own name`,
		});
	}
	const present = new Set(stateFiles.map((s) => s.state.code));
	const missing = STATE_CODES.filter((code) => !present.has(code) && !unreadable.has(code));
	if (missing.length > 0) {
		problems.push({
			severity: 'error',
			file: name(statesDir),
			field: '',
			value: missing,
			message: `has no record for ${missing.join(', ')}; there must be exactly one file for each of the 50 states and DC. Fix: add ${missing.map((c) => `${c.toLowerCase()}.yaml`).join(', ')} (use status no-known-restriction where nothing is known)`,
		});
	}

	const explainersDir = join(contentDir, 'explainers');
	const explainerFiles = existsSync(explainersDir) ? readdirSync(explainersDir).filter((e) => e.endsWith('.mdx')).sort() : [];
	const explainers: { file: string; slug: string; explainer: Explainer }[] = [];
	for (const entry of explainerFiles) {
		const path = join(explainersDir, entry);
		const mdx = readFileSync(path, 'utf8');
		const frontmatter = frontmatterOf(mdx);
		if (frontmatter === undefined) {
			problems.push({ severity: 'error', file: name(path), field: '', value: undefined, message: 'has no frontmatter. Fix: start the file with --- lines holding title, description, way, order and lastReviewed' });
		} else {
			const document = parseDocument(frontmatter);
			if (document.errors.length > 0) {
				problems.push({ severity: 'error', file: name(path), field: '', value: undefined, message: 'has frontmatter that is not valid YAML. Fix: one "field: value" per line between the --- lines' });
			} else {
				const explainer = parseWith(ExplainerSchema, document.toJS(), name(path), problems);
				if (explainer) explainers.push({ file: name(path), slug: entry.replace(/\.mdx$/, ''), explainer });
			}
		}
		checkMdxComponents(mdx, name(path), problems);
		const citations = findMdxCitations(mdx);
		citations.sourceIds.forEach((id) => checkCitation(name(path), '<Cite ids>', id));
		for (const id of citations.derivedIds.filter((id) => !(DERIVED_FIGURE_IDS as readonly string[]).includes(id))) {
			const guess = closest(id, DERIVED_FIGURE_IDS);
			problems.push({
				severity: 'error',
				file: name(path),
				field: '<Fact derived>',
				value: id,
				message: `is not a derived figure. Fix: ${guess ? `did you mean "${guess}"? ` : ''}use one of ${DERIVED_FIGURE_IDS.join(', ')}, or add it to src/data/derived-figures.ts`,
			});
		}
		for (const id of citations.figureIds) {
			if (figureIds.includes(id)) continue;
			const guess = closest(id, figureIds);
			problems.push({
				severity: 'error',
				file: name(path),
				field: '<Fact id>',
				value: id,
				message: `is not a figure id in content/figures.yaml. Fix: ${guess ? `did you mean "${guess}"? ` : ''}correct the id, or add the figure`,
			});
		}
	}

	for (const { file, slug, explainer } of explainers) {
		if (explainer.way !== null && explainer.way !== slug) {
			problems.push({ severity: 'error', file, field: 'way', value: explainer.way, message: `does not match the file name. Fix: a way's explainer is named after it: rename the file ${explainer.way}.mdx, or correct way` });
		}
	}

	for (const id of sourceIds.filter((id) => !cited.has(id))) {
		problems.push({
			severity: 'warning',
			file: name(sourcesPath),
			field: 'id',
			value: id,
			message: 'is never cited. Fix: cite it from a state, a figure or an explainer, or remove it',
		});
	}

	const states = stateFiles.map((s) => s.state).sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
	return { states, sources, figures, problems };
}
