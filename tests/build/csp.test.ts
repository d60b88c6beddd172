import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { DIST, listFiles, listPages, readPage } from './dist.ts';

const pages = listPages();

/** The page's meta CSP, as directive name → sources. */
function policyOf(file: string): Map<string, string[]> {
	const content = readPage(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name ?? '', sources]),
	);
}

/**
 * Inline <script> or <style> elements read from the raw HTML, as the browser hashes them: the text
 * runs to the first closing tag. (An HTML parser may normalise the text and change its hash.)
 */
function inlineElements(html: string, tag: 'script' | 'style'): { attributes: string; text: string }[] {
	return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}`, 'gi'))].map((m) => ({
		attributes: m[1] ?? '',
		text: m[2] ?? '',
	}));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Attributes that load a resource or open a connection, by element. */
const RESOURCE_ATTRIBUTES: [string, string][] = [
	['script', 'src'],
	['img', 'src'],
	['img', 'srcset'],
	['source', 'src'],
	['source', 'srcset'],
	['iframe', 'src'],
	['video', 'src'],
	['video', 'poster'],
	['audio', 'src'],
	['object', 'data'],
	['embed', 'src'],
	['use', 'href'],
	['image', 'href'],
	['form', 'action'],
];
const RESOURCE_LINK_RELS = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'manifest', 'prerender'];

/** Absolute URLs that are not the page's own origin (same-origin paths are relative in the build). */
const isForeign = (value: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value.trim()) && !value.trim().startsWith('data:');

describe('Content-Security-Policy', () => {
	it('is enabled in astro.config.mjs', () => {
		expect(config.security?.csp).toBeTruthy();
	});

	it.each(pages)('%s has a strict CSP that hashes every inline script and style', (file) => {
		const page = readPage(file);
		const policy = policyOf(file);
		const scriptSources = policy.get('script-src') ?? [];
		expect(scriptSources.length, 'a script-src directive').toBeGreaterThan(0);
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources).not.toContain("'unsafe-eval'");
		expect(policy.get('default-src')).toEqual(["'none'"]);
		const html = readFileSync(join(DIST, file), 'utf8');
		for (const { attributes, text } of inlineElements(html, 'script')) {
			// Data blocks (JSON) never run, so CSP does not govern them.
			const type = /\btype="([^"]*)"/.exec(attributes)?.[1] ?? '';
			if (/\bsrc=/.test(attributes) || !['', 'module', 'text/javascript'].includes(type)) continue;
			expect(scriptSources, `inline script "${text.slice(0, 60)}…"`).toContain(sha256(text));
		}
		const styleSources = policy.get('style-src') ?? [];
		for (const { text } of inlineElements(html, 'style')) {
			expect(styleSources, `inline style "${text.slice(0, 60)}…"`).toContain(sha256(text));
		}
		expect(page.querySelectorAll('[style]').length, 'style attributes need unsafe-inline').toBe(0);
		const handlers = page.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name)));
		expect(handlers.length, 'inline event handlers need unsafe-inline').toBe(0);
	});
});

describe('no reference to another origin', () => {
	it.each(pages)('%s loads nothing from elsewhere, nor hints at it', (file) => {
		const page = readPage(file);
		const foreign: string[] = [];
		for (const [tag, attribute] of RESOURCE_ATTRIBUTES) {
			for (const element of page.querySelectorAll(`${tag}[${attribute}]`)) {
				const value = element.getAttribute(attribute) ?? '';
				const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
				foreign.push(...urls.filter(isForeign).map((url) => `<${tag} ${attribute}="${url}">`));
			}
		}
		for (const link of page.querySelectorAll('link[rel][href]')) {
			const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
			const href = link.getAttribute('href') ?? '';
			if (rels.some((rel) => RESOURCE_LINK_RELS.includes(rel)) && isForeign(href)) foreign.push(`<link rel="${rels.join(' ')}" href="${href}">`);
		}
		for (const style of page.querySelectorAll('style')) foreign.push(...cssForeignUrls(style.text));
		expect(foreign).toEqual([]);
	});

	it('finds no foreign url() or @import in the built CSS', () => {
		const css = listFiles().filter((f) => f.endsWith('.css'));
		expect(css.flatMap((f) => cssForeignUrls(readFileSync(join(DIST, f), 'utf8')).map((u) => `${f}: ${u}`))).toEqual([]);
	});

	it('recognises a foreign resource when there is one', () => {
		expect(cssForeignUrls('a{background:url(https://fonts.example/x.png)}')).toHaveLength(1);
		expect(isForeign('//cdn.example/x.js')).toBe(true);
		expect(isForeign('/favicon.svg')).toBe(false);
	});
});

/** url(…) and @import targets in CSS that point at another origin. */
function cssForeignUrls(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '');
	return urls.filter(isForeign);
}
