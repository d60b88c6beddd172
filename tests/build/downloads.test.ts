import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDataAsOf, SOURCE_COLUMNS, STATE_COLUMNS } from '../../src/data/downloads.ts';
import { toStateRecord } from '../../src/data/state-record.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { CONTENT_DIR, DIST, readPage } from './dist.ts';

const content = validateContent(CONTENT_DIR);
const states = content.states.map(toStateRecord);
const read = (path: string) => readFileSync(join(DIST, path));
const rowsOf = (path: string): Record<string, string>[] => parse(read(path), { bom: true, columns: true });

describe('the built downloads', () => {
	it.each(['data/states.csv', 'data/sources.csv'])('%s opens with a UTF-8 byte-order mark', (path) => {
		expect([...read(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('states.csv round-trips: parsing it gives every record’s statuses and dates', () => {
		const rows = rowsOf('data/states.csv');
		expect(rows).toHaveLength(51);
		const byCode = new Map(rows.map((row) => [row['code'], row]));
		for (const state of states) {
			expect(byCode.get(state.code), state.code).toMatchObject({
				name: state.name,
				nlets_status: state.nlets.status,
				nlets_as_of: state.nlets.asOf,
				dmv_sharing_status: state.dmvSharing.status,
				dmv_sharing_as_of: state.dmvSharing.asOf,
				data_brokers_status: state.dataBrokers.status,
				licenses_for_all_status: state.licensesForAll.status,
				last_reviewed: state.lastReviewed,
			});
		}
	});

	it('states.json holds the same statuses, the licence and the as-of date', () => {
		const json = JSON.parse(read('data/states.json').toString('utf8'));
		expect(json.licence.name).toBe('CC BY 4.0');
		expect(json.asOf).toBe(getDataAsOf(states));
		const statuses = new Map(json.states.map((s: { code: string; nlets: { status: string } }) => [s.code, s.nlets.status]));
		for (const state of states) expect(statuses.get(state.code), state.code).toBe(state.nlets.status);
	});

	it('sources.csv lists every source in the bibliography', () => {
		const rows = rowsOf('data/sources.csv');
		expect(rows.map((row) => row['id']).sort()).toEqual(content.sources.map((s) => s.id).sort());
	});
});

describe('the /data/ page', () => {
	const page = readPage('data/index.html');

	it('links the three downloads', () => {
		const hrefs = page.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(['/data/states.csv', '/data/states.json', '/data/sources.csv']);
	});

	it('documents every column of both CSV files', () => {
		for (const column of [...STATE_COLUMNS, ...SOURCE_COLUMNS]) {
			expect(page.querySelector(`#field-${column.name}`), column.name).not.toBeNull();
		}
	});

	it('gives the licence, a citation and the date of the latest review', () => {
		expect(page.querySelector('a[rel~="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
		const asOf = getDataAsOf(states);
		expect(page.querySelector('.as-of time')?.getAttribute('datetime')).toBe(asOf);
		expect(page.querySelector('.citation')?.text).toContain(asOf);
	});
});
