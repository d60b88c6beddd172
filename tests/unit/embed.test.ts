import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../src/data/us-states.ts';
import {
	buildEmbedHeadScript,
	buildEmbedSnippet,
	buildEmbedUrl,
	buildOembed,
	DEFAULT_EMBED_OPTIONS,
	EMBED_LAYERS,
	EMBED_STYLE_ID,
	HIGHLIGHT_RULES,
	parseEmbedOptions,
	type EmbedOptions,
} from '../../src/map/embed.ts';

const SITE = { siteUrl: 'https://maps.example', siteName: 'How ICE Gets Your DMV Data', title: 'Map: Nlets blocks by state' };

/** What the embed's <html> carries as built (EmbedLayout): the default theme. */
const BUILT_ATTRIBUTES = { 'data-theme': 'light' };

/**
 * Runs the head script against a stand-in document of the given language; returns the attributes <html> then has,
 * the rules it added, and the address it sent the frame to, if any.
 */
function runHead(search: string, lang = 'en'): { attributes: Record<string, string>; rules: string[]; replaced: string | undefined } {
	const attributes: Record<string, string> = { ...BUILT_ATTRIBUTES };
	const rules: string[] = [];
	let replaced: string | undefined;
	const html = {
		lang,
		setAttribute: (name: string, value: string) => (attributes[name] = value),
		removeAttribute: (name: string) => delete attributes[name],
	};
	const sheet = { cssRules: rules, insertRule: (rule: string, index: number) => rules.splice(index, 0, rule) };
	const document = { documentElement: html, getElementById: (id: string) => (id === EMBED_STYLE_ID ? { sheet } : null) };
	const location = { search, hash: '', replace: (url: string) => (replaced = url) };
	new Function('location', 'document', buildEmbedHeadScript())(location, document);
	return { attributes, rules, replaced };
}

const runHeadScript = (search: string) => runHead(search).attributes;

/** The options the head script's attributes amount to, in the shape parseEmbedOptions gives. */
function optionsFromAttributes(attributes: Record<string, string>): EmbedOptions {
	const layer = Object.entries(EMBED_LAYERS).find(([, id]) => id === attributes['data-layer'])?.[0] ?? 'nlets';
	return {
		layer: layer as EmbedOptions['layer'],
		// A code that is no state's outlines nothing, which is the default.
		state: STATE_CODES.includes(attributes['data-state'] ?? '') ? (attributes['data-state'] ?? null) : null,
		// No data-theme leaves the reader's own setting: auto.
		theme: (attributes['data-theme'] as EmbedOptions['theme'] | undefined) ?? 'auto',
		compact: 'data-compact' in attributes,
		lang: 'en',
	};
}

const QUERIES = [
	'',
	'?layer=licenses',
	'?layer=dmv-law&state=or',
	'?layer=LICENSES',
	'?layer=constructor',
	'?layer=toString&state=zz&theme=purple',
	'?state=DC&theme=dark',
	'?theme=light&compact',
	'?theme=auto',
	'?theme=dark&layer=licenses',
	'?compact=0',
	'?compact=false',
	'?compact=1',
	'?state=<script>',
	'?state=o',
	'?layer=nlets&layer=licenses',
];

describe('parseEmbedOptions', () => {
	it('reads every option', () => {
		expect(parseEmbedOptions('?layer=dmv-law&state=or&theme=dark&compact', STATE_CODES)).toEqual({
			layer: 'dmv-law',
			state: 'OR',
			theme: 'dark',
			compact: true,
			lang: 'en',
		});
	});

	it.each(['?layer=roads', '?layer=constructor', '?theme=neon', '?state=zz', '?state=', '?compact=false', '?x=1'])(
		'falls back to the defaults for %s',
		(query) => {
			expect(parseEmbedOptions(query, STATE_CODES)).toEqual(DEFAULT_EMBED_OPTIONS);
		},
	);
});

describe('the head script', () => {
	it.each(QUERIES)('agrees with parseEmbedOptions on %j', (query) => {
		expect(optionsFromAttributes(runHeadScript(query))).toEqual(parseEmbedOptions(query, STATE_CODES));
	});

	it('changes nothing for the defaults, so the page as built is the default view: light', () => {
		expect(runHeadScript('')).toEqual(BUILT_ATTRIBUTES);
		expect(runHeadScript('?theme=light')).toEqual(BUILT_ATTRIBUTES);
		expect(DEFAULT_EMBED_OPTIONS.theme).toBe('light');
	});

	it('forces dark for theme=dark, and leaves the reader’s setting for theme=auto', () => {
		expect(runHeadScript('?theme=dark')['data-theme']).toBe('dark');
		expect(runHeadScript('?theme=auto')).not.toHaveProperty('data-theme');
	});

	it('adds the outline rules for a highlighted state, and none for an unknown one', () => {
		expect(runHead('?state=or').rules).toEqual(HIGHLIGHT_RULES.map((rule) => rule.replace('{code}', 'OR')));
		expect(runHead('?state=').rules).toEqual([]);
		expect(runHead('?state=%22%5D%7B%7D').rules).toEqual([]);
	});

	it('maps the URL names of the layers to the map’s layer ids', () => {
		expect(runHeadScript('?layer=dmv-law')).toEqual({ ...BUILT_ATTRIBUTES, 'data-layer': 'dmvSharing' });
		expect(runHeadScript('?layer=licenses')).toEqual({ ...BUILT_ATTRIBUTES, 'data-layer': 'licensesForAll' });
	});
});

