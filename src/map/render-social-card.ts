/**
 * The social cards: the 1200×630 pictures link previews show (og:image), drawn as SVG from the
 * page's own pictures (the map, a state's locator, the routes diagram) and rasterised at build time
 * by rasterize.ts. Every colour is written out, since the renderer knows no custom properties, and
 * text is wrapped here, since SVG does not wrap it. Pure: no astro imports.
 */
import type { MapLayer } from '../data/levels.ts';
import { WAY_IDENTITIES } from '../data/ways.ts';
import { legendItems } from './legend.ts';
import { findLayer, renderChoropleth } from './render-choropleth.ts';
import type { MapData } from './types.ts';
import { escapeXml } from './xml.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Arial's metrics first (Liberation Sans on Linux), then the fonts any system has. */
const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const INK = '#1a1a1a';
const MUTED = '#545454';
const ACCENT = '#0b57b0';
const SURFACE = '#f3f4f6';
const MARGIN = 60;
/** The band along the foot of every card, with the site's name. */
const BAND_HEIGHT = 72;
/** Average advance of a glyph as a share of the font size, a little wide so wrapped lines never overflow. */
const CHAR_WIDTH = 0.56;

/** The routes diagram and the locator map in their page colours, each way in its hue. */
const PICTURE_STYLE = [
	`.routes-end,.routes-stop{fill:${SURFACE};stroke:${MUTED}}`,
	'.routes-line{fill:none;stroke-width:3}',
	'.routes-number{fill:#ffffff}',
	'.routes-dimmed{opacity:.3}',
	...WAY_IDENTITIES.map(
		(way) =>
			`[data-way="${way.field}"] .routes-line{stroke:${way.hue.light}}` +
			`[data-way="${way.field}"] .routes-head,[data-way="${way.field}"] .routes-badge{fill:${way.hue.light}}`,
	),
	`.locator-land{fill:${SURFACE};stroke:#8a8a8a;stroke-width:1.5;stroke-linejoin:round}`,
	// The state keeps the fill of its status, as on its page, under a heavy outline.
	`.locator-here{stroke:${INK};stroke-width:4;stroke-linejoin:round}`,
	`.locator-ring{fill:none;stroke:${INK};stroke-width:5}`,
].join('');

/**
 * Breaks text into lines that fit `width` pixels at `size`, at spaces; past `maxLines` the last
 * line ends in an ellipsis.
 */
export function wrapLines(text: string, width: number, size: number, maxLines = Infinity): string[] {
	const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, perLine - 1).trimEnd()}…`;
	return kept;
}

/** Lines of text from a top edge, `size` pixels high, each line 1.2 times that apart. Returns the SVG and the bottom edge. */
function textLines(x: number, top: number, lines: readonly string[], size: number, attributes: string): { svg: string; bottom: number } {
	const step = Math.round(size * 1.2);
	const svg = lines
		.map((line, i) => `<text x="${x}" y="${top + Math.round(size * 0.9) + i * step}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`)
		.join('');
	return { svg, bottom: top + lines.length * step };
}

/** A picture placed in a box of the card, keeping its own aspect ratio. */
function place(svg: string, x: number, y: number, width: number, height: number): string {
	if (!svg.startsWith('<svg ')) throw new Error('A social card can only place a picture that starts with <svg');
	return svg.replace('<svg ', `<svg x="${x}" y="${y}" width="${width}" height="${height}" `);
}

