import { describe, expect, it } from 'vitest';
import { handoutPath, listHandoutSources, numberHandoutSources, shortLink, type HandoutState } from '../../src/data/handout.ts';
import { renderQrCode } from '../../src/map/render-qr-code.ts';
import { decodeQr } from '../decode-qr.ts';

describe('shortLink', () => {
	it('writes an address as a person reads it off paper', () => {
		expect(shortLink('https://www.oregon.gov/gov/')).toBe('oregon.gov/gov');
		expect(shortLink('https://legiscan.com/OR/bill/HB3265/2021?x=1')).toBe('legiscan.com/OR/bill/HB3265/2021?x=1');
	});

	it('cuts a long address with an ellipsis, keeping its start', () => {
		const link = shortLink('https://example.org/a/very/long/path/that/goes/on/and/on/and/on', 30);
		expect(link).toHaveLength(30);
		expect(link).toBe('example.org/a/very/long/path/…');
	});
});

describe('the handout’s sources', () => {
	const state: HandoutState = {
		dmvSharing: { status: 'court-order-required', sources: ['law', 'news'] },
		dataBrokers: { status: 'no-known-restriction', sources: ['review-notes'] },
		nlets: { status: 'blocked', sources: ['news', 'letters'] },
	};

	it('numbers them in reading order: the ways that claim a limit, then the script, each once', () => {
		expect([...numberHandoutSources(state, ['letters', 'asks'])]).toEqual([
			['law', 1],
			['news', 2],
			['letters', 3],
			['asks', 4],
		]);
	});

	it('lists each as a short link under its number', () => {
		const numbers = numberHandoutSources(state, []);
		expect(listHandoutSources(numbers, (id) => `https://www.example.org/${id}/`)).toEqual([
			{ number: 1, link: 'example.org/law' },
			{ number: 2, link: 'example.org/news' },
			{ number: 3, link: 'example.org/letters' },
		]);
	});
});

it('puts a state’s handout under its page', () => {
	expect(handoutPath('or')).toBe('/states/or/handout/');
});

describe('renderQrCode', () => {
	it('draws a named SVG that a scanner reads back as the address', async () => {
		const url = 'https://dmv.example.org/states/or/';
		const svg = await renderQrCode(url, 'QR code of Oregon’s page');
		expect(svg.startsWith('<svg class="qr-code" role="img" aria-label="QR code of Oregon’s page" ')).toBe(true);
		expect(decodeQr(svg)).toBe(url);
	});
});
