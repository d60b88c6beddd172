import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { FigureSchema } from '../../src/schemas/figure.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { StateSchema } from '../../src/schemas/state.ts';

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
}

/** Lists every field under an object schema that has no description for contributors. */
function undescribedFields(schema: z.ZodType, path = ''): string[] {
	const def = (schema as unknown as { def: Def }).def;
	if (['optional', 'nullable', 'default'].includes(def.type) && def.innerType) return undescribedFields(def.innerType, path);
	if (def.type === 'array' && def.element) return undescribedFields(def.element, `${path}[]`);
	if (def.type !== 'object' || !def.shape) return [];
	return Object.entries(def.shape).flatMap(([key, field]) => {
		const here = path ? `${path}.${key}` : key;
		return [...(field.description ? [] : [here]), ...undescribedFields(field, here)];
	});
}

const validState = {
	code: 'OR',
	nlets: { status: 'in-progress', asOf: '2025-11-12', summary: 'Oregon was reported to be blocking ICE.', sources: ['letters'] },
	dmvSharing: { status: 'none-found', asOf: '2025-11-12', summary: 'No law found that limits the DMV.', sources: [] },
	dataBrokers: { status: 'unknown', asOf: '2025-11-12', summary: 'No rule found on resale to brokers.', sources: [] },
	licensesForAll: { status: 'yes', since: 2019, sources: ['ncsl'] },
	lastReviewed: '2026-11-01',
};

describe('schemas', () => {
	it('describe every field, so contributors see what each means', () => {
		expect(undescribedFields(StateSchema)).toEqual([]);
		expect(undescribedFields(SourceSchema)).toEqual([]);
		expect(undescribedFields(FigureSchema)).toEqual([]);
	});

	it('accept a valid state and fill in empty lists', () => {
		const state = StateSchema.parse(validState);
		expect(state.timeline).toEqual([]);
		expect(state.dmvSharing.laws).toEqual([]);
	});

	it('reject unknown keys at every level', () => {
		expect(StateSchema.safeParse({ ...validState, notes: 'x' }).success).toBe(false);
		expect(StateSchema.safeParse({ ...validState, nlets: { ...validState.nlets, blockedOn: '2025-01-01' } }).success).toBe(false);
	});

	it('require a source for every claim but not for "nothing found"', () => {
		const unsourcedClaim = { ...validState, licensesForAll: { status: 'yes', since: 2019, sources: [] } };
		expect(StateSchema.safeParse(unsourcedClaim).success).toBe(false);
		const unsourcedNone = { ...validState, licensesForAll: { status: 'no', since: null, sources: [] } };
		expect(StateSchema.safeParse(unsourcedNone).success).toBe(true);
	});

	it('accept optional governor and legislature links, but only strict https ones', () => {
		const links = {
			governor: { contactUrl: 'https://www.oregon.gov/gov/' },
			legislature: { lookupUrl: 'https://www.oregonlegislature.gov/' },
		};
		expect(StateSchema.safeParse({ ...validState, ...links }).success).toBe(true);
		expect(StateSchema.safeParse({ ...validState, governor: { contactUrl: 'http://www.oregon.gov/gov/' } }).success).toBe(false);
		expect(StateSchema.safeParse({ ...validState, governor: { contactUrl: 'https://www.oregon.gov/gov/', phone: '555' } }).success).toBe(false);
		expect(StateSchema.safeParse({ ...validState, legislature: {} }).success).toBe(false);
	});

	it('reject a figure period that ends before it starts', () => {
		const figure = {
			id: 'x',
			value: 1,
			unit: 'count',
			approximation: 'exact',
			label: 'Things',
			period: { start: '2025-10-01', end: '2024-10-01' },
			sources: ['a'],
		};
		expect(FigureSchema.safeParse(figure).success).toBe(false);
		expect(FigureSchema.safeParse({ ...figure, period: { start: null, end: '2024-10-01' } }).success).toBe(true);
	});

	it('accept a source with no publication date but not one with no access date', () => {
		const source = { id: 'a', title: 'A report', publisher: 'A publisher', url: 'https://example.org/a', published: null, accessed: '2026-11-01' };
		expect(SourceSchema.safeParse(source).success).toBe(true);
		expect(SourceSchema.safeParse({ ...source, accessed: undefined }).success).toBe(false);
	});
});
