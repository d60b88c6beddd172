import { describe, expect, it } from 'vitest';
import { fileForRoute, listPages, readPage, routeOf } from './dist.ts';

const BASE = 'http://site.invalid';
const pages = listPages();

/** Every same-site link, image, script and stylesheet a page points at. */
function internalReferences(file: string): string[] {
	const page = readPage(file);
	const references = page
		.querySelectorAll('[href], [src]')
		.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
		.filter((value) => value !== '');
	return references.filter((value) => new URL(value, BASE + routeOf(file)).origin === BASE);
}

describe('internal links and assets', () => {
	it.each(pages)('%s links only to files and anchors that exist', (file) => {
		const broken: string[] = [];
		for (const reference of internalReferences(file)) {
			const url = new URL(reference, BASE + routeOf(file));
			const target = fileForRoute(url.pathname);
			if (!target) {
				broken.push(reference);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && target.endsWith('.html') && !readPage(target).querySelector(`[id="${anchor}"]`)) {
				broken.push(reference);
			}
		}
		expect(broken).toEqual([]);
	});
});
