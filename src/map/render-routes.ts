/**
 * The three routes from a state's DMV to ICE, drawn at build time as an SVG string: straight to
 * ICE (way 1), through data brokers (way 2), and through police networks such as Nlets (way 3).
 * Each route wears its way's number and hue. The picture is decorative (aria-hidden): the page
 * gives the same routes as a list beside it. A focused version dims the other two routes, for the
 * head of each way's explainer. Pure: no astro imports.
 */
import { WAY_FIELDS, getWayIdentity, type WayField } from '../data/ways.ts';
import { escapeXml } from './xml.ts';

/** Every word the diagram prints, already in the reader's language. */
export interface RoutesLabels {
	readonly dmv: string;
	/** A second line under the DMV, e.g. "of your state". */
	readonly dmvNote: string;
	readonly ice: string;
	/** A second line under ICE, e.g. "including HSI". */
	readonly iceNote: string;
	/** The stop on each route between the DMV and ICE; none on the direct route. */
	readonly brokers: string;
	readonly networks: string;
	/** A second line under the networks stop, e.g. "such as Nlets". */
	readonly networksNote: string;
}

const WIDTH = 360;
const HEIGHT = 204;
const END_WIDTH = 64;
const LANE_Y: Readonly<Record<WayField, number>> = { dmvSharing: 40, dataBrokers: 102, nlets: 164 };
const STOP = { x: 132, width: 124, height: 42 } as const;
const BADGE_X = END_WIDTH + 20;

/** Draws the routes; `focus` names one way to show at full strength, the others dimmed. */
export function renderRoutes(labels: RoutesLabels, focus?: WayField): string {
	const text = (x: number, y: number, content: string, attributes = '') =>
		`<text x="${x}" y="${y}" text-anchor="middle"${attributes}>${escapeXml(content)}</text>`;
	const end = (x: number, lines: readonly string[]) =>
		`<rect class="routes-end" x="${x + 1}" y="8" width="${END_WIDTH - 2}" height="${HEIGHT - 16}" rx="6"/>` +
		lines.map((line, i) => text(x + END_WIDTH / 2, HEIGHT / 2 + i * 16 - (lines.length - 1) * 8 + 5, line, i === 0 ? ' font-weight="700"' : ' font-size="11"')).join('');
	const arrowhead = (x: number, y: number) => `<path class="routes-head" d="M${x - 8} ${y - 5}L${x} ${y}L${x - 8} ${y + 5}z"/>`;

	const lanes = WAY_FIELDS.map((way) => {
		const y = LANE_Y[way];
		const { number } = getWayIdentity(way);
		const stop = way === 'dataBrokers' ? [labels.brokers] : way === 'nlets' ? [labels.networks, labels.networksNote] : [];
		const from = END_WIDTH;
		const to = WIDTH - END_WIDTH - 2;
		const line =
			stop.length === 0
				? `<path class="routes-line" d="M${from} ${y}H${to}"/>${arrowhead(to + 1, y)}`
				: `<path class="routes-line" d="M${from} ${y}H${STOP.x - 2}"/>${arrowhead(STOP.x - 1, y)}` +
					`<rect class="routes-stop" x="${STOP.x}" y="${y - STOP.height / 2}" width="${STOP.width}" height="${STOP.height}" rx="6"/>` +
					stop.map((l, i) => text(STOP.x + STOP.width / 2, y + (stop.length === 1 ? 5 : i === 0 ? -2 : 13), l, i === 0 ? '' : ' font-size="11"')).join('') +
					`<path class="routes-line" d="M${STOP.x + STOP.width} ${y}H${to}"/>${arrowhead(to + 1, y)}`;
		const badge =
			`<circle class="routes-badge" cx="${BADGE_X}" cy="${y}" r="11"/>` +
			text(BADGE_X, y + 5, String(number), ' class="routes-number" font-weight="700"');
		const dimmed = focus !== undefined && focus !== way ? ' routes-dimmed' : '';
		return `<g class="routes-lane${dimmed}" data-way="${way}">${line}${badge}</g>`;
	});

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" class="routes-svg" aria-hidden="true" ` +
		`fill="currentColor" font-size="13">` +
		end(0, [labels.dmv, labels.dmvNote]) +
		end(WIDTH - END_WIDTH, [labels.ice, labels.iceNote]) +
		lanes.join('') +
		`</svg>`
	);
}
