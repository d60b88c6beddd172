import type { MapLayer, Tone } from '../data/levels.ts';
import type { ThemedColour } from '../data/ways.ts';

/** One status as the map draws it and the legend names it. */
export interface MapLevel {
	readonly status: string;
	/** Short label in the site's words, e.g. "Blocked". */
	readonly label: string;
	/** One sentence saying what the status means. */
	readonly description: string;
	/** Fill colour, or the colour of its hatch or dots, on each theme. */
	readonly fill: ThemedColour;
	readonly tone: Tone;
}

/** One layer the map can show: a way ICE gets DMV data, or the licensing context. */
export interface MapLayerInfo {
	readonly id: MapLayer;
	/** Short name for the layer switcher, e.g. "Nlets access". */
	readonly label: string;
	/** What the map shows on this layer, as a caption, e.g. "Which states have cut off ICE’s Nlets access". */
	readonly title: string;
	/** Name of the layer in a state's details card, e.g. "Nlets access". */
	readonly cardLabel: string;
	/** The layer's statuses, in legend order. */
	readonly levels: readonly MapLevel[];
}

/** One state or DC, as the map needs it. */
export interface MapState {
	/** Upper-case USPS code, e.g. "OR". */
	readonly code: string;
	/** Two-digit FIPS code, which joins the record to its outline. */
	readonly fips: string;
	readonly name: string;
	/** The state's page, e.g. "/states/or/". */
	readonly href: string;
	/** The state's status on each layer. */
	readonly statuses: Readonly<Record<MapLayer, string>>;
	/** A short dated note per layer for the details card, e.g. "as of Nov 12, 2025", or null. */
	readonly notes: Readonly<Record<MapLayer, string | null>>;
}

/** Everything the renderers need: the layers with their statuses, and every state. */
export interface MapData {
	readonly layers: readonly MapLayerInfo[];
	readonly states: readonly MapState[];
}

/** How renderChoropleth draws one map. */
export interface ChoroplethOptions {
	/** The layer whose colours the map shows. */
	readonly layer: MapLayer;
	/** The accessible name of the map, e.g. "Map: ICE’s access to DMV data through Nlets, by state". */
	readonly label: string;
	/** Prefix for every id in the SVG, so two maps can share a page. Default "map-". */
	readonly idPrefix?: string;
	/**
	 * True (the default) makes each state a link to its page, named by its status, in a keyboard
	 * order that reads the map in rows. False draws a picture (role="img") with no links.
	 */
	readonly interactive?: boolean;
	/** USPS code of a state to outline on top of the others, e.g. for a state page's locator map. */
	readonly highlight?: string;
	/** The window a state's link opens in, e.g. "_top" in the embed (SVG links do not follow <base target>). */
	readonly linkTarget?: string;
	/** Share of the atlas's points to keep (geometry.ts); KEEP_POINTS by default. */
	readonly detail?: number;
}
