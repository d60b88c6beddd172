import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/data/format-figure.ts';
import { deriveNletsFigures, NLETS_FIGURE_IDS } from '../../src/data/nlets-figures.ts';
import { renderNletsChart } from '../../src/map/render-figures.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const fixture = validateContent(join(import.meta.dirname, '../fixtures/valid')).figures;
const figures = new Map(fixture.map((f) => [f.id, f]));

describe('deriveNletsFigures', () => {
	it('adds HSI to ICE, since HSI is part of ICE, and averages over the days of the period', () => {
		const nlets = deriveNletsFigures(figures);
		expect(nlets.iceTotal).toBe(292_114 + 605_116);
		expect(nlets.iceTotalExact).toBe(true);
		expect(nlets.days).toBe(365);
		expect(nlets.icePerDay).toBe(Math.round((292_114 + 605_116) / 365));
		expect(nlets.iceSharePercent).toBeCloseTo((897_230 / 290_000_000) * 100, 10);
		// "Over 290 million" queries in all, so ICE's share is at most 1 in 323.
		expect(nlets.iceShareOneIn).toEqual({ n: Math.round(290_000_000 / 897_230), atMost: true });
		expect(nlets.period).toEqual({ start: '2024-10-01', end: '2025-09-30' });
		expect(nlets.sources).toEqual(['letters-2025']);
	});

	it('names the missing figure and the fix', () => {
		const missing = new Map(figures);
		missing.delete(NLETS_FIGURE_IDS.hsi);
		expect(() => deriveNletsFigures(missing)).toThrow('content/figures.yaml has no figure "nlets-hsi-queries". Fix: add it');
	});

	it('refuses to add up figures over different periods', () => {
		const shifted = new Map(figures);
		const ice = figures.get(NLETS_FIGURE_IDS.ice) as Figure;
		shifted.set(ice.id, { ...ice, period: { start: '2024-01-01', end: '2024-12-31' } });
		expect(() => deriveNletsFigures(shifted)).toThrow('covers a different period');
	});

	it('calls the share "about" when the total of all queries is exact', () => {
		const exact = new Map(figures);
		const all = figures.get(NLETS_FIGURE_IDS.all) as Figure;
		exact.set(all.id, { ...all, approximation: 'exact' });
		expect(deriveNletsFigures(exact).iceShareOneIn.atMost).toBe(false);
	});

	it('calls a total with an approximate part approximate', () => {
		const rough = new Map(figures);
		const hsi = figures.get(NLETS_FIGURE_IDS.hsi) as Figure;
		rough.set(hsi.id, { ...hsi, approximation: 'about' });
		expect(deriveNletsFigures(rough).iceTotalExact).toBe(false);
	});
});

describe('renderNletsChart', () => {
	const chart = (all = 290_000_000, ice = 292_114, hsi = 605_116) =>
		parse(
			renderNletsChart({
				all: { label: 'All agencies', value: all, text: 'over 290 million' },
				parts: [
					{ label: 'ICE', value: ice, text: formatAmount(ice, 'count') },
					{ label: 'HSI', value: hsi, text: formatAmount(hsi, 'count') },
				],
				zoomLabel: 'Zoomed in {factor} times',
				formatTick: (value) => formatAmount(value, 'count'),
			}),
		);
	const width = (element: ReturnType<typeof parse> | null) => Number(element?.getAttribute('width'));

	it('draws all queries to scale, with ICE’s sliver at the start of the bar', () => {
		const svg = chart();
		const [allBar, sliver] = svg.querySelectorAll('rect.chart-all, rect.chart-ice');
		// The long bar is drawn with a one-unit outline, inset by half a unit on each side.
		expect(width(allBar!)).toBe(359);
		expect(width(sliver!)).toBeCloseTo((360 * 897_230) / 290_000_000, 1);
	});

	it('zooms into the sliver on a marked scale: ICE, then HSI, end to end up to a round million', () => {
		const svg = chart();
		const ice = svg.querySelectorAll('rect.chart-ice')[1];
		const hsi = svg.querySelector('rect.chart-hsi');
		expect(width(ice!)).toBeCloseTo(360 * 0.292114, 1);
		expect(Number(hsi?.getAttribute('x'))).toBeCloseTo(360 * 0.292114, 1);
		expect(width(hsi!)).toBeCloseTo(360 * 0.605116, 0);
		expect(svg.querySelectorAll('text').map((t) => t.text)).toEqual(
			expect.arrayContaining(['Zoomed in 290 times', '0', '500,000', '1 million', 'All agencies', 'over 290 million']),
		);
		expect(svg.querySelector('path.chart-fan')?.getAttribute('d')).toBe('M0 63H1.2L360 112H0z');
	});

	it('labels each part of the zoomed bar with its value, under its own start', () => {
		const values = chart().querySelectorAll('text.chart-value');
		expect(values.map((t) => t.text)).toEqual(['292,114', '605,116']);
		expect(Number(values[1]?.getAttribute('x'))).toBeCloseTo(360 * 0.292114 + 4, 0);
	});

	it('rings ICE’s sliver with a callout wide enough to see on a phone', () => {
		expect(width(chart().querySelector('rect.chart-callout'))).toBeGreaterThanOrEqual(8);
	});

	it('works out the zoom from the data, not a typed number', () => {
		// 150,000 + 250,000 rounds up to an axis of 400,000, which 100 million is 250 times.
		const svg = chart(100_000_000, 150_000, 250_000);
		expect(svg.querySelectorAll('text').map((t) => t.text)).toEqual(expect.arrayContaining(['Zoomed in 250 times', '400,000']));
	});

	it('is hidden from assistive technology, which gets the table of the same numbers instead', () => {
		expect(chart().querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
	});
});
