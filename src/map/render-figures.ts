import { scaleLinear } from 'd3';
import { PALETTE } from '../data/levels.ts';
import { renderHatchPattern, renderSwatch } from './paint.ts';
import { escapeXml } from './xml.ts';

/** One number on the chart, with its label and how it is written. */
export interface ChartValue {
	readonly label: string;
	readonly value: number;
	/** The number as readers see it, e.g. "over 290 million" or "292,114". */
	readonly text: string;
}

/** What the Nlets figures chart shows, every label already in the reader's language. */
export interface FiguresChartInput {
	/** All queries: the long bar. */
	readonly all: ChartValue;
	/** ICE's two parts, drawn end to end on the zoomed bar: ICE as listed apart from HSI, then HSI. */
	readonly parts: readonly [number, number];
	/** Says how much larger the zoomed bar is drawn, with {factor} for the number. */
	readonly zoomLabel: string;
	/** Writes an axis value, e.g. 500000 → "500,000". */
	readonly formatTick: (value: number) => string;
}

const WIDTH = 360;
const HEIGHT = 160;
const BAR_HEIGHT = 22;
const ALL_BAR_Y = 38;
const ZOOM_BAR_Y = 112;
const HATCH_ID = 'nlets-chart-hatch';

// The map's blues and grey, so the page reads as one piece: ICE solid, HSI hatched (so the two
// parts never rely on colour alone), everyone else grey.
const ICE_FILL = PALETTE.blue;
const HSI_FILL = PALETTE.lightBlue;
const ALL_FILL = PALETTE.grey;

/** How the chart paints each bar, for swatches in the table that names them. */
const CHART_PAINT = {
	all: { fill: ALL_FILL, className: 'chart-all' },
	ice: { fill: ICE_FILL, className: 'chart-ice' },
	hsi: { fill: `url(#${HATCH_ID})`, className: 'chart-hsi' },
} as const;

/** A swatch of one bar's paint, to set beside its name. */
export function renderChartSwatch(bar: keyof typeof CHART_PAINT): string {
	return renderSwatch(CHART_PAINT[bar], 16, 16);
}

/**
 * Draws the Nlets query figures as an SVG string. ICE's queries are too few to see on a bar of
 * all queries (about a third of one percent), so the chart draws that bar to scale with ICE's
 * sliver at its start, then zooms into the sliver: a second bar, with its own marked axis, shows
 * ICE's two parts (ICE as listed apart from HSI, then HSI) end to end. A shaded fan joins the sliver to the
 * zoomed bar and says how many times larger it is drawn, so the change of scale is never hidden.
 *
 * The SVG is a picture for sighted readers (aria-hidden); the page gives the same numbers as text.
 */
export function renderNletsChart(input: FiguresChartInput): string {
	const { all, parts, zoomLabel, formatTick } = input;
	const [first, second] = parts;
	const total = first + second;
	const allScale = scaleLinear().domain([0, all.value]).range([0, WIDTH]);
	// nice(2) rounds the zoomed axis up to a round end, e.g. 897,230 → 1,000,000, with ticks at halves.
	const zoomScale = scaleLinear().domain([0, total]).nice(2).range([0, WIDTH]);
	const zoomEnd = zoomScale.domain()[1] ?? total;
	const factor = Math.round(all.value / zoomEnd);
	const firstEnd = round(zoomScale(first));
	const totalEnd = round(zoomScale(total));
	const ticks = zoomScale.ticks(2);
	const fanTop = ALL_BAR_Y + BAR_HEIGHT;
	const text = (x: number, y: number, content: string, attributes = '') =>
		`<text x="${x}" y="${y}"${attributes}>${escapeXml(content)}</text>`;
	const bar = (y: number, x: number, width: number, paint: { fill: string; className: string }) =>
		`<rect class="${paint.className}" x="${x}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${paint.fill}"/>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" class="figures-chart" aria-hidden="true"`,
		` fill="currentColor" font-size="13"><defs>${renderHatchPattern(HATCH_ID, HSI_FILL, 8)}</defs>`,
		text(0, 14, all.label, ' font-weight="700"'),
		text(0, 31, all.text),
		bar(ALL_BAR_Y, 0, WIDTH, CHART_PAINT.all),
		bar(ALL_BAR_Y, 0, round(allScale(total)), CHART_PAINT.ice),
		`<path class="chart-fan" d="M0 ${fanTop}H${round(allScale(zoomEnd))}L${WIDTH} ${ZOOM_BAR_Y}H0z"` +
			` fill-opacity=".1" stroke="currentColor" stroke-dasharray="3 3"/>`,
		// Bottom left of the fan, clear of its slanted edge.
		text(6, ZOOM_BAR_Y - 8, zoomLabel.replace('{factor}', String(factor)), ' font-style="italic"'),
		`<rect class="chart-track" x=".5" y="${ZOOM_BAR_Y + 0.5}" width="${WIDTH - 1}" height="${BAR_HEIGHT - 1}"` +
			` fill="none" stroke="currentColor" stroke-opacity=".6"/>`,
		bar(ZOOM_BAR_Y, 0, firstEnd, CHART_PAINT.ice),
		bar(ZOOM_BAR_Y, firstEnd, round(totalEnd - firstEnd), CHART_PAINT.hsi),
		...ticks.map((tick, i) => {
			const x = round(zoomScale(tick));
			const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
			return (
				`<path d="M${x} ${ZOOM_BAR_Y + BAR_HEIGHT}v5" stroke="currentColor"/>` +
				text(x, ZOOM_BAR_Y + BAR_HEIGHT + 19, formatTick(tick), ` text-anchor="${anchor}" font-size="12"`)
			);
		}),
		'</svg>',
	].join('');
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
