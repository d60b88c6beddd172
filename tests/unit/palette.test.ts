import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS, MAP_BORDER, MAP_LAYERS, NONE_FILL } from '../../src/data/levels.ts';
import { WAY_IDENTITIES } from '../../src/data/ways.ts';

// axe does not check non-text contrast (WCAG 1.4.11), so the palette is checked here, against the
// colours the page really uses: tokens.css's page backgrounds and text, for both themes.
const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
const darkStart = tokens.indexOf('@media (prefers-color-scheme: dark)');
const THEMES = ['light', 'dark'] as const;

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

const limits = MAP_LAYERS.flatMap((layer) => LEVELS[layer].filter((level) => level.style.tone !== 'none').map((level) => ({ layer, level })));

describe('the map palette', () => {
	it('finds the page colours it is checked against in tokens.css', () => {
		expect([token('--color-bg', 'light'), token('--color-bg', 'dark')]).toEqual(['#ffffff', '#121212']);
		expect([token('--map-focus', 'light'), token('--map-focus-halo', 'light')]).toEqual(['#000000', '#ffffff']);
		expect([token('--map-focus', 'dark'), token('--map-focus-halo', 'dark')]).toEqual(['#ffffff', '#000000']);
	});

	it.each(THEMES)('writes every %s colour as a six-digit hex colour, which the checks below can read', (theme) => {
		for (const colour of [NONE_FILL[theme], MAP_BORDER[theme], ...limits.map(({ level }) => level.style.fill[theme])]) {
			expect(colour).toMatch(/^#[0-9a-f]{6}$/);
		}
	});

	it.each(THEMES)('draws state borders at 3:1 against the page and the "none found" fill (%s theme)', (theme) => {
		expect(contrast(MAP_BORDER[theme], token('--color-bg', theme))).toBeGreaterThanOrEqual(3);
		expect(contrast(MAP_BORDER[theme], NONE_FILL[theme])).toBeGreaterThanOrEqual(3);
	});

	it.each(THEMES)('lets "none found" recede: a light neutral close to the page (%s theme)', (theme) => {
		expect(contrast(NONE_FILL[theme], token('--color-bg', theme))).toBeLessThan(1.6);
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(NONE_FILL[theme].slice(i, i + 2), 16));
		expect(new Set([r, g, b]).size, 'a neutral grey').toBe(1);
	});

	it.each(THEMES)('makes every limit stand out at 3:1 against "none found" and the page (%s theme)', (theme) => {
		for (const { layer, level } of limits) {
			const fill = level.style.fill[theme];
			expect(contrast(fill, NONE_FILL[theme]), `${layer} ${level.status}`).toBeGreaterThanOrEqual(3);
			expect(contrast(fill, token('--color-bg', theme)), `${layer} ${level.status}`).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(THEMES)('keeps a 3:1 focus ring on every fill: black or white, haloed by the other (%s theme)', (theme) => {
		for (const colour of [NONE_FILL[theme], ...limits.map(({ level }) => level.style.fill[theme])]) {
			const best = Math.max(contrast(colour, token('--map-focus', theme)), contrast(colour, token('--map-focus-halo', theme)));
			expect(best, colour).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(THEMES)('draws the site’s focus ring at 3:1 on the page and its surfaces, and apart from the alert red (%s theme)', (theme) => {
		const focus = token('--color-focus', theme);
		for (const background of ['--color-bg', '--color-surface']) {
			expect(contrast(focus, token(background, theme)), background).toBeGreaterThanOrEqual(3);
		}
		// A focused field must not look like one in error, for any reader's colour vision.
		for (const vision of Object.keys(VISION) as (keyof typeof VISION)[]) {
			expect(difference(focus, token('--color-alert', theme), vision), vision).toBeGreaterThanOrEqual(25);
		}
	});

	it('gives the dark theme fills of its own, not the light ones', () => {
		for (const { level } of limits) expect(level.style.fill.dark).not.toBe(level.style.fill.light);
		expect(NONE_FILL.dark).not.toBe(NONE_FILL.light);
	});

	it('paints each way’s limits in its own hue, and nothing else in it', () => {
		for (const way of WAY_IDENTITIES) {
			const strong = LEVELS[way.field].filter((level) => level.style.tone === 'strong');
			for (const level of strong) expect(level.style.fill).toBe(way.hue);
		}
	});

	it.each(MAP_LAYERS)('tells every %s status apart without colour: solid, second solid, hatched, dotted or plain', (layer) => {
		const tones = LEVELS[layer].map((level) => level.style.tone);
		expect(new Set(tones).size).toBe(tones.length);
	});

	it.each(THEMES)('never paints "reported blocked" like a block only in progress or required by law (%s theme)', (theme) => {
		const [blocked, ...pending] = (['blocked', 'in-progress', 'required-by-law'] as const).map((s) => LEVELS.nlets.find((l) => l.status === s));
		for (const other of pending) expect(other?.style.tone).not.toBe(blocked?.style.tone);
		expect(blocked?.style.fill[theme]).toBeDefined();
	});

	it.each(Object.keys(VISION) as (keyof typeof VISION)[])('keeps each layer’s statuses apart with %s vision, in both themes', (vision) => {
		for (const theme of THEMES) {
			for (const layer of MAP_LAYERS) {
				const levels = LEVELS[layer];
				for (const [i, a] of levels.entries()) {
					for (const b of levels.slice(i + 1)) {
						// Hatching and dots separate a status on their own, so it may sit closer in colour to its neighbours.
						const patterned = [a, b].some((l) => l.style.tone === 'partial' || l.style.tone === 'pending');
						if (patterned) continue;
						expect(difference(a.style.fill[theme], b.style.fill[theme], vision), `${theme} ${layer}: ${a.status} vs ${b.status}`).toBeGreaterThanOrEqual(25);
					}
				}
			}
		}
	});

	it('keeps the three ways’ hues apart with every vision, so the grid’s stripes read as three', () => {
		const ways = WAY_IDENTITIES.filter((way) => way.number !== null);
		for (const theme of THEMES) {
			for (const vision of Object.keys(VISION) as (keyof typeof VISION)[]) {
				for (const [i, a] of ways.entries()) {
					for (const b of ways.slice(i + 1)) {
						expect(difference(a.hue[theme], b.hue[theme], vision), `${theme} ${vision}: ${a.field} vs ${b.field}`).toBeGreaterThanOrEqual(10);
					}
				}
			}
		}
	});
});
