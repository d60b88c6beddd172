import { describe, expect, it } from 'vitest';
import { LEVELS, levelText, MAP_LAYERS } from '../../src/data/levels.ts';
import { getMapLayers, toMapData } from '../../src/data/map-data.ts';
import { statePath } from '../../src/data/routes.ts';
import { serializeClientData, toClientData } from '../../src/map/client-data.ts';
import { legendItems } from '../../src/map/legend.ts';
import { fixtureRecords, mixedMapData } from './map-fixture.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

describe('toMapData', () => {
	const records = fixtureRecords();
	const data = toMapData(records, en);

	it('carries every state with its status on each layer and a link to its page', () => {
		expect(data.states).toHaveLength(51);
		for (const [i, state] of data.states.entries()) {
			const record = records[i]!;
			expect(state.code).toBe(record.code);
			expect(state.href).toBe(statePath(record.slug));
			for (const layer of MAP_LAYERS) expect(state.statuses[layer]).toBe(record[layer].status);
		}
	});

	it('links each state to its page', () => {
		expect(data.states.find((s) => s.code === 'OR')?.href).toBe('/states/or/');
	});

	it('dates each status for the details card, saying what the date is', () => {
		const oregon = data.states.find((s) => s.code === 'OR');
		expect(oregon?.notes).toEqual({
			dmvSharing: 'none found as of November 12, 2025',
			dataBrokers: 'none found as of November 12, 2025',
			nlets: 'reported November 12, 2025',
			licensesForAll: 'since 2019',
		});
		expect(data.states.find((s) => s.code === 'IL')?.notes.licensesForAll).toBeNull();
	});

	it('never shows a law’s date as a status date', () => {
		const withLaw = records.map((r) =>
			r.code === 'OR'
				? { ...r, dmvSharing: { ...r.dmvSharing, status: 'court-order-required' as const, asOf: '2026-11-30', requires: 'a court order', laws: [{ name: 'A law', year: 2017, effective: '2017-07-01', sources: ['x'] }] } }
				: r,
		);
		const note = toMapData(withLaw, en).states.find((s) => s.code === 'OR')?.notes.dmvSharing;
		expect(note).toBe('status as of November 30, 2026');
		expect(note).not.toMatch(/2017/);
	});

	it('takes each layer’s statuses, labels and colours from levels.ts', () => {
		const layers = getMapLayers(en);
		expect(layers.map((l) => l.id)).toEqual([...MAP_LAYERS]);
		for (const layer of layers) {
			expect(layer.levels.map((l) => [l.status, l.label, l.fill, l.tone])).toEqual(
				LEVELS[layer.id].map((l) => [l.status, levelText(en, layer.id, l.status).label, l.style.fill, l.style.tone]),
			);
			expect(layer.label && layer.title && layer.cardLabel).toBeTruthy();
		}
	});
});

describe('legendItems', () => {
	const data = mixedMapData();

	it.each(MAP_LAYERS)('counts the states with each %s status, in legend order, adding up to 51', (layer) => {
		const items = legendItems(data, layer, 'map-');
		expect(items.map((item) => item.level.status)).toEqual(LEVELS[layer].map((l) => l.status));
		for (const item of items) {
			expect(item.count, item.level.status).toBe(data.states.filter((s) => s.statuses[layer] === item.level.status).length);
		}
		expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(51);
	});

	it('keeps a status that no state has, with a count of 0', () => {
		const first = LEVELS.nlets[0];
		if (!first) throw new Error('the Nlets vocabulary is empty');
		const records = fixtureRecords().map((record) => ({ ...record, nlets: { ...record.nlets, status: first.status } }));
		const items = legendItems(toMapData(records, en), 'nlets', 'map-');
		expect(items.map((item) => [item.level.status, item.count])).toEqual(LEVELS.nlets.map((l) => [l.status, l === first ? 51 : 0]));
	});
});

describe('the map’s client data', () => {
	const data = mixedMapData();
	const labels = { moreLabel: 'More about {name}', closeLabel: 'Close', allWaysTitle: 'All three ways', recentLabel: 'Changed lately' };
	const client = toClientData(data, 'map-', labels);

	it('gives each state its statuses and notes in layer order, and each status its paint', () => {
		const oregon = data.states.find((s) => s.code === 'OR')!;
		expect(client.states.OR).toEqual({
			name: 'Oregon',
			statuses: MAP_LAYERS.map((layer) => oregon.statuses[layer]),
			notes: MAP_LAYERS.map((layer) => oregon.notes[layer]),
		});
		expect(client.layers.map((l) => l.id)).toEqual([...MAP_LAYERS]);
		const patterned = LEVELS.nlets.find((level) => level.style.tone === 'partial');
		expect(patterned).toBeDefined();
		expect(client.layers.find((l) => l.id === 'nlets')?.levels[patterned?.status ?? '']).toEqual({
			label: levelText(en, 'nlets', patterned?.status ?? '').label,
			fill: `url(#map-pattern-nlets-${patterned?.status})`,
			className: `tone-partial paint-nlets-${patterned?.status}`,
		});
		expect(client).toMatchObject(labels);
	});

	it('marks only the states it is told changed recently', () => {
		const marked = toClientData(data, 'map-', labels, new Set(['OR']));
		expect(marked.states.OR?.recent).toBe(true);
		expect(Object.entries(marked.states).filter(([, state]) => state.recent).map(([code]) => code)).toEqual(['OR']);
		expect(client.states.OR?.recent).toBeUndefined();
	});

	it('serializes so that no text can close its <script> element', () => {
		const odd = toClientData({ ...data, states: data.states.map((s) => (s.code === 'OR' ? { ...s, name: '</script><b>' } : s)) }, 'map-', labels);
		const json = serializeClientData(odd);
		expect(json).not.toContain('<');
		expect(JSON.parse(json).states.OR.name).toBe('</script><b>');
	});
});
