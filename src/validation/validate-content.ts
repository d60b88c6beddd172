import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { STATE_CODES } from '../data/us-states.ts';
import { FigureSchema, type Figure } from '../schemas/figure.ts';
import { SourceSchema, type Source } from '../schemas/source.ts';
import { StateSchema, type State } from '../schemas/state.ts';
import type { StateTranslation } from '../schemas/state-translation.ts';
import { checkExplainerTwins, type ExplainerFile } from './explainer-twins.ts';
import { closest, entryLabel, parseWith, type Problem } from './problems.ts';
import type { ProseLanguage } from './prose-numbers.ts';
import { validateExplainer, type ExplainerRefs } from './validate-explainer.ts';
import { SPANISH_STATES_DIR, validateStateTranslations, type OutdatedTranslation } from './validate-state-translations.ts';
import { readYamlFile, UNREADABLE } from './yaml-file.ts';

/** Everything in content/, parsed, plus every problem found in it. */
export interface ContentCheck {
	readonly states: State[];
	readonly sources: Source[];
	readonly figures: Figure[];
	/** The Spanish words of each state record (content/states/es/), in the order of STATE_CODES. */
	readonly stateTranslations: StateTranslation[];
	/** Translations older than their English record's review: warnings, not errors. */
	readonly outdatedTranslations: OutdatedTranslation[];
	readonly problems: Problem[];
}

/** The folder of Spanish explainers, inside content/explainers/. */
const SPANISH_EXPLAINERS_DIR = 'es';

/** Checks every explainer in `dir`, written in `language`; `name` gives a path's name for messages. */
function validateExplainers(dir: string, language: ProseLanguage, refs: ExplainerRefs, name: (path: string) => string, problems: Problem[]): ExplainerFile[] {
	const entries = existsSync(dir) ? readdirSync(dir).filter((e) => e.endsWith('.mdx')).sort() : [];
	return entries.map((entry) => {
		const file = name(join(dir, entry));
		const { explainer, tags, parsed } = validateExplainer(join(dir, entry), file, refs, problems, language);
		const slug = entry.replace(/\.mdx$/, '');
		if (explainer && explainer.way !== null && explainer.way !== slug) {
			problems.push({ file, field: 'way', value: explainer.way, message: `does not match the file name. Fix: a way's explainer is named after it: rename the file ${explainer.way}.mdx, or correct way` });
		}
		return { slug, file, explainer, tags, parsed };
	});
}

/**
 * Parses a YAML list entry by entry, so one bad entry is reported on its own and the others
 * still load. Messages name each entry by its id. Returns the valid entries, the ids of all
 * entries, valid or not (so that a citation of a broken entry is not reported as a second,
 * misleading error), and whether every entry was valid.
 */
