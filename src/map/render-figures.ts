import { scaleLinear } from 'd3';
import { MAP_BORDER, NONE_FILL } from '../data/levels.ts';
import { getWayIdentity } from '../data/ways.ts';
import { renderPattern, renderSwatch } from './paint.ts';
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
	readonly parts: readonly [ChartValue, ChartValue];
	/** Says how much larger the zoomed bar is drawn, with {factor} for the number. */
	readonly zoomLabel: string;
	/** Writes an axis value, e.g. 500000 → "500,000". */
	readonly formatTick: (value: number) => string;
}

const WIDTH = 360;
const HEIGHT = 196;
const BAR_HEIGHT = 22;
const ALL_BAR_Y = 38;
const ZOOM_BAR_Y = 112;
/** The callout around ICE's sliver of the long bar, wide enough to see on a phone. */
const CALLOUT_WIDTH = 10;
const HATCH_ID = 'nlets-chart-hatch';

// The police-network way's hue, so the chart reads as part of that way: ICE solid, HSI hatched
// (so the two parts never rely on colour alone), everyone else the neutral of "none". The page's
// CSS repaints them for the dark theme by class.
const POLICE_HUE = getWayIdentity('nlets').hue.light;

/** How the chart paints each bar, for swatches in the table that names them. */
const CHART_PAINT = {
	all: { fill: NONE_FILL.light, className: 'chart-all' },
	ice: { fill: POLICE_HUE, className: 'chart-ice' },
	hsi: { fill: `url(#${HATCH_ID})`, className: 'chart-hsi' },
} as const;

/** A swatch of one bar's paint, to set beside its name. */
export function renderChartSwatch(bar: keyof typeof CHART_PAINT): string {
	return renderSwatch(CHART_PAINT[bar], 16, 16);
}

/**
 * Draws the Nlets query figures as an SVG string. ICE's queries are too few to see on a bar of
 * all queries (about a third of one percent), so the chart draws that bar to scale with ICE's
 * sliver at its start, ringed by a callout, then zooms into the sliver: a second bar, with its
 * own marked axis and a value under each part, shows ICE's two parts (ICE as listed apart from
 * HSI, then HSI) end to end. A shaded fan joins the callout to the zoomed bar and says how many
 * times larger it is drawn, so the change of scale is never hidden.
 *
 * The SVG is a picture for sighted readers (aria-hidden); the page gives the same numbers as text.
 */
export function renderNletsChart(input: FiguresChartInput): string {
	const { all, parts, zoomLabel, formatTick } = input;
	const [iceApart, hsi] = parts;
	const [first, second] = [iceApart.value, hsi.value];
	const total = first + second;
	const allScale = scaleLinear().domain([0, all.value]).range([0, WIDTH]);
	// nice(2) rounds the zoomed axis up to a round end, e.g. 897,230 → 1,000,000, with ticks at halves.
	const zoomScale = scaleLinear().domain([0, total]).nice(2).range([0, WIDTH]);
	const zoomEnd = zoomScale.domain()[1] ?? total;
	const factor = Math.round(all.value / zoomEnd);
	const firstEnd = round(zoomScale(first));
	const totalEnd = round(zoomScale(total));
	const ticks = zoomScale.ticks(2);
	const fanTop = ALL_BAR_Y + BAR_HEIGHT + 3;
	const valuesY = ZOOM_BAR_Y + BAR_HEIGHT + 17;
	const axisY = valuesY + 20;
	const text = (x: number, y: number, content: string, attributes = '') =>
		`<text x="${x}" y="${y}"${attributes}>${escapeXml(content)}</text>`;
	const bar = (y: number, x: number, width: number, paint: { fill: string; className: string }) =>
		`<rect class="${paint.className}" x="${x}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${paint.fill}"/>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" class="figures-chart" aria-hidden="true"`,
		` fill="currentColor" font-size="13"><defs>${renderPattern(HATCH_ID, 'chart-hsi-pattern', 'partial', POLICE_HUE, 8)}</defs>`,
		text(0, 14, all.label, ' font-weight="700"'),
		text(0, 31, all.text),
		`<rect class="chart-all" x=".5" y="${ALL_BAR_Y + 0.5}" width="${WIDTH - 1}" height="${BAR_HEIGHT - 1}" fill="${NONE_FILL.light}" stroke="${MAP_BORDER.light}"/>`,
		bar(ALL_BAR_Y, 0, round(allScale(total)), CHART_PAINT.ice),
		`<rect class="chart-callout" x="1" y="${ALL_BAR_Y - 2}" width="${CALLOUT_WIDTH}" height="${BAR_HEIGHT + 4}" fill="none" stroke="currentColor" stroke-width="2"/>`,
		`<path class="chart-fan" d="M0 ${fanTop}H${round(allScale(zoomEnd))}L${WIDTH} ${ZOOM_BAR_Y}H0z"` +
			` fill-opacity=".1" stroke="currentColor" stroke-dasharray="3 3"/>`,
		// Bottom left of the fan, clear of its slanted edge.
		text(6, ZOOM_BAR_Y - 8, zoomLabel.replace('{factor}', String(factor)), ' font-style="italic"'),
		`<rect class="chart-track" x=".5" y="${ZOOM_BAR_Y + 0.5}" width="${WIDTH - 1}" height="${BAR_HEIGHT - 1}"` +
			` fill="none" stroke="currentColor" stroke-opacity=".6"/>`,
		bar(ZOOM_BAR_Y, 0, firstEnd, CHART_PAINT.ice),
		bar(ZOOM_BAR_Y, firstEnd, round(totalEnd - firstEnd), CHART_PAINT.hsi),
		// Each part's value under its own start, so no reader has to read it off the axis.
		text(0, valuesY, iceApart.text, ' font-weight="700" class="chart-value"'),
		text(firstEnd + 4, valuesY, hsi.text, ' font-weight="700" class="chart-value"'),
		...ticks.map((tick, i) => {
			const x = round(zoomScale(tick));
			const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
			return (
				`<path d="M${x} ${axisY - 14}v5" stroke="currentColor" stroke-opacity=".6"/>` +
				text(x, axisY, formatTick(tick), ` text-anchor="${anchor}" font-size="11" fill-opacity=".8"`)
			);
		}),
		'</svg>',
	].join('');
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
