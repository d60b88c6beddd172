/**
 * The map as a standalone SVG file for slides and print (/map.svg and one file per layer): the
 * choropleth with its title, small-state boxes, legend and source line baked in, on a white
 * background, every colour a presentation attribute so it looks the same in any viewer or editor.
 */
import type { MapLayer } from '../data/levels.ts';
import { legendItems } from './legend.ts';
import { SMALL_STATES, MAP_HEIGHT, MAP_WIDTH } from './geometry.ts';
import { findLayer, renderChoropleth } from './render-choropleth.ts';
import type { MapData } from './types.ts';
import { escapeXml } from './xml.ts';

/** The words the file carries besides the data. */
export interface StandaloneText {
	/** One sentence for <desc>: what the map shows, state by state. */
	readonly description: string;
	/** The source line at the foot, e.g. "Source: How ICE Gets Your DMV Data, https://…/map/ · Data as of Nov 21, 2026 · CC BY 4.0". */
	readonly source: string;
}

const ID_PREFIX = 'svg-';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const TEXT = '#1a1a1a';
const MUTED = '#545454';
const PAD = 20;
const TITLE_HEIGHT = 56;
const LEGEND_TOP = TITLE_HEIGHT + MAP_HEIGHT + 12;
const LEGEND_ROW = 30;
const SOURCE_HEIGHT = 40;
const BOX = 18;

/** Width of the whole file; the map keeps its 975-unit width. */
export const STANDALONE_WIDTH = MAP_WIDTH;

function text(x: number, y: number, content: string, attributes = ''): string {
	return `<text x="${x}" y="${y}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
}

/** Small states get a labelled box beside New England, as on the site, so even DC shows its colour. */
function renderSmallStateBoxes(data: MapData, layer: MapLayer): string {
	const top = TITLE_HEIGHT + Math.round(MAP_HEIGHT * 0.34);
	const x = MAP_WIDTH - PAD - 52;
	const items = legendItems(data, layer, ID_PREFIX);
	return SMALL_STATES.map((code, i) => {
		const state = data.states.find((s) => s.code === code);
		const item = items.find((entry) => entry.level.status === state?.statuses[layer]);
		if (!state || !item) throw new Error(`No map data for ${code}`);
		const y = top + i * (BOX + 6);
		return (
			`<rect x="${x}" y="${y}" width="${BOX}" height="${BOX}" fill="${item.paint.fill}" stroke="${MUTED}" stroke-width=".5"/>` +
			text(x + BOX + 6, y + BOX - 4, code, `font-size="14" font-weight="600" fill="${TEXT}"`)
		);
	}).join('');
}

/** One row of swatches with each status's label and count; wraps to a second row when there are more than three. */
function renderLegend(data: MapData, layer: MapLayer): { svg: string; rows: number } {
	const items = legendItems(data, layer, ID_PREFIX);
	const perRow = 3;
	const columnWidth = (STANDALONE_WIDTH - 2 * PAD) / perRow;
	const svg = items
		.map((item, i) => {
			const x = PAD + (i % perRow) * columnWidth;
			const y = LEGEND_TOP + Math.floor(i / perRow) * LEGEND_ROW;
			return (
				`<rect x="${x}" y="${y}" width="30" height="20" fill="${item.paint.fill}" stroke="${MUTED}" stroke-width=".5"/>` +
				text(x + 40, y + 16, `${item.level.label}: ${item.count}`, `font-size="16" fill="${TEXT}"`)
			);
		})
		.join('');
	return { svg, rows: Math.ceil(items.length / perRow) };
}

/** Renders the standalone SVG document for one layer. */
export function renderStandaloneMap(data: MapData, layer: MapLayer, words: StandaloneText): string {
	const info = findLayer(data, layer);
	const map = renderChoropleth(data, { layer, label: info.title, idPrefix: ID_PREFIX, interactive: false });
	if (!map.startsWith('<svg ')) throw new Error('The renderer no longer starts its output with <svg');
	const nested = map.replace('<svg ', `<svg x="0" y="${TITLE_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" `);
	const legend = renderLegend(data, layer);
	const sourceY = LEGEND_TOP + legend.rows * LEGEND_ROW + 16;
	const height = sourceY + SOURCE_HEIGHT - 16;
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${STANDALONE_WIDTH}" height="${height}" ` +
		`viewBox="0 0 ${STANDALONE_WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="title desc">` +
		`<title id="title">${escapeXml(info.title)}</title>` +
		`<desc id="desc">${escapeXml(words.description)}</desc>` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		text(PAD, 36, info.title, `font-size="22" font-weight="700" fill="${TEXT}"`) +
		nested +
		renderSmallStateBoxes(data, layer) +
		legend.svg +
		text(PAD, sourceY, words.source, `font-size="14" fill="${MUTED}"`) +
		`</svg>\n`
	);
}