function parseList<T extends z.ZodType>(schema: T, data: unknown, file: string, problems: Problem[]): { items: z.infer<T>[]; ids: string[]; complete: boolean } {
	if (data === UNREADABLE) return { items: [], ids: [], complete: false };
	if (!Array.isArray(data)) {
		problems.push({ file, field: '', value: undefined, message: 'should be a list of entries. Fix: start each entry with "- id: …"' });
		return { items: [], ids: [], complete: false };
	}
	const items = data.flatMap((entry: unknown, i) => {
		const parsed = parseWith(schema, entry, file, problems, [entryLabel(entry, i)]);
		return parsed === undefined ? [] : [parsed];
	});
	const ids = data.flatMap((entry: unknown) => {
		const id = (entry as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [id] : [];
	});
	return { items, ids, complete: items.length === data.length };
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

/** Timelines run oldest first (CONTRIBUTING.md); an event dated before the one above it is out of place. */
function checkTimelineOrder(state: State, file: string, problems: Problem[]): void {
	state.timeline.forEach((event, i) => {
		const previous = state.timeline[i - 1];
		if (previous && event.date < previous.date) {
			problems.push({
				file,
				field: `timeline[${i}].date`,
				value: event.date,
				message: `comes before the event above it (timeline[${i - 1}].date is ${previous.date}); timelines run oldest first. Fix: move this event above the ones dated after it`,
			});
		}
	});
}

/**
 * The state a misnamed file in content/states/ is about: the code it holds, or one its name
 * starts with (OR.yaml, or2.yaml, or-copy.yaml).
 */
function stateOfMisnamedFile(entry: string, data: unknown): string | undefined {
	const code = (data as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && STATE_CODES.includes(code)) return code;
	const prefix = /^([a-z]{2})(?![a-z])/i.exec(entry)?.[1]?.toUpperCase();
	return prefix && STATE_CODES.includes(prefix) ? prefix : undefined;
}

/**
 * Reads and checks every file in the content directory: the state records, the bibliography,
 * the figures and the explainers, and the Spanish words of the records and explainers. Returns the parsed data
 * and all problems; the caller decides to stop on them. `root` is the repository root, for
 * readable file names.
 */
export function validateContent(contentDir: string, root: string = join(contentDir, '..')): ContentCheck {
	const problems: Problem[] = [];
	const name = (path: string) => relative(root, path);
	/** False once a file that cites sources could not be read whole, so "never cited" would be guesswork. */
	let citationsComplete = true;

	const sourcesPath = join(contentDir, 'sources.yaml');
	const { items: sources, ids: sourceIds } = parseList(SourceSchema, readYamlFile(sourcesPath, name(sourcesPath), problems), name(sourcesPath), problems);
	for (const [id] of findDuplicates(sourceIds, (id) => id)) {
		problems.push({ file: name(sourcesPath), field: 'id', value: id, message: 'is used by more than one source. Fix: give each source its own id' });
	}
	const cited = new Set<string>();
	const checkCitation = (file: string, field: string, id: string, line?: number) => {
		cited.add(id);
		if (sourceIds.includes(id)) return;
		const guess = closest(id, sourceIds);
		problems.push({
			file,
			line,
			field,
			value: id,
			message: `is not a source id in content/sources.yaml. Fix: ${guess ? `did you mean "${guess}"? ` : ''}correct the id, or add the source to content/sources.yaml`,
		});
	};

	const figuresPath = join(contentDir, 'figures.yaml');
	const figuresFile = name(figuresPath);
	const { items: figures, ids: figureIds, complete: figuresComplete } = parseList(FigureSchema, readYamlFile(figuresPath, figuresFile, problems), figuresFile, problems);
	citationsComplete &&= figuresComplete;
	for (const [id] of findDuplicates(figureIds, (id) => id)) {
		problems.push({ file: figuresFile, field: 'id', value: id, message: 'is used by more than one figure. Fix: give each figure its own id' });
	}
	figures.forEach((figure) => figure.sources.forEach((id, j) => checkCitation(figuresFile, `${figure.id}.sources[${j}]`, id)));

	const statesDir = join(contentDir, 'states');
	// The Spanish words of the records sit in a folder beside them, checked below.
	const entries = readdirSync(statesDir).filter((entry) => entry !== SPANISH_STATES_DIR).sort();
	const stateFiles: { file: string; code: string; state: State }[] = [];
	/** Codes whose record is reported already (unreadable, or in a misnamed file), so not also as missing. */
	const reported = new Set<string>();
	for (const entry of entries) {
		const path = join(statesDir, entry);
		const file = name(path);
		const code = /^([a-z]{2})\.yaml$/.exec(entry)?.[1]?.toUpperCase();
		if (!code || !STATE_CODES.includes(code)) {
			// Only the name matters here: the file's own problems will show once it is renamed or merged.
			const claimed = stateOfMisnamedFile(entry, /\.ya?ml$/i.test(entry) ? readYamlFile(path, file, []) : undefined);
			const proper = claimed && `${claimed.toLowerCase()}.yaml`;
			if (claimed) reported.add(claimed);
			problems.push({
				file,
				field: '',
				value: entry,
				message:
					proper && entries.includes(proper)
						? `is a second record for ${claimed}, which content/states/${proper} already holds. Fix: make your changes in ${proper} and delete ${entry}`
						: `is not named for a state. Fix: name each file by the lower-case USPS code of its state and .yaml${proper ? `: rename it to ${proper}` : ', e.g. or.yaml'}`,
			});
			citationsComplete = false;
			continue;
		}
		const data = readYamlFile(path, file, problems);
		const state = data === UNREADABLE ? undefined : parseWith(StateSchema, data, file, problems);
		if (!state) {
			reported.add(code);
			citationsComplete = false;
			continue;
		}
		if (state.code !== code) {
			problems.push({
				file,
				field: 'code',
				value: state.code,
				message: `does not match the file name, which says ${code}. Fix: set code to ${code}, or move the record to ${state.code.toLowerCase()}.yaml`,
			});
		}
		checkTimelineOrder(state, file, problems);
		stateCitations(state).forEach(({ field, id }) => checkCitation(file, field, id));
		stateFiles.push({ file, code, state });
	}
	for (const [code, group] of findDuplicates(stateFiles, (s) => s.state.code)) {
		problems.push({
			file: group.map((s) => s.file).join(' and '),
			field: 'code',
			value: code,
			message: `is claimed by more than one file. Fix: keep one record per state; each file's code must match its own name`,
		});
	}
	const present = new Set(stateFiles.map((s) => s.state.code));
	const missing = STATE_CODES.filter((code) => !present.has(code) && !reported.has(code));
	if (missing.length > 0) {
		problems.push({
			file: name(statesDir),
			field: '',
			value: missing,
			message: `has no record for ${missing.join(', ')}; there must be exactly one file for each of the 50 states and DC. Fix: add ${missing.map((c) => `${c.toLowerCase()}.yaml`).join(', ')} (use status no-known-restriction where nothing is known)`,
		});
	}

	// Each translation is held to a record whose code matches its own file; other records have their errors already.
	const english = new Map(stateFiles.filter((s) => s.state.code === s.code).map((s) => [s.code, s.state]));
	const { translations: stateTranslations, outdated: outdatedTranslations } = validateStateTranslations(join(statesDir, SPANISH_STATES_DIR), name, english, problems);

	const explainersDir = join(contentDir, 'explainers');
	const spanishExplainersDir = join(explainersDir, SPANISH_EXPLAINERS_DIR);
	const refs = { figureIds, cite: checkCitation };
	const englishExplainers = validateExplainers(explainersDir, 'en', refs, name, problems);
	const spanishExplainers = validateExplainers(spanishExplainersDir, 'es', refs, name, problems);
	citationsComplete &&= [...englishExplainers, ...spanishExplainers].every((page) => page.parsed);
	checkExplainerTwins(englishExplainers, spanishExplainers, existsSync(spanishExplainersDir) ? name(spanishExplainersDir) : undefined, problems);

	// A source nothing cites is an error: the bibliography lists only what the site uses. It is left
	// unsaid while another error hides citations, since fixing that may cite the source.
	if (citationsComplete) {
		for (const id of sourceIds.filter((id) => !cited.has(id))) {
			problems.push({
				file: name(sourcesPath),
				field: id,
				value: undefined,
				message: 'is never cited. Fix: cite it from a state, a figure or an explainer, or remove it from content/sources.yaml',
			});
		}
	}

	const states = stateFiles.map((s) => s.state).sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
	return { states, sources, figures, stateTranslations, outdatedTranslations, problems };
}
