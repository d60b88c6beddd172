import { describe, expect, it } from 'vitest';
import { findStrayNumbers, numeralValue } from '../../src/validation/prose-numbers.ts';

const ALLOWED = [290_000_000, 292_114, 605_116, 897_230, 5, 45, 16_800_000];

describe('findStrayNumbers', () => {
	it('catches a number typed into prose that the data does not hold', () => {
		expect(findStrayNumbers('ICE ran 292,115 queries.', ALLOWED)).toEqual(['292,115']);
		expect(findStrayNumbers('Agencies ran over 300 million queries.', ALLOWED)).toEqual(['300 million']);
		expect(findStrayNumbers('Together they ran 897,231.', ALLOWED)).toEqual(['897,231']);
		expect(findStrayNumbers('Seven states, or 7 in all.', ALLOWED)).toEqual(['7']);
	});

	it('accepts a number that equals a value from the data, however it is written', () => {
		expect(findStrayNumbers('over 290 million queries; ICE 292,114; HSI 605,116; 5 states; $16.8 million', ALLOWED)).toEqual([]);
	});

	it('exempts years, dates, and the names of laws, bills and codes', () => {
		const text = [
			'On November 12, 2025, members wrote. In the year before Oct. 1, 2025, and from 2015 to 2017.',
			'The period 2024-10-01 to 2025-09-30. Signed 12 May.',
			'SB 5497, RCW 43.17.425, AB 1747, AB 1766, HB 4, HF 4, SB21-131, A4743/S3229, S 2006, HB 3265.',
			'Public Act 102-0354, Public Law 2023, ch. 296, R.I. Gen. Laws § 31-10.4-3, 18 U.S.C. § 2721.',
			'ORS 180.805, Minn. Stat. 171.12, subd. 11, Executive Order No. 12, a 501(c)(3) group.',
			'As 404 Media and KING 5 reported, and as 5 Calls says.',
		].join(' ');
		expect(findStrayNumbers(text, [])).toEqual([]);
	});

	it('still catches a wrong number next to an exempt one', () => {
		expect(findStrayNumbers('In 2025, ICE ran 292,000 queries under SB 5497.', ALLOWED)).toEqual(['292,000']);
	});
});

describe('numeralValue', () => {
	it('reads commas, dollars, scale words and percentages', () => {
		expect(numeralValue('292,114')).toBe(292_114);
		expect(numeralValue('$16.8 million')).toBeCloseTo(16_800_000);
		expect(numeralValue('1.2 billion')).toBeCloseTo(1_200_000_000);
		expect(numeralValue('67%')).toBeCloseTo(0.67);
	});
});
