/**
 * Figures computed from content/figures.yaml rather than typed, in the shape <Fact derived="…">
 * prints: ICE's Nlets queries counting its investigations arm HSI, ICE's queries per day, and
 * HSI's share. The arithmetic lives once, in nlets-figures.ts, which the Nlets chart uses too.
 * Pure, so a corrected input corrects every derived number on every page.
 */
import type { FigureApproximation, FigureUnit } from './format-figure.ts';
import { deriveNletsFigures } from './nlets-figures.ts';
import type { Figure } from '../schemas/figure.ts';

/** A computed figure: what it counts, the sources of its inputs, and how it was worked out. */
export interface DerivedFigure {
	readonly id: DerivedFigureId;
	readonly value: number;
	readonly unit: FigureUnit;
	readonly approximation: FigureApproximation;
	readonly label: string;
	readonly period: { readonly start: string; readonly end: string };
	readonly sources: readonly string[];
	/** The arithmetic in words, for a reader who wants to check it. */
	readonly method: string;
}

/** The derived figures pages may print. */
export const DERIVED_FIGURE_IDS = ['ice-including-hsi', 'ice-including-hsi-per-day', 'hsi-share-of-ice-queries'] as const;
export type DerivedFigureId = (typeof DERIVED_FIGURE_IDS)[number];

/** True for an id of a derived figure. */
export function isDerivedFigureId(id: string): id is DerivedFigureId {
	return (DERIVED_FIGURE_IDS as readonly string[]).includes(id);
}

/** Computes one derived figure from the figures in content/figures.yaml; throws, naming the fix, if an input is missing. */
export function deriveFigure(id: DerivedFigureId, figures: ReadonlyMap<string, Figure>): DerivedFigure {
	const nlets = deriveNletsFigures(figures);
	const { ice, hsi, period, iceTotal, iceTotalExact, days, icePerDay } = nlets;
	const sources = [...new Set([...ice.sources, ...hsi.sources])];
	switch (id) {
		case 'ice-including-hsi':
			return {
				id,
				value: iceTotal,
				unit: 'count',
				approximation: iceTotalExact ? 'exact' : 'about',
				label: 'DMV queries through Nlets by ICE, including its investigations arm HSI',
				period,
				sources,
				method: `${ice.label} plus ${hsi.label}`,
			};
		case 'ice-including-hsi-per-day':
			return {
				id,
				value: icePerDay,
				unit: 'count',
				approximation: iceTotalExact && iceTotal % days === 0 ? 'exact' : 'about',
				label: 'DMV queries through Nlets per day by ICE, including HSI',
				period,
				sources,
				method: `ICE’s queries including HSI’s, divided by the ${days} days from ${period.start} to ${period.end}, rounded`,
			};
		case 'hsi-share-of-ice-queries':
			return {
				id,
				value: hsi.value / iceTotal,
				unit: 'share',
				approximation: 'about',
				label: 'Share of ICE’s Nlets DMV queries made by HSI',
				period,
				sources,
				method: `${hsi.label}, divided by ICE’s queries including HSI’s`,
			};
	}
}

/** Every derived figure, keyed by id. */
export function deriveFigures(figures: ReadonlyMap<string, Figure>): Map<DerivedFigureId, DerivedFigure> {
	return new Map(DERIVED_FIGURE_IDS.map((id) => [id, deriveFigure(id, figures)]));
}
