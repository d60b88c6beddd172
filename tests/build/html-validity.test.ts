import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, listPages } from './dist.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes attribute-free void elements as <meta …>; the HTML spec allows either form.
		'void-style': 'off',
		// Inline SVG maps legitimately repeat long path data on one line.
		'long-title': 'off',
		// Search runs as the reader types and changes no context; Enter still submits the form
		// to /search/?q=, so a submit button (technique H32) would add nothing.
		'wcag/h32': 'off',
	},
});

/**
 * What html-validate lets pass (it accepted a <script> written after </html>, where the W3C validator
 * stops) and a browser would not apply: anything after </html>, and a Content-Security-Policy <meta>
 * that is missing, outside <head>, or after an inline script or style, which it then does not govern.
 */
function documentProblems(html: string): string[] {
	const problems: string[] = [];
	const after = html.slice(html.search(/<\/html>/i) + '</html>'.length);
	if (!/<\/html>/i.test(html)) problems.push('no </html>');
	else if (after.trim() !== '') problems.push(`something after </html>: ${after.trim().slice(0, 60)}`);
	const document = parse(html);
	const csp = document.querySelectorAll('meta[http-equiv="content-security-policy"]');
	if (csp.length !== 1) problems.push(`${csp.length} CSP <meta> elements, not one`);
	if (csp[0] && csp[0].parentNode?.tagName !== 'HEAD') problems.push('the CSP <meta> is not in <head>');
	const first = document.querySelector('meta[http-equiv="content-security-policy"], script, style');
	if (csp[0] && first !== csp[0]) problems.push(`<${first?.tagName.toLowerCase()}> comes before the CSP <meta>`);
	return problems;
}

describe('HTML validity', () => {
	it('catches a broken page, so a pass means something', async () => {
		const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><p></div></body></html>');
		expect(report.valid).toBe(false);
	});

	it('catches a script after </html> and a CSP <meta> after inline code, so a pass means something', () => {
		const csp = '<meta http-equiv="content-security-policy" content="default-src \'none\'">';
		const good = `<!doctype html><html lang="en"><head>${csp}<style>p{}</style></head><body><script>1</script></body></html>\n`;
		expect(documentProblems(good)).toEqual([]);
		expect(documentProblems(good.replace('</html>\n', '</html><script>2</script>'))).toEqual(['something after </html>: <script>2</script>']);
		expect(documentProblems(good.replace(`${csp}<style>p{}</style>`, `<style>p{}</style>${csp}`))).toEqual(['<style> comes before the CSP <meta>']);
		expect(documentProblems(good.replace(csp, ''))).toEqual(['0 CSP <meta> elements, not one']);
	});

	it.each(listPages())('%s has nothing after </html>, and its CSP <meta> in <head> before any script or style', (file) => {
		expect(documentProblems(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
	});

	it.each(listPages())('%s has no html-validate errors', async (file) => {
		const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
		const errors = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
		);
		expect(errors).toEqual([]);
	});
});
