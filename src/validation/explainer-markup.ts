/**
 * What an explainer's MDX may contain: Markdown, the site's own components and a short list of
 * HTML elements, and nothing that runs code, loads anything or sends the reader elsewhere. The
 * data check (validate-explainer.ts) and the MDX pipeline (src/integrations/explainer-guard.ts)
 * both walk the parsed page with findUnsafeMarkup, so the two cannot disagree. Pure: it reads a
 * hast tree from satteri, the MDX parser Astro uses.
 */
import type { HastNode } from 'satteri';
import { closest, type Problem } from './problems.ts';

/** A component prop: text the reader sees, a value the component looks up, or an on/off flag. */
type PropKind = 'prose' | 'value' | 'flag';

interface ComponentSpec {
	readonly props: Readonly<Record<string, PropKind>>;
	readonly required: readonly string[];
}

/**
 * The components an explainer may use, with their props. ExplainerLayout passes exactly these to
 * the page (a unit test holds the two together), so none is ever imported.
 */
export const EXPLAINER_COMPONENTS = {
	Cite: { props: { ids: 'value' }, required: ['ids'] },
	Fact: { props: { id: 'value', derived: 'value', cite: 'flag', capitalize: 'flag' }, required: [] },
	StateCount: { props: { way: 'value', status: 'value' }, required: ['way', 'status'] },
	StatesWithStatus: { props: { way: 'value', status: 'value' }, required: ['way', 'status'] },
	StateLaws: { props: {}, required: [] },
	StatePicker: { props: {}, required: [] },
	Term: { props: { id: 'value', name: 'prose', aka: 'prose' }, required: ['id', 'name'] },
	Terms: { props: {}, required: [] },
} as const satisfies Record<string, ComponentSpec>;

export type ExplainerComponent = keyof typeof EXPLAINER_COMPONENTS;
const COMPONENT_NAMES = Object.keys(EXPLAINER_COMPONENTS) as ExplainerComponent[];

/**
 * HTML elements an explainer may write, each with the attributes it may carry (beyond lang and
 * title, which any may). Markdown makes most of them itself; # makes h1, which the page's title
 * already is, and ![]() makes img, which would load a file, so neither is here.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	b: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	code: [],
	dd: [],
	del: [],
	dl: [],
	dt: [],
	em: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	li: [],
	ol: ['start'],
	p: [],
	pre: [],
	q: ['cite'],
	s: [],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	th: ['colspan', 'rowspan', 'scope'],
	thead: [],
	tr: [],
	ul: [],
};
const GLOBAL_ATTRIBUTES = ['lang', 'title'];

/** Why some elements are not allowed, for the message; any other is simply not on the list. */
const DANGER: Readonly<Record<string, string>> = {
	script: 'it runs code in the reader’s browser',
	style: 'it can restyle or hide any part of the page',
	iframe: 'it loads another site into the page',
	object: 'it loads a plug-in or another site into the page',
	embed: 'it loads a plug-in or another site into the page',
	meta: 'it can redirect the page to another site',
	link: 'it loads files from another site',
	base: 'it changes where every link on the page goes',
	form: 'it sends what readers type to another address',
	input: 'it collects what readers type',
	button: 'it makes a control that does nothing without code',
	img: 'it loads an image, possibly from another site',
	h1: 'the page’s title is its one h1',
};

/** Link schemes an explainer may use; a link with no scheme is a path on this site. */
const LINK_SCHEMES = ['https:', 'mailto:'];
/** Attributes (and hast properties) that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data'];

/** One thing in an explainer that may not be there, where it is and the fix; the caller adds the file. */
export type MarkupProblem = Omit<Problem, 'file'>;

/** An explainer component as used on a page, with its props as text (a flag is "true" or "false"). */
export interface ComponentTag {
	readonly name: ExplainerComponent;
	readonly attributes: Readonly<Record<string, string>>;
	readonly line: number | undefined;
}

type JsxElement = Extract<HastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = JsxElement['attributes'][number];

/** A record's own entry, never one inherited from Object (a tag named "constructor" is not on the list). */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
const isAllowedElement = (tag: string) => own(ALLOWED_ELEMENTS, tag) !== undefined;
const lineOf = (node: HastNode) => node.position?.start.line;
const childrenOf = (node: HastNode): readonly HastNode[] => ('children' in node ? (node.children as HastNode[]) : []);
const isJsx = (node: HastNode): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');
const isComponent = (name: string): name is ExplainerComponent => (COMPONENT_NAMES as readonly string[]).includes(name);
/** An MDX comment, {/* … *\/}: one block comment and nothing else, which compiles to nothing. */
const isComment = (expression: string) => /^\/\*(?:(?!\*\/)[\s\S])*\*\/$/.test(expression.trim());

