import { describe, expect, it } from 'vitest';
import { US_STATES, STATE_CODES, getUsStateByCode, getUsStateByFips } from '../../src/data/us-states.ts';

describe('the state table', () => {
	it('has the 50 states and DC, each once', () => {
		expect(US_STATES).toHaveLength(51);
		expect(new Set(STATE_CODES).size).toBe(51);
		expect(new Set(US_STATES.map((s) => s.fips)).size).toBe(51);
		expect(new Set(US_STATES.map((s) => s.name)).size).toBe(51);
	});

	it('maps USPS codes, FIPS codes and names both ways', () => {
		expect(getUsStateByCode('OR')).toEqual({ code: 'OR', fips: '41', name: 'Oregon' });
		expect(getUsStateByCode('dc')).toEqual({ code: 'DC', fips: '11', name: 'District of Columbia' });
		expect(getUsStateByFips('06')?.code).toBe('CA');
		expect(getUsStateByFips('56')?.name).toBe('Wyoming');
		for (const state of US_STATES) {
			expect(getUsStateByFips(state.fips)).toBe(getUsStateByCode(state.code));
		}
	});

	it('has no territories, which the albers map cannot draw', () => {
		for (const territory of ['PR', 'GU', 'VI', 'AS', 'MP']) expect(getUsStateByCode(territory)).toBeUndefined();
		expect(getUsStateByFips('72')).toBeUndefined();
	});

	it('uses two-digit FIPS strings as us-atlas does', () => {
		for (const state of US_STATES) expect(state.fips).toMatch(/^\d{2}$/);
		expect(getUsStateByCode('AL')?.fips).toBe('01');
	});
});
