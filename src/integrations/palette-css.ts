import type { AstroIntegration } from 'astro';
import { renderPaletteCss } from '../map/palette-css.ts';

/** What a stylesheet imports to get the palette: `import 'virtual:palette.css'`. */
export const PALETTE_MODULE = 'virtual:palette.css';
const RESOLVED = `\0${PALETTE_MODULE}`;

/**
 * Serves the way hues and the map's colours (src/map/palette-css.ts) as a stylesheet that Vite
 * bundles like any other, so CSS reads the same values as the TypeScript that draws the maps.
 */
export function paletteCss(): AstroIntegration {
	return {
		name: 'palette-css',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'palette-css',
								resolveId: (id: string) => (id === PALETTE_MODULE ? RESOLVED : undefined),
								load: (id: string) => (id === RESOLVED ? renderPaletteCss() : undefined),
							},
						],
					},
				});
			},
		},
	};
}
