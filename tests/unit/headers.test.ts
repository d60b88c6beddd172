import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILE = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

interface Rule {
	readonly pattern: string;
	/** In file order: a header to attach, or one to detach (`! Name`). */
	readonly lines: readonly { name: string; value: string | null }[];
}

/** Parses a _headers file: a path line, then indented `Name: value` or `! Name` lines. */
function parseHeadersFile(text: string): Rule[] {
	const rules: { pattern: string; lines: { name: string; value: string | null }[] }[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: line, lines: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`Header before any path: ${line}`);
		const detach = /^!\s*(\S+)$/.exec(line);
		if (detach?.[1]) rule.lines.push({ name: detach[1].toLowerCase(), value: null });
		else {
			const colon = line.indexOf(':');
			rule.lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
		}
	}
	return rules;
}

/** Cloudflare Pages' matching: `*` is a splat that spans slashes, `:name` one segment. */
function matches(pattern: string, path: string): boolean {
	const source = pattern
		.split(/(\*|:[a-z]+)/i)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets, as Cloudflare Pages documents it: every matching rule applies in file order,
 * the same name from two rules is joined with a comma, and `! Name` detaches what earlier rules set.
 */
function headersFor(rules: readonly Rule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules.filter((r) => matches(r.pattern, path))) {
		for (const { name, value } of rule.lines) {
			if (value === null) headers.delete(name);
			else headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
		}
	}
	return headers;
}

/** Splits a CSP header into its policies (comma-separated), each a map of directive to value. */
function policies(csp: string | undefined): Map<string, string>[] {
	return (csp ?? '').split(',').filter((p) => p.trim()).map((policy) =>
		new Map(
			policy
				.split(';')
				.map((d) => d.trim())
				.filter(Boolean)
				.map((d) => [d.split(/\s+/)[0]?.toLowerCase() ?? '', d.split(/\s+/).slice(1).join(' ')]),
		),
	);
}

const rules = parseHeadersFile(FILE);
const SITE_PATHS = ['/', '/map/', '/states/or/', '/data/', '/data/states.csv', '/embed.js', '/map.svg', '/oembed/map.json', '/embed/', '/embed/index.html', '/embedded/', '/embed/mapx/'];
const EMBED_PATHS = ['/embed/map/', '/embed/map/index.html'];

describe('public/_headers', () => {
	it.each(SITE_PATHS)('%s may not be framed by anyone', (path) => {
		const headers = headersFor(rules, path);
		const csp = policies(headers.get('content-security-policy'));
		expect(csp).toHaveLength(1);
		expect(csp[0]?.get('frame-ancestors')).toBe("'none'");
		expect(headers.get('x-frame-options')).toBe('DENY');
	});

	it.each(EMBED_PATHS)('%s may be framed by any site, with one CSP and no X-Frame-Options', (path) => {
		const headers = headersFor(rules, path);
		const csp = policies(headers.get('content-security-policy'));
		expect(csp).toHaveLength(1);
		expect(csp[0]?.get('frame-ancestors')).toBe('*');
		expect(headers.has('x-frame-options')).toBe(false);
	});

	it.each([...SITE_PATHS, ...EMBED_PATHS])('%s gets nosniff, no-referrer and a Permissions-Policy that denies sensors', (path) => {
		const headers = headersFor(rules, path);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('no-referrer');
		const permissions = headers.get('permissions-policy') ?? '';
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
			expect(permissions).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
		}
	});

	it('leaves scripts and styles to the meta CSP, so the header cannot block what Astro hashed', () => {
		for (const path of [...SITE_PATHS, ...EMBED_PATHS]) {
			for (const policy of policies(headersFor(rules, path).get('content-security-policy'))) {
				for (const directive of ['default-src', 'script-src', 'style-src', 'img-src']) expect(policy.has(directive), directive).toBe(false);
				expect(policy.get('object-src')).toBe("'none'");
				expect(policy.get('base-uri')).toBe("'none'");
			}
		}
	});

	it('sends HSTS to every path without includeSubDomains, which only a deployer can vouch for', () => {
		for (const path of [...SITE_PATHS, ...EMBED_PATHS]) {
			const hsts = headersFor(rules, path).get('strict-transport-security') ?? '';
			expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
			expect(hsts, path).not.toMatch(/includeSubDomains/i);
		}
	});

	it('lets other sites fetch the open data', () => {
		expect(headersFor(rules, '/data/states.csv').get('access-control-allow-origin')).toBe('*');
		expect(headersFor(rules, '/oembed/map.json').get('access-control-allow-origin')).toBe('*');
		expect(headersFor(rules, '/').has('access-control-allow-origin')).toBe(false);
	});

	it('stays inside Cloudflare’s limits: 100 rules, 2,000 characters a line', () => {
		expect(rules.length).toBeLessThanOrEqual(100);
		for (const line of FILE.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
	});

	it('would catch an embed block that forgets to detach the site-wide framing headers', () => {
		const broken = parseHeadersFile(FILE.replace(/^\s*! .*$/gm, ''));
		const headers = headersFor(broken, '/embed/map/');
		expect(policies(headers.get('content-security-policy'))).toHaveLength(2);
		expect(headers.get('x-frame-options')).toBe('DENY');
	});
});
