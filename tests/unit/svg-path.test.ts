import { geoPath } from 'd3';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatTenths, RelativePathContext } from '../../src/map/svg-path.ts';

/** Reads SVG path data (M, m, l, h, v, z and implicit pairs) back into absolute rings of points. */
function decode(d: string): [number, number][][] {
	const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const rings: [number, number][][] = [];
	let [x, y, startX, startY] = [0, 0, 0, 0];
	let command = '';
	let ring: [number, number][] = [];
	const next = () => Number(tokens.shift());
	while (tokens.length > 0) {
		if (/[a-z]/i.test(tokens[0] ?? '')) command = tokens.shift() ?? '';
		if (command === 'z' || command === 'Z') {
			rings.push(ring);
			[x, y] = [startX, startY];
			command = '';
			continue;
		}
		if (command === 'M' || command === 'm') {
			const [dx, dy] = [next(), next()];
			[x, y] = command === 'M' ? [dx, dy] : [x + dx, y + dy];
			[startX, startY] = [x, y];
			ring = [[x, y]];
			command = command === 'M' ? 'L' : 'l';
		} else if (command === 'l') {
			const [dx, dy] = [next(), next()];
			[x, y] = [x + dx, y + dy];
			ring.push([x, y]);
		} else if (command === 'h') {
			x += next();
			ring.push([x, y]);
		} else if (command === 'v') {
			y += next();
			ring.push([x, y]);
		} else {
			throw new Error(`Unexpected command "${command}" in ${d}`);
		}
	}
	return rings.map((r) => r.map(([px, py]) => [Math.round(px * 10) / 10, Math.round(py * 10) / 10]));
}

function draw(shape: MultiPolygon): string {
	const context = new RelativePathContext();
	geoPath(null, context)(shape);
	return context.result();
}

describe('RelativePathContext', () => {
	it('writes rings that read back to the input points rounded to one decimal', () => {
		const shape: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[
					[[10.04, 20.06], [30.51, 20.06], [30.51, 40.49], [12.3, 45.77], [10.04, 20.06]],
					[[15, 25], [20, 25], [20, 30], [15, 25]],
				],
				[[[100.25, 5.5], [120.75, 5.5], [101, 0.04], [100.25, 5.5]]],
			],
		};
		expect(decode(draw(shape))).toEqual([
			[[10, 20.1], [30.5, 20.1], [30.5, 40.5], [12.3, 45.8]],
			[[15, 25], [20, 25], [20, 30]],
			[[100.3, 5.5], [120.8, 5.5], [101, 0]],
		]);
	});

	it('uses the shortest forms: relative steps, h and v, implicit pairs, no needless separators', () => {
		const square: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0.5, 0.5], [1.5, 0.5], [1.5, 2], [2.6, 3.7], [3.7, 4.8], [0.5, 0.5]]]] };
		expect(draw(square)).toBe('M.5.5h1v1.5l1.1 1.7 1.1 1.1z');
	});

	it('leaves out rings too small to have area once rounded, keeping the next ring in place', () => {
		const specks: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[[[0, 0], [10, 0], [10, 10], [0, 0]]],
				[[[50.01, 50.01], [50.02, 50.03], [50.04, 50.01], [50.01, 50.01]]],
				[[[20, 20], [30, 20], [30, 30], [20, 20]]],
			],
		};
		const d = draw(specks);
		expect(d.match(/z/g)).toHaveLength(2);
		expect(decode(d)[1]).toEqual([[20, 20], [30, 20], [30, 30]]);
	});

	it('is at least a third smaller than d3’s absolute output at the same precision', () => {
		const wiggle: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [[Array.from({ length: 200 }, (_, i) => [500 + 300 * Math.cos(i / 31.8), 300 + 200 * Math.sin(i / 31.8)])]],
		};
		expect(draw(wiggle).length).toBeLessThan((geoPath().digits(1)(wiggle) ?? '').length * 0.67);
	});

	it('refuses points, which it cannot draw', () => {
		expect(() => geoPath(null, new RelativePathContext())({ type: 'Point', coordinates: [1, 2] })).toThrow('polygons only');
	});
});

describe('formatTenths', () => {
	it.each([
		[0, '0'],
		[5, '.5'],
		[-5, '-.5'],
		[10, '1'],
		[-15, '-1.5'],
		[1234, '123.4'],
	])('writes %i tenths as "%s"', (tenths, text) => {
		expect(formatTenths(tenths)).toBe(text);
	});
});
