import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, renderMapCard, renderRoutesCard, renderStateCard, wrapLines } from '../../src/map/render-social-card.ts';
import { rasterize } from '../../src/map/rasterize.ts';
import { renderLocatorMap } from '../../src/map/render-locator.ts';
import { renderRoutes } from '../../src/map/render-routes.ts';
import { mixedMapData } from './map-fixture.ts';

const WORDS = { siteTitle: 'How ICE Gets Your DMV Data', label: 'A card' };
const ROUTES = renderRoutes({ dmv: 'DMV', dmvNote: 'your state', ice: 'ICE', iceNote: 'and HSI', brokers: 'Data brokers', networks: 'Police networks', networksNote: 'such as Nlets' });

/** The width and height a PNG's IHDR chunk gives. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(0, 8).toString('hex'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('wrapLines', () => {
	it('breaks at spaces so no line is longer than the width allows', () => {
		const lines = wrapLines('Which states have been reported as cutting off ICE’s access to their DMV data', 400, 20);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(400 / (20 * 0.56)));
		expect(lines.join(' ')).toBe('Which states have been reported as cutting off ICE’s access to their DMV data');
	});

	it('ends the last allowed line in an ellipsis when the text runs over', () => {
		const lines = wrapLines('one two three four five six seven eight nine ten', 100, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
	});
});

describe('the cards', () => {
	const data = mixedMapData();
	const cards = {
		map: renderMapCard(data, 'nlets', WORDS),
		state: renderStateCard(
			{
				name: 'Oregon',
				locator: renderLocatorMap('41', 'Oregon', { layer: 'nlets', level: data.layers.find((l) => l.id === 'nlets')!.levels[0]! }),
				statuses: [{ number: 1, way: 'Direct sharing', hue: '#0f7a50', label: 'Court order required' }],
			},
			WORDS,
		),
		routes: renderRoutesCard({ kicker: '3. Police networks', title: 'Police networks', description: 'ICE searches them.', routes: ROUTES }, WORDS),
	};

	it.each(Object.entries(cards))('%s is a 1200×630 SVG with the page’s picture, its words and the site’s name', (name, svg) => {
		expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
		expect(svg).toContain('>How ICE Gets Your DMV Data</text>');
		expect(svg.match(/<svg /g)?.length, `${name}: the nested picture`).toBeGreaterThanOrEqual(2);
		expect(svg).not.toMatch(/var\(--|(?:href|src)="http/);
	});

	it('counts each status of the layer in the map card’s key', () => {
		const blocked = data.states.filter((s) => s.statuses.nlets === 'blocked').length;
		expect(cards.map).toContain(`>Reported blocked: ${blocked}</text>`);
	});

	it('rasterises to a 1200×630 PNG', async () => {
		expect(pngSize(await rasterize(cards.state))).toEqual({ signature: '89504e470d0a1a0a', width: CARD_WIDTH, height: CARD_HEIGHT });
	});
});
