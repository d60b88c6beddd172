import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	daysInPeriod,
	deriveFigure,
	deriveFigures,
	DERIVED_FIGURE_IDS,
	perDay,
	sumFigures,
	type SourcedFigure,
} from '../../src/data/derived-figures.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const YEAR = { start: '2024-10-01', end: '2025-09-30' };
const figure = (id: string, value: number, sources: string[], overrides: Partial<SourcedFigure> = {}): SourcedFigure => ({
	id,
	value,
	unit: 'count',
	approximation: 'exact',
	label: id,
	period: YEAR,
	sources,
	...overrides,
});
const sample = new Map([
	['nlets-ice-queries', figure('nlets-ice-queries', 100, ['a', 'b'])],
	['nlets-hsi-queries', figure('nlets-hsi-queries', 265, ['b', 'c'])],
]);

describe('derived figures', () => {
	it('counts the days of a period, both ends included', () => {
		expect(daysInPeriod(YEAR)).toBe(365);
		expect(daysInPeriod({ start: '2024-01-01', end: '2024-12-31' })).toBe(366);
		expect(() => daysInPeriod({ start: null, end: '2025-01-01' })).toThrow(/one date/);
	});

	it('adds ICE and HSI, keeps both sets of sources once each, and names its inputs', () => {
		const total = deriveFigure('ice-including-hsi', sample);
		expect(total).toMatchObject({ value: 365, approximation: 'exact', sources: ['a', 'b', 'c'], inputs: ['nlets-ice-queries', 'nlets-hsi-queries'] });
	});

	it('divides by the days in the period and marks a rounded rate as approximate', () => {
		expect(deriveFigure('ice-including-hsi-per-day', sample)).toMatchObject({ value: 1, approximation: 'exact' });
		const uneven = perDay('rate', 'rate', figure('x', 1000, ['a']));
		expect(uneven).toMatchObject({ value: 3, approximation: 'about' });
	});

	it('refuses to add figures that cover different periods or units', () => {
		expect(() => sumFigures('s', 's', figure('a', 1, []), figure('b', 1, [], { period: { start: '2024-01-01', end: '2024-12-31' } }))).toThrow(
			/different periods/,
		);
		expect(() => sumFigures('s', 's', figure('a', 1, []), figure('b', 1, [], { unit: 'usd' }))).toThrow(/Cannot add/);
	});

	it('names the missing figure when content/figures.yaml lacks an input', () => {
		expect(() => deriveFigure('ice-including-hsi', new Map())).toThrow(/nlets-ice-queries/);
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
