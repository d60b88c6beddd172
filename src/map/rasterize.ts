/**
 * SVG to PNG at build time with resvg (@resvg/resvg-js, a prebuilt native module installed from
 * the lockfile), for the social cards. Text uses the system's fonts; nothing is fetched. Rendering
 * runs on Node's thread pool, so several cards render at once on a machine with more than one core.
 */
import { renderAsync } from '@resvg/resvg-js';

/** The card's text falls back to this when none of its fonts is installed: Debian and Ubuntu ship it. */
const FALLBACK_FONT = 'DejaVu Sans';

/** Renders an SVG document to PNG bytes at its own size. */
export async function rasterize(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT },
	});
	return image.asPng();
}