/** Every node in document order; a node for which `enter` returns false keeps its children out. */
function* walk(node: HastNode, enter: (node: HastNode) => boolean = () => true): Generator<HastNode> {
	yield node;
	if (enter(node)) for (const child of childrenOf(node)) yield* walk(child, enter);
}

/** Whether a node is one that may hold prose: an allowed element or a known component. */
function isAllowedContainer(node: HastNode): boolean {
	if (node.type === 'element') return isAllowedElement(node.tagName);
	if (isJsx(node)) return node.name !== null && (isComponent(node.name) || isAllowedElement(node.name));
	return true;
}

/** Everything in an explainer that is not allowed, in document order. */
export function findUnsafeMarkup(root: HastNode): MarkupProblem[] {
	// What sits inside an element that is not allowed goes with it, so it is not reported again.
	return [...walk(root, isAllowedContainer)].flatMap((node): MarkupProblem[] => {
		const line = lineOf(node);
		switch (node.type) {
			case 'root':
			case 'text':
			case 'comment':
				return [];
			case 'mdxjsEsm': {
				const statement = node.value.trimStart().startsWith('export') ? 'export' : 'import';
				return [{ line, field: statement, value: node.value.split('\n')[0], message: `is an ${statement} line, which would run code when the site builds. Fix: delete it; the site’s components (${COMPONENT_NAMES.join(', ')}) need no import` }];
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return isComment(node.value)
					? []
					: [{ line, field: '{…}', value: `{${node.value}}`, message: 'is a JavaScript expression, which explainers may not run. Fix: write the words themselves, print data with a component such as <Fact> or <StateCount>, or write \\{ for a brace' }];
			case 'element':
				// Markdown made it, so only its tag and its links are the author's.
				return isAllowedElement(node.tagName) ? urlProblems(node.tagName, Object.entries(node.properties ?? {}), line) : elementProblem(node.tagName, line);
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				return jsxProblems(node);
			default:
				return [{ line, field: node.type, value: undefined, message: 'is not allowed in an explainer. Fix: use Markdown, the site’s components and the HTML elements CONTRIBUTING.md lists' }];
		}
	});
}

/** An element not on the list; its attributes and content go with it, so they are not reported as well. */
function elementProblem(tag: string, line: number | undefined): MarkupProblem[] {
	const danger = own(DANGER, tag);
	const why = danger ? `: ${danger}` : '';
	const fix = tag === 'h1' ? 'start a section heading with ##, not #' : 'delete it; explainers may use Markdown, the site’s components and the HTML elements CONTRIBUTING.md lists';
	return [{ line, field: `<${tag}>`, value: undefined, message: `is not allowed in an explainer${why}. Fix: ${fix}` }];
}

function jsxProblems(node: JsxElement): MarkupProblem[] {
	const line = lineOf(node);
	if (node.name === null) {
		return [{ line, field: '<>', value: undefined, message: 'is an empty fragment tag. Fix: delete <> and </>' }];
	}
	const spread = node.attributes
		.filter((attribute) => attribute.type === 'mdxJsxExpressionAttribute')
		.map((attribute): MarkupProblem => ({ line, field: `<${node.name}>`, value: `{${attribute.value}}`, message: 'spreads a JavaScript expression into its props, which explainers may not run. Fix: write each prop as name="value"' }));
	const named = node.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute');
	if (isComponentName(node.name)) return isComponent(node.name) ? [...spread, ...componentProblems(node.name, named, line)] : unknownComponent(node.name, line);
	if (!isAllowedElement(node.name)) return elementProblem(node.name, line);
	const allowed = [...(own(ALLOWED_ELEMENTS, node.name) ?? []), ...GLOBAL_ATTRIBUTES];
	const attributes = named.flatMap((attribute): MarkupProblem[] => {
		const field = `<${node.name} ${attribute.name}>`;
		const value = attributeText(attribute);
		if (/^on/i.test(attribute.name)) return [{ line, field, value, message: 'is an event handler, which runs code in the reader’s browser. Fix: delete it' }];
		if (!allowed.includes(attribute.name.toLowerCase())) {
			return [{ line, field, value, message: `is not an attribute explainers may use on <${node.name}>. Fix: delete it (allowed here: ${allowed.join(', ')})` }];
		}
		if (typeof attribute.value !== 'string') return [{ line, field, value, message: 'needs a value in quotes. Fix: write it as name="value"' }];
		return urlProblems(node.name ?? '', [[attribute.name, attribute.value]], line);
	});
	return [...spread, ...attributes];
}

function unknownComponent(name: string, line: number | undefined): MarkupProblem[] {
	const guess = closest(name, COMPONENT_NAMES);
	return [{ line, field: `<${name}>`, value: undefined, message: `is not one of the site’s components. Fix: ${guess ? `did you mean <${guess}>? ` : ''}use one of ${COMPONENT_NAMES.join(', ')}; they need no import` }];
}

function componentProblems(name: ExplainerComponent, attributes: readonly Extract<JsxAttribute, { type: 'mdxJsxAttribute' }>[], line: number | undefined): MarkupProblem[] {
	const spec: ComponentSpec = EXPLAINER_COMPONENTS[name];
	const props = Object.keys(spec.props);
	const given = attributes.map((attribute) => attribute.name);
	const missing = spec.required.filter((prop) => !given.includes(prop)).map((prop): MarkupProblem => ({ line, field: `<${name} ${prop}>`, value: undefined, message: `is missing. Fix: add ${prop}="…"` }));
	return [
		...attributes.flatMap((attribute): MarkupProblem[] => {
			const field = `<${name} ${attribute.name}>`;
			const kind = own(spec.props, attribute.name);
			const value = attributeText(attribute);
			if (!kind) {
				const guess = closest(attribute.name, props);
				return [{ line, field, value, message: `is not a prop of <${name}>. Fix: ${guess ? `did you mean ${guess}? ` : ''}${props.length > 0 ? `<${name}> takes ${props.join(', ')}` : `<${name}> takes no props`}` }];
			}
			if (kind === 'flag') {
				return attribute.value === null || (typeof attribute.value === 'object' && ['true', 'false'].includes(attribute.value.value.trim()))
					? []
					: [{ line, field, value, message: `is an on/off prop. Fix: write ${attribute.name}={false}, or ${attribute.name} alone for on` }];
			}
			return typeof attribute.value === 'string' ? [] : [{ line, field, value, message: `needs text in quotes, not an expression. Fix: write ${attribute.name}="…"` }];
		}),
		...missing,
	];
}

/** An attribute as the author wrote its value: "text", {expression} or nothing. */
function attributeText(attribute: Extract<JsxAttribute, { type: 'mdxJsxAttribute' }>): string | undefined {
	if (attribute.value === null || attribute.value === undefined) return undefined;
	return typeof attribute.value === 'string' ? attribute.value : `{${attribute.value.value}}`;
}

function urlProblems(tag: string, attributes: readonly (readonly [string, unknown])[], line: number | undefined): MarkupProblem[] {
	return attributes.flatMap(([name, value]): MarkupProblem[] => {
		if (!URL_ATTRIBUTES.includes(name.toLowerCase()) || typeof value !== 'string') return [];
		const message = linkProblem(value);
		return message ? [{ line, field: `<${tag} ${name}>`, value, message }] : [];
	});
}

/** What is wrong with a link target, or undefined if it is a path on this site, https or mailto. */
export function linkProblem(target: string): string | undefined {
	// Browsers drop tabs and line breaks inside URLs and ignore case, so parse the way they do.
	const url = URL.canParse(target, 'https://this.site/') ? new URL(target, 'https://this.site/') : undefined;
	if (!url) return 'is not a link a browser can follow. Fix: write a path on this site, such as /act/, or a full https:// address';
	if (LINK_SCHEMES.includes(url.protocol)) return undefined;
	const why =
		url.protocol === 'javascript:'
			? 'a javascript: link runs code when a reader follows it'
			: url.protocol === 'data:'
				? 'a data: link carries a whole page or script of its own'
				: url.protocol === 'http:'
					? 'an http: link can be read and changed on the way'
					: `a ${url.protocol} link is not one explainers use`;
	return `is not allowed: ${why}. Fix: link a path on this site, such as /act/, or an https:// address`;
}

/** The site's components used on a page, in document order, with their props. */
export function findComponentTags(root: HastNode): ComponentTag[] {
	return [...walk(root)].filter(isJsx).flatMap((node): ComponentTag[] => {
		if (node.name === null || !isComponent(node.name)) return [];
		const attributes: Record<string, string> = {};
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute') continue;
			attributes[attribute.name] = attribute.value === null || attribute.value === undefined ? 'true' : typeof attribute.value === 'string' ? attribute.value : attribute.value.value.trim();
		}
		return [{ name: node.name, attributes, line: lineOf(node) }];
	});
}

/** A run of prose as the reader sees it, with the line it starts on. */
export interface Prose {
	readonly text: string;
	readonly line: number | undefined;
}

/** The page's prose: its text, and the props of components that print text (a glossary term's name). */
export function findProse(root: HastNode): Prose[] {
	return [...walk(root, isAllowedContainer)].flatMap((node): Prose[] => {
		if (node.type === 'text') return node.value.trim() ? [{ text: node.value, line: lineOf(node) }] : [];
		if (!isJsx(node) || node.name === null || !isComponent(node.name)) return [];
		const spec: ComponentSpec = EXPLAINER_COMPONENTS[node.name];
		return node.attributes.flatMap((attribute): Prose[] =>
			attribute.type === 'mdxJsxAttribute' && own(spec.props, attribute.name) === 'prose' && typeof attribute.value === 'string' ? [{ text: attribute.value, line: lineOf(node) }] : [],
		);
	});
}
