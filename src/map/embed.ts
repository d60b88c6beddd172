/**
 * The embeddable map's options and its snippet. Pure and dependency-free: the /embed/ guide's
 * generator runs this in the browser, the embed page and the oEmbed file at build time.
 *
 * Options travel in the embed's query string:
 *   layer=dmv-law|data-brokers|nlets|licenses   which way the map colours states by (default nlets)
 *   state=<USPS code>              one state to highlight
 *   theme=light|dark|auto          colours of the text and background (default light, which suits most host
 *                                  pages; auto follows the reader's setting)
 *   compact                        hides the legend's descriptions
 *   lang=en|es                     the language of its words (default en); the snippet writes a Spanish
 *                                  embed's address as /es/embed/map/, and the head script sends
 *                                  /embed/map/?lang=es there
 * A value the embed does not know falls back to the default.
 */
import type { MapLayer } from '../data/levels.ts';
import { DEFAULT_LOCALE, localePath, LOCALES, type Locale } from '../i18n/locales.ts';

/** Each URL value of `layer`, and the map layer it shows, in the site's order of the ways. */
export const EMBED_LAYERS = {
	'dmv-law': 'dmvSharing',
	'data-brokers': 'dataBrokers',
	nlets: 'nlets',
	licenses: 'licensesForAll',
} as const satisfies Record<string, MapLayer>;
export type EmbedLayer = keyof typeof EMBED_LAYERS;
export const EMBED_LAYER_NAMES = Object.keys(EMBED_LAYERS) as EmbedLayer[];

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** What an embed shows. */
export interface EmbedOptions {
	readonly layer: EmbedLayer;
	/** Upper-case USPS code of the highlighted state, or null for none. */
	readonly state: string | null;
	readonly theme: EmbedTheme;
	readonly compact: boolean;
	readonly lang: Locale;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { layer: 'nlets', state: null, theme: 'light', compact: false, lang: DEFAULT_LOCALE };

/** Path of the page that goes in the iframe. */
export const EMBED_PATH = '/embed/map/';
/** Path of the loader script host pages include. */
export const LOADER_PATH = '/embed.js';

export { HEIGHT_MESSAGE, PING_MESSAGE } from './embed-messages.ts';

/**
 * Width-to-height ratio and minimum height the snippet gives the iframe, so it stays usable when the
 * loader cannot run: wide enough for the map on a desktop, tall enough for the legend on a phone.
 */
export const FALLBACK_ASPECT_RATIO = '5/4';
export const FALLBACK_MIN_HEIGHT = 560;

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Whether a query value of `compact` turns it on: present with no value, or anything but 0/false/no. */
function isOn(value: string | null): boolean {
	return value !== null && !['0', 'false', 'no'].includes(value.toLowerCase());
}

/** Reads the options from a query string; an unknown layer, theme, state or language gives the default. */
export function parseEmbedOptions(search: string, stateCodes: readonly string[]): EmbedOptions {
	const query = new URLSearchParams(search);
	const layer = query.get('layer') ?? '';
	const lang = query.get('lang') ?? '';
	const theme = query.get('theme') ?? '';
	const state = (query.get('state') ?? '').toUpperCase();
	return {
		layer: hasOwn(EMBED_LAYERS, layer) ? (layer as EmbedLayer) : DEFAULT_EMBED_OPTIONS.layer,
		state: stateCodes.includes(state) ? state : null,
		theme: (EMBED_THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : DEFAULT_EMBED_OPTIONS.theme,
		compact: isOn(query.get('compact')),
		lang: (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : DEFAULT_EMBED_OPTIONS.lang,
	};
}

/** The embed's address with these options, leaving defaults out so the common case stays short; the language is in the path. */
export function buildEmbedUrl(siteUrl: string, options: EmbedOptions): string {
	const url = new URL(localePath(EMBED_PATH, options.lang), siteUrl);
	if (options.layer !== DEFAULT_EMBED_OPTIONS.layer) url.searchParams.set('layer', options.layer);
	if (options.state) url.searchParams.set('state', options.state.toLowerCase());
	if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) url.searchParams.set('theme', options.theme);
	return options.compact ? `${url.href}${url.search ? '&' : '?'}compact` : url.href;
}

const escapeHtml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** What the snippet needs besides the options. */
export interface SnippetParts {
	/** Public origin of the site, e.g. https://dmv.example.org. */
	readonly siteUrl: string;
	/** The iframe's accessible name; required, because screen readers announce a frame by it. */
	readonly title: string;
}

/**
 * The HTML a host page pastes: the iframe (lazy, no referrer, sized by CSS aspect-ratio until the
 * loader measures it) and the loader. The frame carries its own source line, with the date and the
 * licence, so the snippet adds none. Throws on an empty title rather than produce an unnamed frame.
 */
export function buildEmbedSnippet(options: EmbedOptions, parts: SnippetParts): string {
	const title = parts.title.trim();
	if (title === '') throw new Error('The embed needs a title that says what the map shows');
	return [
		`<iframe src="${escapeHtml(buildEmbedUrl(parts.siteUrl, options))}" title="${escapeHtml(title)}" loading="lazy"`,
		`  referrerpolicy="no-referrer" style="width:100%;aspect-ratio:${FALLBACK_ASPECT_RATIO};min-height:${FALLBACK_MIN_HEIGHT}px;border:0"></iframe>`,
		`<script src="${new URL(LOADER_PATH, parts.siteUrl).href}" async referrerpolicy="no-referrer"></script>`,
	].join('\n');
}

/** Id of the embed's inline <style>, into which the head script adds the highlight rules. */
export const EMBED_STYLE_ID = 'embed-style';

/** The rules that outline a highlighted state, with {code} for its USPS code. */
export const HIGHLIGHT_RULES = [
	'.choropleth-svg [data-code="{code}"] path{stroke:var(--map-focus);stroke-width:3px}',
	'.small-states [data-code="{code}"]{outline:2px solid var(--map-focus);outline-offset:2px}',
] as const;

/**
 * The blocking script in the embed's <head>: before the body is parsed, it copies the query options
 * onto <html> as data attributes, which the embed's CSS draws the layer, theme and legend from, and
 * adds the rules that outline a highlighted state to the page's inline stylesheet. So the chosen
 * view is there from the first paint. <html> starts with data-theme="light", the default, which
 * theme=dark replaces and theme=auto removes. Unknown values change nothing visible, which leaves
 * the defaults: a code that is no state's matches no shape. A lang naming another of the site's
 * languages first sends the frame to that language's embed, with the other options. It is inline,
 * so its exact text is hashed into the page's CSP.
 */
export function buildEmbedHeadScript(): string {
	const paths = Object.fromEntries(LOCALES.map((locale) => [locale, localePath(EMBED_PATH, locale)]));
	return (
		`(function(q,d){` +
		`var p=${JSON.stringify(paths)},g=q.get('lang');` +
		`if(g&&g!==d.lang&&Object.prototype.hasOwnProperty.call(p,g)){q.delete('lang');location.replace(p[g]+(q.toString()?'?'+q:'')+location.hash);return;}` +
		`var l=${JSON.stringify(EMBED_LAYERS)},v=q.get('layer'),t=q.get('theme'),s=(q.get('state')||'').toUpperCase(),` +
		`k=q.get('compact'),e=document.getElementById(${JSON.stringify(EMBED_STYLE_ID)}),r=${JSON.stringify(HIGHLIGHT_RULES)},i;` +
		`if(v&&Object.prototype.hasOwnProperty.call(l,v))d.setAttribute('data-layer',l[v]);` +
		`if(t==='dark')d.setAttribute('data-theme',t);if(t==='auto')d.removeAttribute('data-theme');` +
		`if(k!==null&&!/^(0|false|no)$/i.test(k))d.setAttribute('data-compact','');` +
		`if(/^[A-Z]{2}$/.test(s)){d.setAttribute('data-state',s);` +
		`for(i=0;e&&e.sheet&&i<r.length;i++)e.sheet.insertRule(r[i].split('{code}').join(s),e.sheet.cssRules.length);}` +
		`})(new URLSearchParams(location.search),document.documentElement);`
	);
}

/** Width and height an oEmbed consumer should reserve for the default embed, in CSS pixels. */
export const OEMBED_SIZE = { width: 800, height: 640 } as const;

/** What the oEmbed response needs: the snippet's parts and the site's name. */
export interface OembedParts extends SnippetParts {
	readonly siteName: string;
}

/**
 * The oEmbed response (https://oembed.com, type "rich") for the default map: content management
 * systems that discover it from the map page's <link rel="alternate"> paste its html.
 */
export function buildOembed(parts: OembedParts) {
	return {
		version: '1.0',
		type: 'rich',
		title: parts.title,
		provider_name: parts.siteName,
		provider_url: new URL('/', parts.siteUrl).href,
		html: buildEmbedSnippet(DEFAULT_EMBED_OPTIONS, parts),
		width: OEMBED_SIZE.width,
		height: OEMBED_SIZE.height,
		cache_age: 86400,
	};
}

/** Path of the static oEmbed response for the map. */
export const OEMBED_PATH = '/oembed/map.json';
