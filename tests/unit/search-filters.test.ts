import { describe, expect, it } from 'vitest';
import { describedLevels } from '../../src/data/levels.ts';
import {
	explainerSearchFilters,
	getFilterGroups,
	referenceSearchFilters,
	stateSearchFilters,
} from '../../src/data/search-filters.ts';
import { numberedName, WAY_INFO } from '../../src/data/ways.ts';
import type { State } from '../../src/schemas/state.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const status = (value: string) => ({ status: value, asOf: '2025-11-12', summary: 'x', sources: ['s'] });
const oregon = {
	code: 'OR',
	nlets: status('in-progress'),
	dmvSharing: { ...status('court-order-required'), laws: [] },
	dataBrokers: status('buyers-certify'),
	licensesForAll: { status: 'yes', since: 2019, sources: ['s'] },
	timeline: [],
	lastReviewed: '2026-11-01',
} as unknown as State;

describe('search filter conventions', () => {
	it('tags a state page with its type and its status on each of the three ways, in the site’s words', () => {
		expect(stateSearchFilters(oregon, en)).toEqual({
			type: 'State',
			'Direct sharing status': 'Court order required',
			'Data brokers status': 'Buyers must certify no immigration use',
			'Police networks status': 'Block reported in progress',
		});
	});

	it('tags explainers with their way, when they have one', () => {
		expect(explainerSearchFilters(en, 'police-networks')).toEqual({ type: 'Explainer', way: '3. Police networks' });
		expect(explainerSearchFilters(en)).toEqual({ type: 'Explainer' });
		expect(explainerSearchFilters(en, null)).toEqual({ type: 'Explainer' });
		expect(referenceSearchFilters(en)).toEqual({ type: 'Reference' });
	});

	it('offers every status of the vocabularies, in their order, and every way, in the site’s order', () => {
		const groups = getFilterGroups(en);
		const values = Object.fromEntries(groups.map((group) => [group.name, group.values]));
		expect(groups.map((group) => group.name)).toEqual(['type', 'way', 'Direct sharing status', 'Data brokers status', 'Police networks status']);
		expect(values['Direct sharing status']).toEqual(describedLevels('dmvSharing', en).map((level) => level.label));
		expect(values['Data brokers status']).toEqual(describedLevels('dataBrokers', en).map((level) => level.label));
		expect(values['Police networks status']).toEqual(describedLevels('nlets', en).map((level) => level.label));
		expect(values['way']).toEqual(WAY_INFO.map((way) => numberedName(way, en)));
		expect(values['type']).toEqual(['State', 'Explainer', 'Reference']);
	});

	it('uses values Pagefind can store inline: no filter name holds a colon', () => {
		for (const group of getFilterGroups(en)) expect(group.name).not.toContain(':');
	});
});
