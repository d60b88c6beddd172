/**
 * One spelling and one apostrophe across the site's words: US English (license, organization, color) and the
 * typographic apostrophe ’ in prose and UI text. Checks the prose of content/ (explainers, state records,
 * figures) and the UI strings in src/i18n/en.ts; code, ids, URLs and the titles in sources.yaml, which keep
 * their publishers' own spelling, are left alone. Each problem names the file, the line, the word and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';

/** A word spelled the British way, or a straight apostrophe, where the site uses the US spelling and ’. */
export interface SpellingProblem {
	/** Path relative to the repository root, e.g. "content/states/or.yaml". */
	readonly file: string;
	/** 1-based line number. */
	readonly line: number;
	readonly word: string;
	readonly fix: string;
}

/** British spellings and their US forms, lower case; every inflection the site might use is listed. */
const US_SPELLINGS: Readonly<Record<string, string>> = {
	licence: 'license',
	licences: 'licenses',
	licenced: 'licensed',
	organisation: 'organization',
	organisations: 'organizations',
	organise: 'organize',
	organised: 'organized',
	organises: 'organizes',
	organising: 'organizing',
	organiser: 'organizer',
	organisers: 'organizers',
	colour: 'color',
	colours: 'colors',
	coloured: 'colored',
	colouring: 'coloring',
	favour: 'favor',
	favourite: 'favorite',
	behaviour: 'behavior',
	neighbour: 'neighbor',
	neighbouring: 'neighboring',
	centre: 'center',
	centres: 'centers',
	defence: 'defense',
	offence: 'offense',
	offences: 'offenses',
	analyse: 'analyze',
	analysed: 'analyzed',
	recognise: 'recognize',
	recognised: 'recognized',
	criticise: 'criticize',
	criticised: 'criticized',
	emphasise: 'emphasize',
	realise: 'realize',
	realised: 'realized',
	summarise: 'summarize',
	summarised: 'summarized',
	authorise: 'authorize',
	authorised: 'authorized',
	authorisation: 'authorization',
	apologise: 'apologize',
	prioritise: 'prioritize',
	neutralise: 'neutralize',
	neutralises: 'neutralizes',
	catalogue: 'catalog',
	travelled: 'traveled',
	cancelled: 'canceled',
	labelled: 'labeled',
	modelling: 'modeling',
	programme: 'program',
	programmes: 'programs',
	judgement: 'judgment',
	enrol: 'enroll',
	whilst: 'while',
	amongst: 'among',
};

/** YAML keys whose values are prose a reader sees; ids, dates and URLs are not checked. */
const PROSE_KEYS = new Set(['summary', 'event', 'requires', 'reportedBy', 'name', 'note', 'label', 'office', 'answersTo', 'title', 'description']);

