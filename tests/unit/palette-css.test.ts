import { describe, expect, it } from 'vitest';
import { LEVELS, MAP_BORDER, MAP_LAYERS, NONE_FILL } from '../../src/data/levels.ts';
import { WAY_IDENTITIES } from '../../src/data/ways.ts';
import { paintClass } from '../../src/map/paint.ts';
import { paletteVariables, renderPaletteCss, variableFor } from '../../src/map/palette-css.ts';

const css = renderPaletteCss();
const [lightRoot, darkBlock] = css.split('\n');

describe('renderPaletteCss', () => {
	it('gives each theme every way’s hue and the map’s neutral and border, from ways.ts and levels.ts', () => {
		for (const theme of ['light', 'dark'] as const) {
			const block = theme === 'light' ? lightRoot : darkBlock;
			for (const way of WAY_IDENTITIES) expect(block).toContain(`--way-${way.field}:${way.hue[theme]}`);
			expect(block).toContain(`--map-none:${NONE_FILL[theme]}`);
			expect(block).toContain(`--map-border:${MAP_BORDER[theme]}`);
		}
		expect(darkBlock).toMatch(/^@media \(prefers-color-scheme:dark\)\{:root\{/);
	});

	it('paints every status of every layer from its custom property, by the class the maps give it', () => {
		for (const layer of MAP_LAYERS) {
			for (const level of LEVELS[layer]) {
				const variable = variableFor(layer, level.style.fill);
				expect(css, `${layer} ${level.status}`).toContain(`.${paintClass(layer, level.status)}`);
				expect(css).toContain(`var(${variable})`);
				expect(paletteVariables('dark').get(variable)).toBe(level.style.fill.dark);
				expect(paletteVariables('light').get(variable)).toBe(level.style.fill.light);
			}
		}
	});

	it('gives anything marked with a way its hue as --way', () => {
		for (const way of WAY_IDENTITIES) expect(css).toContain(`[data-way="${way.field}"]{--way:var(--way-${way.field})}`);
	});
});
