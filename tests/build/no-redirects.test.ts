import { describe, expect, it } from 'vitest';
import { listPages, readPage } from './dist.ts';

// The data check and the MDX guard keep these out of explainers; this proves that no path at all
// (a layout, a component, a data field) puts one on a built page.

/** Attributes a reader follows or a page navigates by, where a data: URL would be a page of its own. */
const NAVIGATING = ['a[href]', 'area[href]', 'form[action]', 'button[formaction]', 'iframe[src]', 'object[data]', 'embed[src]'];

const scheme = (value: string) => /^\s*([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();

describe.each(listPages())('%s', (file) => {
	const page = readPage(file);

	it('has no <meta http-equiv> but its Content-Security-Policy, so it cannot refresh or redirect', () => {
		const equivs = page.querySelectorAll('meta[http-equiv]').map((meta) => meta.getAttribute('http-equiv')?.toLowerCase());
		expect(equivs.filter((equiv) => equiv !== 'content-security-policy')).toEqual([]);
	});

	it('has no javascript: URL anywhere and no data: URL a reader could navigate to', () => {
		const scripted = page.querySelectorAll('*').flatMap((element) =>
			Object.entries(element.attributes)
				.filter(([, value]) => ['javascript', 'vbscript'].includes(scheme(value) ?? ''))
				.map(([name, value]) => `<${element.rawTagName} ${name}="${value}">`),
		);
		const dataLinks = page.querySelectorAll(NAVIGATING.join(', ')).flatMap((element) =>
			Object.entries(element.attributes)
				.filter(([name, value]) => ['href', 'action', 'formaction', 'src', 'data'].includes(name.toLowerCase()) && scheme(value) === 'data')
				.map(([name, value]) => `<${element.rawTagName} ${name}="${value.slice(0, 40)}">`),
		);
		expect([...scripted, ...dataLinks]).toEqual([]);
	});
});
