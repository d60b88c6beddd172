import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveFigure, deriveFigures, DERIVED_FIGURE_IDS } from '../../src/data/derived-figures.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const YEAR = { start: '2024-10-01', end: '2025-09-30' };
const figure = (id: string, value: number, sources: string[], approximation: Figure['approximation'] = 'exact'): Figure => ({
	id,
	value,
	unit: 'count',
	approximation,
	label: id,
	period: YEAR,
	sources,
});
const sample = (ice: number, hsi: number, approximation: Figure['approximation'] = 'exact') =>
	new Map([
		['nlets-dmv-queries', figure('nlets-dmv-queries', 1_000_000, ['all'], 'over')],
		['nlets-ice-queries', figure('nlets-ice-queries', ice, ['a', 'b'], approximation)],
		['nlets-hsi-queries', figure('nlets-hsi-queries', hsi, ['b', 'c'])],
	]);

describe('derived figures', () => {
	it('adds ICE and HSI, citing the sources of both once each', () => {
		expect(deriveFigure('ice-including-hsi', sample(100, 265))).toMatchObject({ value: 365, approximation: 'exact', sources: ['a', 'b', 'c'] });
	});

	it('is only as exact as its inputs', () => {
		expect(deriveFigure('ice-including-hsi', sample(100, 265, 'about')).approximation).toBe('about');
	});

	it('gives queries per day over the 365 days of the period, marking a rounded rate as approximate', () => {
		expect(deriveFigure('ice-including-hsi-per-day', sample(100, 265))).toMatchObject({ value: 1, approximation: 'exact' });
		expect(deriveFigure('ice-including-hsi-per-day', sample(1000, 0))).toMatchObject({ value: 3, approximation: 'about' });
	});

	it('gives HSI’s share of ICE’s queries', () => {
		expect(deriveFigure('hsi-share-of-ice-queries', sample(100, 300)).value).toBe(0.75);
	});

	it('names the missing figure when content/figures.yaml lacks an input', () => {
		expect(() => deriveFigure('ice-including-hsi', new Map())).toThrow(/nlets-dmv-queries/);
	});

	it('gives the real totals from content/figures.yaml: ICE including HSI, per day, and HSI’s share', () => {
		const { figures } = validateContent(fileURLToPath(new URL('../../content/', import.meta.url)));
		const derived = deriveFigures(new Map(figures.map((f) => [f.id, f])));
		expect([...derived.keys()]).toEqual([...DERIVED_FIGURE_IDS]);
		expect(derived.get('ice-including-hsi')?.value).toBe(292_114 + 605_116);
		expect(derived.get('ice-including-hsi-per-day')).toMatchObject({ value: 2_458, approximation: 'about' });
		expect(derived.get('hsi-share-of-ice-queries')?.value).toBeCloseTo(605_116 / 897_230, 10);
	});
});
