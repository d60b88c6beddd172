/**
 * Checks one explainer (content/explainers/*.mdx, or a Spanish one in es/) the way Astro will read it: strict UTF-8, no
 * invisible characters, frontmatter against its schema, the MDX parsed by satteri (Astro's MDX
 * parser) and held to the markup allowlist, every component's props against the data, and no
 * number typed into the prose. Every problem names the file and line.
 */
import { mdxToHast, type HastNode } from 'satteri';
import { DERIVED_FIGURE_IDS } from '../data/derived-figures.ts';
import { LEVELS, WAYS, type Way } from '../data/levels.ts';
import { ExplainerSchema, type Explainer } from '../schemas/explainer.ts';
import { findHidden, hiddenMessage, readUtf8File, showHidden } from './clean-text.ts';
import { findComponentTags, findProse, findUnsafeMarkup, type ComponentTag } from './explainer-markup.ts';
import { closest, parseWith, type Problem } from './problems.ts';
import { findTypedNumbers, typedNumberFix, type ProseLanguage } from './prose-numbers.ts';
import { parseYaml, UNREADABLE } from './yaml-file.ts';

/** What the rest of the check needs from an explainer. */
export interface ExplainerCheck {
	/** The frontmatter, when it is valid. */
	readonly explainer: Explainer | undefined;
	/** The site's components the page uses, in order; empty when the MDX could not be parsed. */
	readonly tags: readonly ComponentTag[];
	/** False when the file could not be read or parsed, so its citations are unknown. */
	readonly parsed: boolean;
}

/** What an explainer's components may refer to. */
export interface ExplainerRefs {
	readonly figureIds: readonly string[];
	/** Checks one cited source id, reporting it if unknown. */
	readonly cite: (file: string, field: string, id: string, line: number | undefined) => void;
}

/** The same Markdown features Astro's MDX pipeline turns on, so the check parses what the build parses. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `language` is the one the explainer is written in, for the number rule's dates and ordinals. */
export function validateExplainer(path: string, file: string, refs: ExplainerRefs, problems: Problem[], language: ProseLanguage = 'en'): ExplainerCheck {
	const mdx = readUtf8File(path, file, problems);
	if (mdx === undefined) return { explainer: undefined, tags: [], parsed: false };

	const frontmatter = FRONTMATTER.exec(mdx);
	const bodyStart = frontmatter?.[0].length ?? 0;
	const explainer = frontmatter ? checkFrontmatter(frontmatter[1] ?? '', file, problems, language) : undefined;
	if (!frontmatter) {
		problems.push({ file, line: 1, field: '', value: undefined, message: 'has no frontmatter. Fix: start the file with --- lines holding title, description, way, order and lastReviewed' });
	}
	checkHidden(mdx, bodyStart, file, problems);

	let root: HastNode;
	try {
		root = mdxToHast(mdx, { features: FEATURES });
	} catch (error) {
		const [, line, what = String(error)] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(error instanceof Error ? error.message : '') ?? [];
		// "…closing tag for `<Term>` (38:1)": the tag left open is the line to fix, not where the parser gave up.
		const opened = / \((\d+):\d+\)$/.exec(what)?.[1];
		problems.push({
			file,
			line: opened === undefined ? (line === undefined ? undefined : Number(line)) : Number(opened),
			field: '',
			value: undefined,
			message: `is not valid MDX: ${what}. Fix: close every tag (<Term …>…</Term>, or <Fact … /> for one that holds nothing), and write \\{ or \\< for a brace or angle bracket in the text`,
		});
		return { explainer, tags: [], parsed: false };
	}

	problems.push(...findUnsafeMarkup(root).map((problem) => ({ file, ...problem })));
	const tags = findComponentTags(root);
	checkComponents(tags, file, refs, problems);
	for (const prose of findProse(root)) {
		for (const number of findTypedNumbers(prose.text, language)) {
			const line = prose.line === undefined ? undefined : prose.line + (prose.text.slice(0, number.index).match(/\n/g)?.length ?? 0);
			problems.push({ file, line, field: 'prose', value: number.text, message: typedNumberFix(number) });
		}
	}
	return { explainer, tags, parsed: true };
}

function checkFrontmatter(yaml: string, file: string, problems: Problem[], language: ProseLanguage): Explainer | undefined {
	// The frontmatter's first line is the file's line 2, after the opening ---.
	const data = parseYaml(yaml, file, problems, 2);
	if (data === UNREADABLE) return undefined;
	const explainer = parseWith(ExplainerSchema, data, file, problems);
	for (const field of ['title', 'description'] as const) {
		for (const number of findTypedNumbers(explainer?.[field] ?? '', language)) {
			problems.push({ file, field, value: number.text, message: typedNumberFix(number) });
		}
	}
	return explainer;
}

/** Invisible characters in the MDX body (parseYaml has checked the frontmatter's values). */
function checkHidden(mdx: string, bodyStart: number, file: string, problems: Problem[]): void {
	const lines = mdx.split('\n');
	for (const hidden of findHidden(mdx.slice(bodyStart))) {
		const index = bodyStart + hidden.index;
		const line = mdx.slice(0, index).split('\n').length;
		const lineStart = mdx.lastIndexOf('\n', index - 1) + 1;
		problems.push({ file, line, field: '', value: showHidden(lines[line - 1] ?? '', { ...hidden, index: index - lineStart }), message: hiddenMessage(hidden) });
	}
}

/** Problems the markup allowlist cannot see: a component's props against the data and the vocabularies. */
function checkComponents(tags: readonly ComponentTag[], file: string, refs: ExplainerRefs, problems: Problem[]): void {
	for (const { name, attributes, line } of tags) {
		const { id, derived, ids, way, status } = attributes;
		if (name === 'Cite') for (const source of (ids ?? '').split(/\s+/).filter(Boolean)) refs.cite(file, '<Cite ids>', source, line);
		if (name === 'Fact') {
			if ((id === undefined) === (derived === undefined)) {
				problems.push({ file, line, field: '<Fact>', value: attributes, message: 'needs exactly one of id or derived. Fix: write <Fact id="…" /> for a figure in content/figures.yaml, or <Fact derived="…" /> for a computed one' });
			}
			if (derived !== undefined && !(DERIVED_FIGURE_IDS as readonly string[]).includes(derived)) {
				const guess = closest(derived, DERIVED_FIGURE_IDS);
				problems.push({ file, line, field: '<Fact derived>', value: derived, message: `is not a derived figure. Fix: ${guess ? `did you mean "${guess}"? ` : ''}use one of ${DERIVED_FIGURE_IDS.join(', ')}, or add it to src/data/derived-figures.ts` });
			}
			if (id !== undefined && !refs.figureIds.includes(id)) {
				const guess = closest(id, refs.figureIds);
				problems.push({ file, line, field: '<Fact id>', value: id, message: `is not a figure id in content/figures.yaml. Fix: ${guess ? `did you mean "${guess}"? ` : ''}correct the id, or add the figure` });
			}
		}
		if ((name === 'StateCount' || name === 'StatesWithStatus') && way !== undefined && status !== undefined) {
			if (!(WAYS as readonly string[]).includes(way)) {
				problems.push({ file, line, field: `<${name} way>`, value: way, message: `is not a way. Fix: use one of ${WAYS.join(', ')}` });
				continue;
			}
			const statuses = LEVELS[way as Way].map((level) => level.status as string);
			if (!statuses.includes(status)) {
				problems.push({ file, line, field: `<${name} status>`, value: status, message: `is not a ${way} status. Fix: use one of ${statuses.join(', ')}` });
			}
		}
	}
}
