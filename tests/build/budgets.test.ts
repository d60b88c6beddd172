import { describe, expect, it } from 'vitest';
import { bareRouteOf, listPages, routeOf } from './dist.ts';
import { pageWeight } from './page-weight.ts';

const KB = 1024;

/** The byte budgets in ARCHITECTURE.md, by page type, gzipped. */
interface Budget {
	readonly type: string;
	readonly total: number;
	readonly js?: number;
	readonly svg?: number;
}
const HOME_PAGE: Budget = { type: 'home', total: 30 * KB, js: 5 * KB, svg: 16 * KB };
// /map/ carries four layers, the grid of all three ways and the Nlets chart.
const MAP_PAGE: Budget = { type: 'map', total: 36 * KB, js: 5 * KB, svg: 16 * KB };
const EMBED_PAGE: Budget = { type: 'embed', total: 20 * KB };
const OTHER_PAGE: Budget = { type: 'other', total: 25 * KB, js: 5 * KB };
// The bibliography lists every source the site cites, which each review adds to; readers come to it on
// purpose. When it outgrows this, split it by kind of source rather than raise the budget again.
const SOURCES_PAGE: Budget = { type: 'sources', total: 40 * KB, js: 5 * KB };

function budgetFor(route: string): Budget {
	if (route === '/') return HOME_PAGE;
	if (route === '/map/') return MAP_PAGE;
	if (route.startsWith('/embed/map/')) return EMBED_PAGE;
	if (route === '/sources/') return SOURCES_PAGE;
	return OTHER_PAGE;
}

const pages = listPages();

describe('byte budgets (gzip, first load)', () => {
	it.each(pages)('%s stays inside its budget', (file) => {
		const route = routeOf(file);
		// A page's twin in another language has the same budget.
		const budget = budgetFor(bareRouteOf(file));
		const weight = pageWeight(file);
		const over: string[] = [];
		if (weight.total > budget.total) over.push(`${route}: ${weight.total} B transferred, budget ${budget.total} B (${budget.type} page)`);
		if (budget.js !== undefined && weight.js > budget.js) over.push(`${route}: ${weight.js} B of JS, budget ${budget.js} B`);
		for (const svg of budget.svg === undefined ? [] : weight.svgs) {
			if (svg > (budget.svg ?? 0)) over.push(`${route}: an inline SVG of ${svg} B, budget ${budget.svg} B`);
		}
		expect(over).toEqual([]);
	});

	it('counts a page’s HTML and icon, so the budget measures something', () => {
		const home = pageWeight('index.html');
		expect(home.html).toBeGreaterThan(500);
		expect(home.other, 'the favicon').toBeGreaterThan(100);
		expect(home.total).toBeGreaterThanOrEqual(home.html + home.css + home.other);
	});
});
