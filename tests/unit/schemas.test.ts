import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { FigureSchema } from '../../src/schemas/figure.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { StateSchema } from '../../src/schemas/state.ts';
import { StateTranslationSchema } from '../../src/schemas/state-translation.ts';

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

const contacts = {
	governor: { url: 'https://www.oregon.gov/gov/', phone: '503-378-4582', checked: '2026-11-30' },
	licensing: { office: 'Oregon DMV', answersTo: 'governor', url: 'https://www.oregon.gov/odot/dmv/', checked: '2026-11-30' },
};

const validState = {
	code: 'OR',
	nlets: { status: 'in-progress', asOf: '2025-11-12', reportedBy: 'members of Congress', summary: 'Oregon was reported to be blocking ICE.', sources: ['letters'] },
	dmvSharing: { status: 'no-known-restriction', asOf: '2026-11-30', summary: 'No law found that limits the DMV.', sources: [] },
	dataBrokers: { status: 'no-known-restriction', asOf: '2026-11-30', summary: 'No rule found on resale to brokers.', sources: [] },
	licensesForAll: { status: 'yes', since: 2019, sources: ['ncsl'] },
	lastReviewed: '2026-11-01',
	contacts,
};

const parses = (state: unknown) => StateSchema.safeParse(state).success;

describe('schemas', () => {
	it('describe every field, so contributors see what each means', () => {
		expect(undescribedFields(StateSchema)).toEqual([]);
		expect(undescribedFields(SourceSchema)).toEqual([]);
		expect(undescribedFields(FigureSchema)).toEqual([]);
		expect(undescribedFields(StateTranslationSchema)).toEqual([]);
	});

	it('accept a valid state and fill in empty lists', () => {
		const state = StateSchema.parse(validState);
		expect(state.timeline).toEqual([]);
		expect(state.dmvSharing.laws).toEqual([]);
		expect(state.nlets).toMatchObject({ hsi: 'not-reported', cbp: 'not-reported', laws: [] });
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

	it('say who reported a block, and only for a status that claims one', () => {
		const { reportedBy: _, ...unreported } = validState.nlets;
		expect(parses({ ...validState, nlets: unreported })).toBe(false);
		expect(parses({ ...validState, nlets: { ...validState.nlets, status: 'no-known-restriction', sources: [] } })).toBe(false);
		expect(parses({ ...validState, nlets: { ...unreported, status: 'no-known-restriction', sources: [] } })).toBe(true);
	});

	it('say what court papers a court-order law accepts, and only for that status', () => {
		const courtOrder = { ...validState.dmvSharing, status: 'court-order-required', sources: ['law'] };
		expect(parses({ ...validState, dmvSharing: courtOrder })).toBe(false);
		expect(parses({ ...validState, dmvSharing: { ...courtOrder, requires: 'a warrant or court order' } })).toBe(true);
		expect(parses({ ...validState, dmvSharing: { ...validState.dmvSharing, requires: 'a warrant or court order' } })).toBe(false);
	});

	it('take the broker way’s statuses, each limit with a source', () => {
		for (const status of ['sale-to-enforcers-barred', 'buyers-certify', 'partial']) {
			expect(parses({ ...validState, dataBrokers: { ...validState.dataBrokers, status } })).toBe(false);
			expect(parses({ ...validState, dataBrokers: { ...validState.dataBrokers, status, sources: ['law'] } })).toBe(true);
		}
		expect(parses({ ...validState, dataBrokers: { ...validState.dataBrokers, status: 'restricted' } })).toBe(false);
	});

	it('accept official contacts with checked phone numbers, and nothing else', () => {
		const licensing = contacts.licensing;
		expect(parses(validState)).toBe(true);
		expect(parses({ ...validState, contacts: { licensing } }), 'the governor is optional').toBe(true);
		expect(parses({ ...validState, contacts: { governor: contacts.governor } }), 'the licensing office is not').toBe(false);
		for (const phone of ['(503) 378-4582', '5033784582', '+1 503-378-4582', '503-378-4582 x2', '103-378-4582']) {
			expect(parses({ ...validState, contacts: { licensing: { ...licensing, phone } } }), phone).toBe(false);
		}
		for (const url of ['https://www.dmv.org/or/', 'http://www.oregon.gov/odot/dmv/', 'https://user:pw@www.oregon.gov/']) {
			expect(parses({ ...validState, contacts: { licensing: { ...licensing, url } } }), url).toBe(false);
		}
		expect(parses({ ...validState, contacts: { licensing: { ...licensing, url: 'https://www.scdmvonline.com/' } } }), 'a listed official host').toBe(true);
		expect(parses({ ...validState, contacts: { licensing: { ...licensing, answersTo: 'county' } } })).toBe(false);
		expect(parses({ ...validState, contacts: { licensing: { ...licensing, checked: undefined } } }), 'a contact says when it was checked').toBe(false);
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
