/**
 * A QR code as an inline SVG, generated at build time by the `qrcode` library, for the printed
 * handouts: a phone that scans the paper opens the page with every source and the latest status.
 */
import QRCode from 'qrcode';
import { escapeXml } from './xml.ts';

/** Draws a QR code of `url`, with the quiet zone scanners need, named for screen readers by `label`. */
export async function renderQrCode(url: string, label: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	if (!svg.startsWith('<svg ')) throw new Error('The qrcode library no longer starts its SVG with <svg');
	return svg.replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escapeXml(label)}" `).trim();
}
