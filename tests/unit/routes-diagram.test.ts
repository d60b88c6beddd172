import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { WAY_FIELDS } from '../../src/data/ways.ts';
import { renderRoutes } from '../../src/map/render-routes.ts';

const LABELS = {
	dmv: 'DMV',
	dmvNote: 'your state',
	ice: 'ICE',
	iceNote: 'and HSI',
	brokers: 'Data brokers',
	networks: 'Police networks',
	networksNote: 'such as Nlets',
};

describe('renderRoutes', () => {
	const svg = parse(renderRoutes(LABELS));
	const lanes = svg.querySelectorAll('g.routes-lane');

	it('draws the three routes in the ways’ order, each numbered and marked with its way', () => {
		expect(lanes.map((g) => g.getAttribute('data-way'))).toEqual([...WAY_FIELDS]);
		expect(lanes.map((g) => g.querySelector('.routes-number')?.text)).toEqual(['1', '2', '3']);
	});

	it('sends route 1 straight to ICE, route 2 through the brokers and route 3 through the police networks', () => {
		expect(lanes.map((g) => g.querySelectorAll('rect.routes-stop').length)).toEqual([0, 1, 1]);
		expect(lanes[1]?.text).toContain('Data brokers');
		expect(lanes[2]?.text).toContain('Police networks');
		expect(lanes[2]?.text).toContain('such as Nlets');
		expect(svg.text).toContain('DMV');
		expect(svg.text).toContain('ICE');
	});

	it('is a picture only: the page gives its text equivalent', () => {
		expect(svg.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
		expect(svg.querySelectorAll('a')).toHaveLength(0);
	});

	it('dims every route but the one in focus', () => {
		const focused = parse(renderRoutes(LABELS, 'dataBrokers')).querySelectorAll('g.routes-lane');
		expect(focused.map((g) => g.classList.contains('routes-dimmed'))).toEqual([true, false, true]);
		expect(lanes.some((g) => g.classList.contains('routes-dimmed'))).toBe(false);
	});

	it('escapes its words', () => {
		expect(renderRoutes({ ...LABELS, ice: 'ICE & <HSI>' })).toContain('ICE &#38; &#60;HSI&#62;');
	});
});
