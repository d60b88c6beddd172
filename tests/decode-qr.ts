import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

/** Rasterises a QR code's SVG, as a printer or a screen would, and reads it as a phone's scanner does. */
export function decodeQr(svg: string): string | undefined {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 300 }, background: '#ffffff' }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}
