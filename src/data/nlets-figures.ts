import type { Figure } from '../schemas/figure.ts';

/** The ids in content/figures.yaml of the Nlets query figures. */
export const NLETS_FIGURE_IDS = {
	all: 'nlets-dmv-queries',
	ice: 'nlets-ice-queries',
	hsi: 'nlets-hsi-queries',
} as const;

/** The Nlets query figures, with the numbers derived from them. */
export interface NletsFigures {
	/** DMV queries through Nlets by all federal and out-of-state agencies. */
	readonly all: Figure;
	/** Queries by ICE, as the letters list them, apart from HSI. */
	readonly ice: Figure;
	/** Queries by HSI, ICE's investigations arm. */
	readonly hsi: Figure;
	/** ICE including HSI: the two added up, since HSI is part of ICE. */
	readonly iceTotal: number;
	/** True when both parts are exact, so the total is too. */
	readonly iceTotalExact: boolean;
	/** Days in the period, first and last day included. */
	readonly days: number;
	/** ICE's queries per day on average over the period, rounded to a whole number. */
	readonly icePerDay: number;
	/** ICE's share of all queries, in percent; an upper bound when `all` is an "over" figure. */
	readonly iceSharePercent: number;
	/** ICE's share as "1 in N" queries, rounded; `atMost` when `all` is an "over" figure, so the share can only be smaller. */
	readonly iceShareOneIn: { readonly n: number; readonly atMost: boolean };
	/** The period all three cover. */
	readonly period: { readonly start: string; readonly end: string };
	/** Every source id the three figures cite, each once. */
	readonly sources: readonly string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Picks the Nlets figures out of all figures and derives ICE's total, its daily average and its
 * share, so no page ever types them. Throws, naming the fix, if a figure is missing or the three
 * cover different periods, since a total over mismatched periods would be wrong.
 */
export function deriveNletsFigures(figures: ReadonlyMap<string, Figure>): NletsFigures {
	const pick = (id: string): Figure => {
		const figure = figures.get(id);
		if (!figure) throw new Error(`content/figures.yaml has no figure "${id}". Fix: add it; the Nlets chart needs it`);
		return figure;
	};
	const all = pick(NLETS_FIGURE_IDS.all);
	const ice = pick(NLETS_FIGURE_IDS.ice);
	const hsi = pick(NLETS_FIGURE_IDS.hsi);
	const { start, end } = all.period;
	if (start === null) throw new Error(`Figure "${all.id}" needs a period start to give a daily average`);
	for (const figure of [ice, hsi]) {
		if (figure.period.start !== start || figure.period.end !== end) {
			throw new Error(`Figure "${figure.id}" covers a different period from "${all.id}". Fix: give all three the same period`);
		}
	}
	const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
	const iceTotal = ice.value + hsi.value;
	return {
		all,
		ice,
		hsi,
		iceTotal,
		iceTotalExact: ice.approximation === 'exact' && hsi.approximation === 'exact',
		days,
		icePerDay: Math.round(iceTotal / days),
		iceSharePercent: (iceTotal / all.value) * 100,
		iceShareOneIn: { n: Math.round(all.value / iceTotal), atMost: all.approximation === 'over' || all.approximation === 'at-least' },
		period: { start, end },
		sources: [...new Set([all, ice, hsi].flatMap((figure) => figure.sources))],
	};
}
