/**
 * Holds each Spanish explainer (content/explainers/es/<name>.mdx) to its English twin of the same name:
 * the same way, kind and order, the same figures (<Fact>) and the same cited sources (<Cite>), so a
 * translation can neither drop nor add a fact or a citation. Pure: it compares what validateExplainer read.
 */
import type { Explainer } from '../schemas/explainer.ts';
import type { ComponentTag } from './explainer-markup.ts';
import type { Problem } from './problems.ts';

/** One explainer as the data check read it. */
export interface ExplainerFile {
	/** The file name without .mdx, e.g. "act". */
	readonly slug: string;
	/** Its path from the repository root, for messages. */
	readonly file: string;
	readonly explainer: Explainer | undefined;
	readonly tags: readonly ComponentTag[];
	/** False when the MDX could not be read or parsed, so its tags are unknown. */
	readonly parsed: boolean;
}

/** A figure the page prints or a source it cites, with the tag and line that do it. */
interface Ref {
	readonly kind: 'figure' | 'citation';
	/** The tag and prop, e.g. "<Fact id>", as messages name the field. */
	readonly field: string;
	/** The tag that prints or cites just this, for the fix. */
	readonly tag: string;
	readonly id: string;
	readonly line: number | undefined;
}

/** The figures and sources a page uses: <Fact id>, <Fact derived> and each id of <Cite ids>. */
function refsOf(tags: readonly ComponentTag[]): Ref[] {
	return tags.flatMap(({ name, attributes, line }): Ref[] => {
		if (name === 'Cite') {
			const ids = (attributes.ids ?? '').split(/\s+/).filter(Boolean);
			return ids.map((id) => ({ kind: 'citation', field: '<Cite ids>', tag: `<Cite ids="${id}" />`, id, line }));
		}
		if (name !== 'Fact') return [];
		return (['id', 'derived'] as const).flatMap((prop): Ref[] => {
			const id = attributes[prop];
			return id === undefined ? [] : [{ kind: 'figure', field: `<Fact ${prop}>`, tag: `<Fact ${prop}="${id}" />`, id, line }];
		});
	});
}

const FRONTMATTER_TWINS = ['way', 'kind', 'order'] as const;

/**
 * Problems between the English explainers and their Spanish twins. `spanishFolder` names
 * content/explainers/es/; once it exists, every English explainer needs a twin there.
 */
export function checkExplainerTwins(english: readonly ExplainerFile[], spanish: readonly ExplainerFile[], spanishFolder: string | undefined, problems: Problem[]): void {
	const englishBySlug = new Map(english.map((page) => [page.slug, page]));
	for (const page of spanish) {
		const twin = englishBySlug.get(page.slug);
		if (!twin) {
			problems.push({
				file: page.file,
				field: '',
				value: `${page.slug}.mdx`,
				message: `has no English twin: a Spanish explainer translates the English one of the same name in content/explainers/. Fix: name it as the English file it translates (${english.map((e) => `${e.slug}.mdx`).join(', ') || 'none yet'}), or delete it`,
			});
			continue;
		}
		compareTwins(page, twin, problems);
	}
	if (spanishFolder === undefined) return;
	const translated = new Set(spanish.map((page) => page.slug));
	const missing = english.filter((page) => !translated.has(page.slug)).map((page) => `${page.slug}.mdx`);
	if (missing.length > 0) {
		problems.push({
			file: spanishFolder,
			field: '',
			value: missing,
			message: `has no Spanish version of ${missing.join(', ')}; the Spanish site needs every explainer. Fix: add ${missing.map((m) => `${spanishFolder}/${m}`).join(', ')}, translating the English file and keeping its frontmatter, <Fact> and <Cite> tags`,
		});
	}
}

function compareTwins(page: ExplainerFile, twin: ExplainerFile, problems: Problem[]): void {
	if (page.explainer && twin.explainer) {
		for (const key of FRONTMATTER_TWINS) {
			const [value, expected] = [page.explainer[key], twin.explainer[key]];
			if (value === expected) continue;
			problems.push({
				file: page.file,
				field: key,
				value,
				message: `differs from its English twin ${twin.file}, which has ${key}: ${String(expected)}. Fix: copy way, kind and order from the English file`,
			});
		}
	}
	if (!page.parsed || !twin.parsed) return;
	const [mine, theirs] = [refsOf(page.tags), refsOf(twin.tags)];
	const key = (ref: Ref) => `${ref.field} ${ref.id}`;
	const [mineKeys, theirKeys] = [new Set(mine.map(key)), new Set(theirs.map(key))];
	for (const ref of uniqueBy(theirs, key).filter((ref) => !mineKeys.has(key(ref)))) {
		problems.push({
			file: page.file,
			field: ref.field,
			value: ref.id,
			message: `is in the English twin ${twin.file} but not here; a translation may not drop a ${ref.kind}. Fix: write ${ref.tag} where the English has it`,
		});
	}
	for (const ref of uniqueBy(mine, key).filter((ref) => !theirKeys.has(key(ref)))) {
		problems.push({
			file: page.file,
			line: ref.line,
			field: ref.field,
			value: ref.id,
			message: `is not in the English twin ${twin.file}; a translation may not add a ${ref.kind}. Fix: delete it here, or add it to the English explainer first`,
		});
	}
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
