import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_URL, resolveSiteUrl } from '../../src/site.ts';

describe('resolveSiteUrl', () => {
	it('uses the placeholder when SITE_URL is unset or empty, so a local build works', () => {
		expect(resolveSiteUrl(undefined)).toBe(PLACEHOLDER_URL);
		expect(resolveSiteUrl('  ')).toBe(PLACEHOLDER_URL);
	});

	it('takes the origin of a root address, with or without its slash', () => {
		expect(resolveSiteUrl('https://dmv.example.org')).toBe('https://dmv.example.org');
		expect(resolveSiteUrl('https://dmv.example.org/')).toBe('https://dmv.example.org');
		expect(resolveSiteUrl('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
	});

	it.each([
		['https://owner.github.io/repo/', /SITE_URL "https:\/\/owner\.github\.io\/repo\/" has a path.*Fix: set SITE_URL to the origin/],
		['https://dmv.example.org/?x=1', /has a path/],
		['dmv.example.org', /SITE_URL "dmv\.example\.org" is not a URL\. Fix:/],
		['ftp://dmv.example.org', /SITE_URL "ftp:\/\/dmv\.example\.org" is not an http\(s\) address\. Fix:/],
	])('stops the build on %s, naming the value and the fix', (value, message) => {
		expect(() => resolveSiteUrl(value)).toThrow(message);
	});
});
