import { describe, expect, it } from 'vitest';
import { findTypedNumbers } from '../../src/validation/prose-numbers.ts';

const typed = (text: string) => findTypedNumbers(text).map((number) => number.text);

describe('findTypedNumbers', () => {
	it('catches every quantity typed into prose, whatever its value', () => {
		expect(typed('ICE ran 292,115 queries.')).toEqual(['292,115 queries']);
		expect(typed('Agencies ran over 300 million queries.')).toEqual(['300 million queries']);
		expect(typed('It cost $16.8 million, or 67% of the budget.')).toEqual(['$16.8 million', '67% of']);
		expect(typed('Seven states, or 7 in all.')).toEqual(['7 in']);
	});

	it('points a count of states at <StateCount> and any other number at <Fact>', () => {
		expect(findTypedNumbers('The letters named 5 states and 18,000 agencies.').map(({ text, component }) => [text, component])).toEqual([
			['5 states', '<StateCount>'],
			['18,000 agencies', '<Fact>'],
		]);
	});

	it('allows years, dates, bill and statute numbers, ordinals and names by rule', () => {
		const text = [
			'On November 12, 2025, members wrote. In the year before Oct. 1, 2025, and from 2015 to 2017, or 2024–25.',
			'The period 2024-10-01 to 2025-09-30. Signed 12 May.',
			'SB 5497, RCW 43.17.425, AB 1747, HB 711, HF 4, SB21-131, A4743/S3229, S 2006, Chapter 874.',
			'Public Act 102-0354, Public Law 2023, ch. 296, R.I. Gen. Laws § 31-10.4-3, 18 U.S.C. § 2721.',
			'ORS 180.805, Minn. Stat. 171.12, subd. 11, Executive Order No. 12, a 501(c)(3) group.',
			'The 1st, 22nd, 103rd and 14th times; COVID-19 and form I-9.',
			'As 404 Media and KING 5 reported, and as 5 Calls says.',
		].join(' ');
		expect(typed(text)).toEqual([]);
	});

	it('still catches a quantity beside an allowed number', () => {
		expect(typed('In 2025, ICE ran 292,000 queries under SB 5497.')).toEqual(['292,000 queries']);
		expect(typed('There were 5 SB 5497 reports.')).toEqual(['5 SB']);
	});

	it('reads Spanish dates, ordinals and law names as names, and still catches a Spanish quantity', () => {
		const spanish = (text: string) => findTypedNumbers(text, 'es').map((number) => number.text);
		const text = [
			'El 5 de junio de 2026 y el 12 de noviembre de 2025; del 1 al 15 de julio; el 5 y 6 de mayo; en septiembre de 2019.',
			'El 1.º de julio, la 2.ª lectura, el 1.er plazo y el 3er informe.',
			'El capítulo 874, cap. 58, la Orden Ejecutiva n.º 12, SB 5497 y § 3-529.',
		].join(' ');
		expect(spanish(text)).toEqual([]);
		expect(spanish('Hubo 300 millones de consultas en 5 estados, 2 de ellas el 5 de junio.')).toEqual(['300 millones de', '5 estados', '2 de']);
		expect(findTypedNumbers('Había 5 estados.', 'es').map((number) => number.component)).toEqual(['<StateCount>']);
	});

	it('reads each language’s dates only in that language', () => {
		expect(typed('On 5 de junio, 2026.')).toEqual(['5 de']);
		expect(findTypedNumbers('El June 5 llegó.', 'es').map((number) => number.text)).toEqual(['5 llegó']);
	});

	it('tells where each number starts, so the check can name its line', () => {
		expect(findTypedNumbers('First line.\nThen 5 states.').map((number) => number.index)).toEqual([17]);
	});
});
