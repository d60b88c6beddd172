import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { getUsStateByCode } from '../../src/data/us-states.ts';
import { getMapLayers } from '../../src/data/map-data.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { paintOf } from '../../src/map/paint.ts';
import { renderLocatorMap } from '../../src/map/render-locator.ts';

const nlets = getMapLayers(useTranslations('en')).find((l) => l.id === 'nlets')!;
const levelOf = (status: string) => nlets.levels.find((l) => l.status === status)!;
const render = (code: string, status = 'blocked') =>
	parse(renderLocatorMap(getUsStateByCode(code)?.fips ?? '', `Map with ${code} filled in`, { layer: 'nlets', level: levelOf(status) }));

describe('renderLocatorMap', () => {
	it('fills in the one state and draws the others as plain land', () => {
		const svg = render('OR');
		expect(svg.querySelectorAll('.locator-here')).toHaveLength(1);
		expect(svg.querySelector('.locator-here')?.getAttribute('d')).toMatch(/^M\d/);
		expect(svg.querySelectorAll('.locator-land path').length).toBeGreaterThanOrEqual(49);
	});

	it('is a named image with no links, so it adds no tab stops', () => {
		const svg = render('OR').querySelector('svg');
		expect(svg?.getAttribute('role')).toBe('img');
		expect(svg?.getAttribute('aria-label')).toBe('Map with OR filled in');
		expect(render('OR').querySelectorAll('a')).toHaveLength(0);
	});

	it('rings a state too small to see, and only such a state', () => {
		expect(render('DC').querySelectorAll('.locator-ring')).toHaveLength(1);
		expect(render('RI').querySelectorAll('.locator-ring')).toHaveLength(1);
		expect(render('OR').querySelectorAll('.locator-ring')).toHaveLength(0);
		expect(render('TX').querySelectorAll('.locator-ring')).toHaveLength(0);
	});

	it('paints the state as the big map paints its status, so a block in progress never looks like a reported block', () => {
		for (const status of ['blocked', 'in-progress', 'required-by-law', 'no-known-restriction']) {
			const here = render('OR', status).querySelector('.locator-here');
			const paint = paintOf('locator-', 'nlets', levelOf(status));
			expect(here?.getAttribute('fill'), status).toBe(paint.fill);
			expect(here?.getAttribute('class')).toBe(`locator-here ${paint.className}`);
		}
		expect(render('OR', 'in-progress').querySelector('.locator-here')?.getAttribute('fill')).not.toBe(
			render('OR', 'blocked').querySelector('.locator-here')?.getAttribute('fill'),
		);
		expect(render('OR', 'in-progress').querySelectorAll('pattern')).toHaveLength(1);
	});

	it('stays small enough for a state page’s budget', () => {
		expect(gzipSync(renderLocatorMap('06', 'California', { layer: 'nlets', level: levelOf('in-progress') }), { level: 9 }).length).toBeLessThan(5 * 1024);
	});

	it('refuses a state that is not on the map', () => {
		expect(() => renderLocatorMap('72', 'Puerto Rico', { layer: 'nlets', level: levelOf('blocked') })).toThrow(/No state with FIPS code "72"/);
	});
});