/** A word with its apostrophes: don't, ICE's, states'. A straight one in prose is always wrong: ’ is the apostrophe and the closing quote. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;

/** Problems in one line of prose: British spellings and straight apostrophes, each with its fix. */
export function checkProse(text: string): { word: string; fix: string }[] {
	const found: { word: string; fix: string }[] = [];
	for (const [word] of text.matchAll(WORD)) {
		const bare = word.replace(/['’]s?$/, '');
		const us = US_SPELLINGS[bare.toLowerCase()];
		if (us) found.push({ word: bare, fix: matchCase(us, bare) });
		if (word.includes("'")) found.push({ word, fix: word.replace(/'/g, '’') });
	}
	return found;
}

function matchCase(fix: string, like: string): string {
	if (like === like.toUpperCase()) return fix.toUpperCase();
	if (like[0] === like[0]?.toUpperCase()) return fix[0]?.toUpperCase() + fix.slice(1);
	return fix;
}

/** The lines of an MDX file a reader sees as prose: frontmatter titles and descriptions, and the text outside code. */
export function checkMdx(file: string, source: string): SpellingProblem[] {
	const problems: SpellingProblem[] = [];
	const lines = source.split('\n');
	let inFrontmatter = lines[0]?.trim() === '---';
	let inFence = false;
	lines.forEach((raw, index) => {
		if (index === 0 && inFrontmatter) return;
		if (inFrontmatter) {
			if (raw.trim() === '---') inFrontmatter = false;
			else if (/^(title|description):/.test(raw)) report(problems, file, index + 1, raw.replace(/^\w+:\s*/, ''));
			return;
		}
		if (/^\s*```/.test(raw)) inFence = !inFence;
		if (inFence || /^\s*(import|export)\s/.test(raw)) return;
		const prose = raw
			.replace(/\{\/\*.*?\*\/\}/g, '')
			.replace(/`[^`]*`/g, '')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/\b(id|ids|figures|derived|way|status|href|src)=("[^"]*"|\{[^}]*\})/g, '');
		report(problems, file, index + 1, prose);
	});
	return problems;
}

/** The prose values of a YAML file (see PROSE_KEYS), line by line. */
export function checkYaml(file: string, source: string): SpellingProblem[] {
	const problems: SpellingProblem[] = [];
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter });
	visit(document, {
		Pair(_, pair) {
			if (!isPair(pair) || !isScalar(pair.key) || !PROSE_KEYS.has(String(pair.key.value))) return;
			if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) return;
			const [start, , end] = pair.value.range;
			const first = lineCounter.linePos(start).line;
			source
				.slice(start, end)
				.split('\n')
				.forEach((text, offset) => report(problems, file, first + offset, text));
		},
		Map(_, map) {
			return isMap(map) ? undefined : visit.SKIP;
		},
	});
	return problems;
}

/** The string values of a TypeScript module of UI strings: every literal that is not an object key. */
export function checkUiStrings(file: string, source: string): SpellingProblem[] {
	const problems: SpellingProblem[] = [];
	const LITERAL = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
	source.split('\n').forEach((line, index) => {
		if (/^\s*(\/\/|\*|\/\*|import\s)/.test(line)) return;
		for (const match of line.matchAll(LITERAL)) {
			const after = line.slice((match.index ?? 0) + match[0].length);
			if (/^\s*:/.test(after)) continue;
			// {placeholders} are names in code, not words.
			const value = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\\'/g, "'").replace(/\{\w+\}/g, '');
			report(problems, file, index + 1, value);
		}
	});
	return problems;
}

function report(problems: SpellingProblem[], file: string, line: number, text: string): void {
	for (const { word, fix } of checkProse(text)) problems.push({ file, line, word, fix });
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UI_STRINGS = join(REPO_ROOT, 'src/i18n/en.ts');

/** Every spelling problem in a content folder (but sources.yaml) and a module of UI strings, by default src/i18n/en.ts. */
export function checkSpelling(contentDir: string, uiStrings = UI_STRINGS): SpellingProblem[] {
	const read = (path: string) => readFileSync(path, 'utf8');
	const shown = (path: string) => relative(REPO_ROOT, path).split('\\').join('/');
	const list = (dir: string, extension: string) =>
		(existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir)) : [])
			.filter((name) => name.endsWith(extension))
			.sort()
			.map((name) => join(contentDir, dir, name));
	return [
		...list('explainers', '.mdx').flatMap((path) => checkMdx(shown(path), read(path))),
		...list('states', '.yaml').flatMap((path) => checkYaml(shown(path), read(path))),
		...[join(contentDir, 'figures.yaml')].filter(existsSync).flatMap((path) => checkYaml(shown(path), read(path))),
		...checkUiStrings(shown(uiStrings), read(uiStrings)),
	];
}

/** One line for the terminal: where, what and the fix. */
export function formatSpellingProblem(problem: SpellingProblem): string {
	return `ERROR ${problem.file}:${problem.line}: “${problem.word}”: the site writes US English with the ’ apostrophe. Fix: write “${problem.fix}”.`;
}

/** For npm run check:data: prints every problem in `contentDir` and en.ts and exits non-zero if there is one. */
export function exitOnSpellingProblems(contentDir: string): void {
	const problems = checkSpelling(contentDir);
	for (const problem of problems) process.stderr.write(`${formatSpellingProblem(problem)}\n`);
	if (problems.length === 0) return;
	process.stderr.write(`\ncheck:data found ${problems.length} spelling problem(s). Fix them and run npm run check:data again.\n`);
	process.exit(1);
}
