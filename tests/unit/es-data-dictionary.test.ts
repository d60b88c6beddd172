import { describe, expect, it } from 'vitest';
import { buildDataDictionary } from '../../src/data/data-dictionary.ts';
import { SOURCE_COLUMNS, STATE_COLUMNS, type Column } from '../../src/data/downloads.ts';
import { columnMeanings, useTranslations } from '../../src/i18n/index.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { StateSchema } from '../../src/schemas/state.ts';

const es = useTranslations('es');
const spanish = columnMeanings('es') ?? {};
const COLUMNS: readonly Column<never>[] = [...STATE_COLUMNS, ...SOURCE_COLUMNS];

describe('the Spanish data dictionary', () => {
	it('gives every download column a meaning, and a format exactly where downloads.ts writes one', () => {
		for (const column of COLUMNS) {
			expect(spanish[column.name]?.meaning.length, column.name).toBeGreaterThan(10);
			expect(spanish[column.name]?.format !== undefined, column.name).toBe(column.format !== undefined);
		}
	});

	it('has no entry for a column the downloads lack', () => {
		expect(Object.keys(spanish).filter((name) => !COLUMNS.some((column) => column.name === name))).toEqual([]);
	});

	it('is what /es/data/ shows, with the schema’s types in Spanish; English keeps the schema’s words', () => {
		expect(columnMeanings('en')).toBeUndefined();
		const dictionary = buildDataDictionary(StateSchema, STATE_COLUMNS, es);
		expect(dictionary.find((e) => e.column === 'nlets_as_of')).toMatchObject({
			type: es.t('dictionary.type.date'),
			meaning: spanish['nlets_as_of']?.meaning,
		});
		expect(dictionary.find((e) => e.column === 'licenses_for_all_since')?.type).toBe(
			es.tf('dictionary.type.orEmpty', { type: es.t('dictionary.type.integer') }),
		);
		expect(dictionary.find((e) => e.column === 'code')?.type).toBe(spanish['code']?.format);
		expect(buildDataDictionary(SourceSchema, SOURCE_COLUMNS, es).map((e) => e.meaning)).toEqual(
			SOURCE_COLUMNS.map((c) => spanish[c.name]?.meaning),
		);
	});

	it('stops the build on a column without Spanish, naming the file, the column and the fix', () => {
		const column = (name: string, format?: string): Column<unknown> => ({ name, field: 'code', ...(format ? { format } : {}), value: () => '' });
		expect(() => buildDataDictionary(StateSchema, [column('mystery')], es)).toThrow(
			/src\/i18n\/es-data-dictionary\.ts: column mystery has no meaning\. Fix: add mystery/,
		);
		expect(() => buildDataDictionary(StateSchema, [column('id', 'three words')], es)).toThrow(
			/column id has no format\. Fix: .*\("three words"\)/,
		);
		expect(() => buildDataDictionary(StateSchema, [column('code')], es)).toThrow(/column code has a format, but .* gives it none/);
	});
});
