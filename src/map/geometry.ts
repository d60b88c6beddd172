import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json' with { type: 'json' };
import { RelativePathContext } from './svg-path.ts';

/** The atlas is pre-projected (d3.geoAlbersUsa, Alaska and Hawaii inset) to fit this viewport. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/**
 * Share of the atlas's points kept after simplification. At 0.25 the map drawn 975 pixels wide
 * looks the same as at 0.5 (compared side by side in November 2026) and small states keep their
 * shape, while its paths take about 7.5 KB gzipped instead of 12, room the home page and /map/
 * need for the grid, the routes diagram and the fourth layer.
 */
export const KEEP_POINTS = 0.25;

/**
 * The embed's detail: drawn at most about 800 pixels wide inside other sites' pages, it keeps the
 * states' shapes at about 70 % of the main map's bytes, which leaves room in its 20 KB budget for
 * the state links and the details card.
 */
export const EMBED_KEEP_POINTS = 0.25;

/**
 * The coarser detail for the small locator map on each state page: drawn a few hundred pixels
 * wide, it needs only the states' outlines, at about a quarter of the bytes.
 */
export const LOCATOR_KEEP_POINTS = 0.1;

/**
 * States too small to tap on a phone map, north to south. Each also gets a labelled box beside
 * the map, at least 24×24 CSS pixels, as news maps do.
 */
export const SMALL_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'] as const;

/** One state's outline, ready to draw in the 975×610 viewport. */
export interface StateShape {
	/** Two-digit FIPS code, as in src/data/us-states.ts. */
	readonly fips: string;
	/** SVG path data. */
	readonly d: string;
	/** Centre of mass [x, y], for keyboard order and arrow-key moves. */
	readonly centroid: readonly [number, number];
	/** Area in square units; small states get labelled boxes beside the map. */
	readonly area: number;
}

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;

const shapesByDetail = new Map<number, ReadonlyMap<string, StateShape>>();

/** Every state's outline by FIPS code, simplified once per build and detail, then reused. */
export function getStateShapes(keepPoints: number = KEEP_POINTS): ReadonlyMap<string, StateShape> {
	let shapes = shapesByDetail.get(keepPoints);
	if (!shapes) {
		shapes = buildShapes(atlas as unknown as StatesTopology, keepPoints);
		shapesByDetail.set(keepPoints, shapes);
	}
	return shapes;
}

function buildShapes(topology: StatesTopology, keepPoints: number): ReadonlyMap<string, StateShape> {
	const presimplified = presimplify(topology);
	const simplified = simplify(presimplified, quantile(presimplified, keepPoints)) as StatesTopology;
	const { features } = feature(simplified, simplified.objects.states);
	const measure = geoPath();
	return new Map(
		features.map((state) => {
			const context = new RelativePathContext();
			geoPath(null, context)(state);
			const [x, y] = measure.centroid(state);
			const fips = String(state.id);
			return [fips, { fips, d: context.result(), centroid: [round1(x), round1(y)], area: round1(measure.area(state)) }];
		}),
	);
}

function round1(value: number): number {
	return Math.round(value * 10) / 10;
}
