import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS, MAP_LAYERS, PALETTE, WAYS } from '../../src/data/levels.ts';

// axe does not check non-text contrast (WCAG 1.4.11), so the palette is checked here, against the
// colours the page really uses: tokens.css's page background (the state borders) and focus ring.
const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
const darkStart = tokens.indexOf('@media (prefers-color-scheme: dark)');

function token(name: string, theme: 'light' | 'dark'): string {
	const block = theme === 'light' ? tokens.slice(0, darkStart) : tokens.slice(darkStart);
	const value = block.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];
	if (!value) throw new Error(`tokens.css has no ${theme} ${name}`);
	return value;
}

function linear(hex: string): [number, number, number] {
	const channel = (i: number) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return [channel(1), channel(3), channel(5)];
}

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = linear(hex);
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

// Machado, Oliveira and Fernandes (2009) simulations of full colour-vision deficiencies, in linear RGB.
const VISION = {
	typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
	protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
	deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
	tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const;

/** CIE76 colour difference between two colours as someone with this vision sees them. */
function difference(a: string, b: string, vision: keyof typeof VISION): number {
	const lab = (hex: string) => {
		const c = linear(hex);
		const seen = VISION[vision].map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
		const [r, g, bl] = seen as [number, number, number];
		const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
		const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
		const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
		const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
		return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
	};
	const [p, q] = [lab(a), lab(b)];
	return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

const fills = [...new Set([...Object.values(PALETTE), ...WAYS.flatMap((way) => LEVELS[way].map((level) => level.style.fill))])];

describe('the map palette', () => {
	it('finds its colours in tokens.css', () => {
		expect([token('--color-bg', 'light'), token('--color-bg', 'dark')]).toEqual(['#ffffff', '#121212']);
		expect([token('--map-focus', 'light'), token('--map-focus', 'dark')]).toEqual(['#000000', '#ffffff']);
	});

	it.each(['light', 'dark'] as const)('keeps every fill at least 3:1 against the borders and the focus ring (%s theme)', (theme) => {
		const border = token('--color-bg', theme);
		const focus = token('--map-focus', theme);
		for (const fill of fills) {
			expect(contrast(fill, border), `${fill} against border ${border}`).toBeGreaterThanOrEqual(3);
			expect(contrast(fill, focus), `${fill} against focus ring ${focus}`).toBeGreaterThanOrEqual(3);
		}
		expect(contrast(focus, border), 'focus ring against the page').toBeGreaterThanOrEqual(3);
	});

	it.each(MAP_LAYERS)('tells every %s status apart without colour: solid, hatched or plain', (layer) => {
		const tones = LEVELS[layer].map((level) => level.style.tone);
		expect(new Set(tones).size).toBe(tones.length);
	});

	it.each(Object.keys(VISION) as (keyof typeof VISION)[])('keeps each layer’s statuses apart with %s vision', (vision) => {
		for (const layer of MAP_LAYERS) {
			const levels = LEVELS[layer];
			for (const [i, a] of levels.entries()) {
				for (const b of levels.slice(i + 1)) {
					// Hatching also separates a partial status, so it may sit closer in colour to its neighbours.
					const hatched = a.style.tone === 'partial' || b.style.tone === 'partial';
					const minimum = hatched ? 12 : 25;
					expect(difference(a.style.fill, b.style.fill, vision), `${layer}: ${a.status} vs ${b.status}`).toBeGreaterThanOrEqual(minimum);
				}
			}
		}
	});

	it('writes every fill as a six-digit hex colour, which the checks above can read', () => {
		for (const fill of fills) expect(fill).toMatch(/^#[0-9a-f]{6}$/);
	});
});
