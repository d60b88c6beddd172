import { describe, expect, it } from 'vitest';
import { formatAmount, formatFigure, formatShare } from '../../src/data/format-figure.ts';

describe('formatFigure', () => {
	it.each([
		[{ value: 290_000_000, unit: 'count', approximation: 'over' }, 'over 290 million'],
		[{ value: 18_000, unit: 'count', approximation: 'about' }, 'about 18,000'],
		[{ value: 16_800_000, unit: 'usd', approximation: 'exact' }, '$16.8 million'],
		[{ value: 292_114, unit: 'count', approximation: 'exact' }, '292,114'],
		[{ value: 1_200_000_000, unit: 'count', approximation: 'about' }, 'about 1.2 billion'],
		[{ value: 9, unit: 'count', approximation: 'at-least' }, 'at least 9'],
		[{ value: 2_000, unit: 'count', approximation: 'nearly' }, 'nearly 2,000'],
		[{ value: 26.5, unit: 'usd', approximation: 'exact' }, '$26.50'],
		[{ value: 50_000, unit: 'usd', approximation: 'exact' }, '$50,000'],
		[{ value: 0.3333, unit: 'count', approximation: 'about' }, 'about 1 in 3'],
		[{ value: 0.75, unit: 'count', approximation: 'exact' }, '3 in 4'],
	] as const)('writes %j as "%s"', (figure, text) => {
		expect(formatFigure(figure)).toBe(text);
	});

	it('keeps every digit of a precise count in the millions, so it never looks rounded', () => {
		expect(formatAmount(2_671_776, 'count')).toBe('2,671,776');
		expect(formatAmount(1_250_000, 'count')).toBe('1,250,000');
	});

	it('capitalises a figure that opens a sentence', () => {
		expect(formatFigure({ value: 18_000, unit: 'count', approximation: 'about' }, { capitalize: true })).toBe('About 18,000');
		expect(formatFigure({ value: 41, unit: 'count', approximation: 'exact' }, { capitalize: true })).toBe('41');
	});

	it('writes shares as "x in y" when a small fraction is within a point, and as a percentage otherwise', () => {
		expect(formatShare(605_116 / 897_230)).toBe('2 in 3');
		expect(formatShare(0.5)).toBe('1 in 2');
		expect(formatShare(0.27)).toBe('27%');
	});
});