/** The whole card: a white ground, the body, and the band with the site's name. */
function card(body: string, siteTitle: string, label: string): string {
	const bandTop = CARD_HEIGHT - BAND_HEIGHT;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" ` +
		`font-family="${FONT}" role="img" aria-label="${escapeXml(label)}">` +
		`<style>${PICTURE_STYLE}</style>` +
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>` +
		body +
		`<rect y="${bandTop}" width="${CARD_WIDTH}" height="${BAND_HEIGHT}" fill="${ACCENT}"/>` +
		`<text x="${MARGIN}" y="${bandTop + 46}" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(siteTitle)}</text>` +
		`</svg>`
	);
}

/** The map on one layer, with its title and a key that counts the states of each status. */
export function renderMapCard(data: MapData, layer: MapLayer, words: { readonly siteTitle: string; readonly label: string }): string {
	const info = findLayer(data, layer);
	const title = textLines(MARGIN, 36, wrapLines(info.title, CARD_WIDTH - 2 * MARGIN, 36, 2), 36, `font-weight="700" fill="${INK}"`);
	const mapTop = title.bottom + 16;
	const mapHeight = CARD_HEIGHT - BAND_HEIGHT - mapTop - 20;
	const mapWidth = Math.round((mapHeight * 975) / 610);
	const map = renderChoropleth(data, { layer, label: info.title, idPrefix: 'card-', interactive: false });
	const keyX = MARGIN + mapWidth + 30;
	const keyWidth = CARD_WIDTH - MARGIN - keyX - 44;
	let keyTop = mapTop + 10;
	const key = legendItems(data, layer, 'card-')
		.map((item) => {
			const lines = textLines(keyX + 44, keyTop, wrapLines(`${item.level.label}: ${item.count}`, keyWidth, 24, 3), 24, `fill="${INK}"`);
			const swatch = `<rect x="${keyX}" y="${keyTop + 2}" width="32" height="24" fill="${item.paint.fill}" stroke="${MUTED}"/>`;
			keyTop = lines.bottom + 14;
			return swatch + lines.svg;
		})
		.join('');
	return card(title.svg + place(map, MARGIN - 10, mapTop, mapWidth, mapHeight) + key, words.siteTitle, words.label);
}

/** One of a state's three statuses as the card lists it. */
export interface CardStatus {
	readonly number: number;
	/** The way's short name, e.g. "Police networks". */
	readonly way: string;
	/** The way's hue on a light page. */
	readonly hue: string;
	/** The state's status, e.g. "Reported blocked". */
	readonly label: string;
}

/** A state: its page's locator map, its name, and its status on each of the three ways. */
export function renderStateCard(
	state: { readonly name: string; readonly locator: string; readonly statuses: readonly CardStatus[] },
	words: { readonly siteTitle: string; readonly label: string },
): string {
	const { locator } = state;
	const columnX = 650;
	const columnWidth = CARD_WIDTH - MARGIN - columnX;
	const name = textLines(columnX, 50, wrapLines(state.name, columnWidth, 56, 2), 56, `font-weight="700" fill="${INK}"`);
	let top = name.bottom + 24;
	const rows = state.statuses
		.map((status) => {
			const badge =
				`<circle cx="${columnX + 20}" cy="${top + 20}" r="20" fill="${status.hue}"/>` +
				`<text x="${columnX + 20}" y="${top + 29}" font-size="24" font-weight="700" fill="#ffffff" text-anchor="middle">${status.number}</text>`;
			const way = textLines(columnX + 56, top, [status.way], 22, `fill="${MUTED}"`);
			const label = textLines(columnX + 56, way.bottom + 2, wrapLines(status.label, columnWidth - 56, 28, 2), 28, `font-weight="700" fill="${INK}"`);
			top = label.bottom + 20;
			return badge + way.svg + label.svg;
		})
		.join('');
	return card(place(locator, MARGIN - 20, 60, 580, 363) + name.svg + rows, words.siteTitle, words.label);
}

/** A page about the ways: a kicker, its title, a line of description, and the routes diagram. */
export function renderRoutesCard(
	page: { readonly kicker: string; readonly title: string; readonly description: string; readonly routes: string },
	words: { readonly siteTitle: string; readonly label: string },
): string {
	const columnWidth = 520;
	const kicker = textLines(MARGIN, 56, [page.kicker], 26, `font-weight="700" fill="${ACCENT}"`);
	const title = textLines(MARGIN, kicker.bottom + 14, wrapLines(page.title, columnWidth, 50, 4), 50, `font-weight="700" fill="${INK}"`);
	const description = textLines(MARGIN, title.bottom + 18, wrapLines(page.description, columnWidth, 24, 5), 24, `fill="${MUTED}"`);
	return card(kicker.svg + title.svg + description.svg + place(page.routes, 620, 90, 540, 306), words.siteTitle, words.label);
}
