/**
 * Figures computed from content/figures.yaml rather than typed: the ICE total that counts HSI,
 * ICE's queries per day, and shares. Pure, so pages, the Nlets chart and the tests all use one
 * implementation and a corrected input corrects every derived number.
 */
import type { FigureApproximation, FigureUnit } from './format-figure.ts';

/** The parts of a figure the derivations read; content/figures.yaml entries have them all. */
export interface SourcedFigure {
	readonly id: string;
	readonly value: number;
	readonly unit: FigureUnit | string;
	readonly approximation: FigureApproximation;
	readonly label: string;
	readonly period: { readonly start: string | null; readonly end: string };
	readonly sources: readonly string[];
}

/** A computed figure: what it counts, its inputs' sources, and how it was worked out. */
export interface DerivedFigure extends SourcedFigure {
	/** The figure ids it is computed from. */
	readonly inputs: readonly string[];
	/** The arithmetic in words, for the reader who wants to check it. */
	readonly method: string;
}

/** ICE's DMV queries through Nlets, counting its investigations arm HSI, and the rates built on them. */
export const DERIVED_FIGURE_IDS = [
	'ice-including-hsi',
	'ice-including-hsi-per-day',
	'hsi-share-of-ice-queries',
] as const;
export type DerivedFigureId = (typeof DERIVED_FIGURE_IDS)[number];

const ICE_QUERIES = 'nlets-ice-queries';
const HSI_QUERIES = 'nlets-hsi-queries';

/** True for an id of a derived figure. */
export function isDerivedFigureId(id: string): id is DerivedFigureId {
	return (DERIVED_FIGURE_IDS as readonly string[]).includes(id);
}

/** Days a period covers, counting both ends; a single-date period has no length and throws. */
export function daysInPeriod(period: SourcedFigure['period']): number {
	if (period.start === null) throw new Error('A figure true on one date has no length in days');
	const ms = Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`);
	return Math.round(ms / 86_400_000) + 1;
}

/** The less exact of two approximations: a sum or ratio is only as exact as its roughest input. */
function combineApproximations(a: FigureApproximation, b: FigureApproximation): FigureApproximation {
	if (a === b) return a;
	if (a === 'exact') return b;
	if (b === 'exact') return a;
	return 'about';
}

/** The stored figures a figure rests on: itself, or a derived figure's inputs. */
function inputsOf(figure: SourcedFigure): readonly string[] {
	return 'inputs' in figure ? (figure as DerivedFigure).inputs : [figure.id];
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}

function need(figures: ReadonlyMap<string, SourcedFigure>, id: string): SourcedFigure {
	const figure = figures.get(id);
	if (!figure) throw new Error(`content/figures.yaml has no figure "${id}", which a derived figure needs`);
	return figure;
}

/** Adds two figures of the same unit and period, e.g. ICE's and HSI's query counts. */
export function sumFigures(id: string, label: string, a: SourcedFigure, b: SourcedFigure): DerivedFigure {
	if (a.unit !== b.unit) throw new Error(`Cannot add ${a.id} (${a.unit}) to ${b.id} (${b.unit})`);
	if (a.period.start !== b.period.start || a.period.end !== b.period.end) {
		throw new Error(`Cannot add ${a.id} to ${b.id}: they cover different periods`);
	}
	return {
		id,
		label,
		value: a.value + b.value,
		unit: a.unit,
		approximation: combineApproximations(a.approximation, b.approximation),
		period: a.period,
		sources: unique([...a.sources, ...b.sources]),
		inputs: unique([...inputsOf(a), ...inputsOf(b)]),
		method: `${a.label} plus ${b.label}`,
	};
}

/** A count over a period as a whole number per day, e.g. queries a day. */
export function perDay(id: string, label: string, figure: SourcedFigure): DerivedFigure {
	const days = daysInPeriod(figure.period);
	const exact = figure.value / days;
	const value = Math.round(exact);
	return {
		id,
		label,
		value,
		unit: figure.unit,
		approximation: value === exact ? figure.approximation : combineApproximations(figure.approximation, 'about'),
		period: figure.period,
		sources: [...figure.sources],
		inputs: inputsOf(figure),
		method: `${figure.label}, divided by the ${days} days from ${figure.period.start} to ${figure.period.end}`,
	};
}

/** One figure as a share of another, from 0 to 1. */
export function shareOf(id: string, label: string, part: SourcedFigure, whole: SourcedFigure): DerivedFigure {
	return {
		id,
		label,
		value: part.value / whole.value,
		unit: 'share',
		approximation: 'about',
		period: part.period,
		sources: unique([...part.sources, ...whole.sources]),
		inputs: unique([...inputsOf(part), ...inputsOf(whole)]),
		method: `${part.label}, divided by ${whole.label}`,
	};
}

/** ICE's DMV queries through Nlets in the letters' year, counting those of its investigations arm HSI. */
export function iceIncludingHsi(figures: ReadonlyMap<string, SourcedFigure>): DerivedFigure {
	return sumFigures(
		'ice-including-hsi',
		'DMV queries through Nlets by ICE, including its investigations arm HSI',
		need(figures, ICE_QUERIES),
		need(figures, HSI_QUERIES),
	);
}

/** Computes one derived figure from the figures in content/figures.yaml. */
export function deriveFigure(id: DerivedFigureId, figures: ReadonlyMap<string, SourcedFigure>): DerivedFigure {
	switch (id) {
		case 'ice-including-hsi':
			return iceIncludingHsi(figures);
		case 'ice-including-hsi-per-day':
			return perDay(id, 'DMV queries through Nlets per day by ICE, including HSI', iceIncludingHsi(figures));
		case 'hsi-share-of-ice-queries':
			return shareOf(id, 'Share of ICE’s Nlets DMV queries made by HSI', need(figures, HSI_QUERIES), iceIncludingHsi(figures));
	}
}

/** Every derived figure, keyed by id. */
export function deriveFigures(figures: ReadonlyMap<string, SourcedFigure>): Map<DerivedFigureId, DerivedFigure> {
	return new Map(DERIVED_FIGURE_IDS.map((id) => [id, deriveFigure(id, figures)]));
}