describe('buildEmbedUrl', () => {
	it('leaves out the defaults', () => {
		expect(buildEmbedUrl(SITE.siteUrl, DEFAULT_EMBED_OPTIONS)).toBe('https://maps.example/embed/map/');
	});

	it('writes every chosen option and round-trips through parseEmbedOptions', () => {
		const options: EmbedOptions = { layer: 'licenses', state: 'NM', theme: 'auto', compact: true, lang: 'en' };
		const url = buildEmbedUrl(SITE.siteUrl, options);
		expect(url).toBe('https://maps.example/embed/map/?layer=licenses&state=nm&theme=auto&compact');
		expect(parseEmbedOptions(new URL(url).search, STATE_CODES)).toEqual(options);
	});

	it('puts a Spanish embed at /es/embed/map/, which works without the head script', () => {
		const options = parseEmbedOptions('?lang=es&layer=licenses', STATE_CODES);
		expect(options.lang).toBe('es');
		expect(buildEmbedUrl(SITE.siteUrl, options)).toBe('https://maps.example/es/embed/map/?layer=licenses');
		expect(parseEmbedOptions('?lang=fr', STATE_CODES).lang).toBe('en');
	});
});

describe('the head script’s lang option', () => {
	it('sends /embed/map/?lang=es to the Spanish embed with the other options, and back the other way', () => {
		expect(runHead('?lang=es&layer=licenses&state=or').replaced).toBe('/es/embed/map/?layer=licenses&state=or');
		expect(runHead('?lang=es').replaced).toBe('/es/embed/map/');
		expect(runHead('?lang=en&compact', 'es').replaced).toBe('/embed/map/?compact=');
	});

	it('stays put for its own language, an unknown one, or none', () => {
		for (const [query, lang] of [['?lang=en', 'en'], ['?lang=es', 'es'], ['?lang=fr', 'en'], ['?lang=constructor', 'en'], ['', 'es']] as const) {
			expect(runHead(query, lang).replaced, query).toBeUndefined();
		}
	});
});

describe('buildEmbedSnippet', () => {
	const snippet = buildEmbedSnippet({ ...DEFAULT_EMBED_OPTIONS, state: 'OR' }, SITE);

	it('gives the iframe its title, lazy loading, no referrer and a CSS aspect ratio', () => {
		expect(snippet).toMatch(/<iframe src="https:\/\/maps\.example\/embed\/map\/\?state=or" title="Map: Nlets blocks by state" loading="lazy"/);
		expect(snippet).toContain('referrerpolicy="no-referrer"');
		expect(snippet).toMatch(/style="width:100%;aspect-ratio:[\d ]+\/[\d ]+;min-height:\d+px;border:0"/);
	});

	it('includes the loader from the site, which learns nothing of the host page, and no credit line: the frame carries its own', () => {
		expect(snippet).toContain('<script src="https://maps.example/embed.js" async referrerpolicy="no-referrer"></script>');
		expect(snippet.split('\n')).toHaveLength(3);
		expect(snippet).not.toMatch(/<p|<a |Source|CC BY/);
	});

	it('escapes the title and refuses an empty one', () => {
		expect(buildEmbedSnippet(DEFAULT_EMBED_OPTIONS, { ...SITE, title: 'A "quoted" <b>map</b>' })).toContain(
			'title="A &quot;quoted&quot; &lt;b&gt;map&lt;/b&gt;"',
		);
		expect(() => buildEmbedSnippet(DEFAULT_EMBED_OPTIONS, { ...SITE, title: '   ' })).toThrow(/title/);
	});
});

describe('buildOembed', () => {
	it('is a rich oEmbed with the default snippet, a size and the provider', () => {
		const oembed = buildOembed(SITE);
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: SITE.title, provider_name: SITE.siteName });
		expect(oembed.provider_url).toBe('https://maps.example/');
		expect(oembed.html).toBe(buildEmbedSnippet(DEFAULT_EMBED_OPTIONS, SITE));
		expect(oembed.width).toBeGreaterThan(0);
		expect(oembed.height).toBeGreaterThan(0);
	});
});
