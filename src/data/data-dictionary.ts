/**
 * The data dictionary on /data/: for each download column, its type, allowed values and meaning.
 * Meanings come from the schemas' .describe() texts and allowed values from src/data/levels.ts,
 * so the dictionary cannot drift from what the validator accepts. Another language gives each
 * column's meaning in its own file (src/i18n/es-data-dictionary.ts).
 */
import type { z } from 'astro/zod';
import type { Column } from './downloads.ts';
import { columnMeanings, type ColumnMeaning, type Locale, type Translator } from '../i18n/index.ts';
import { LEVELS, levelText } from './levels.ts';

/** One allowed value of a status column. */
export interface AllowedValue {
	readonly value: string;
	readonly label: string;
	readonly description: string;
}

/** One row of the data dictionary. */
export interface DictionaryEntry {
	/** The CSV column. */
	readonly column: string;
	/** The same value's path in the JSON download. */
	readonly field: string;
	readonly type: string;
	/** The vocabulary of a status column; empty for free values. */
	readonly allowed: readonly AllowedValue[];
	readonly meaning: string;
}

type AnySchema = z.core.$ZodType;

/** The object schema inside optional, default and nullable wrappers, or the schema itself. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
	const def = schema?._zod.def as { type?: string; innerType?: AnySchema } | undefined;
	return def?.innerType && ['optional', 'default', 'nullable'].includes(def.type ?? '') ? unwrap(def.innerType) : schema;
}

/** Follows a dotted path ("nlets.status", "contacts.governor.url") through object schemas, optional ones included. */
function schemaAt(root: AnySchema, path: string): AnySchema | undefined {
	let schema: AnySchema | undefined = root;
	for (const key of path.split('.')) {
		const def: z.core.$ZodTypeDef | undefined = unwrap(schema)?._zod.def;
		schema = def?.type === 'object' ? (def as z.core.$ZodObjectDef).shape[key] : undefined;
	}
	return schema;
}

/** A schema's type in words a spreadsheet user knows; optional and nullable values are empty in the CSV. */
function describeType(schema: AnySchema, tr: Translator): string {
	const def = schema._zod.def;
	switch (def.type) {
		case 'nullable':
		case 'optional':
			return tr.tf('dictionary.type.orEmpty', { type: describeType((def as z.core.$ZodNullableDef).innerType, tr) });
		case 'default':
			return describeType((def as z.core.$ZodDefaultDef).innerType, tr);
		case 'enum':
			return tr.t('dictionary.type.choice');
		case 'number':
			return tr.t('format' in def && String(def.format).includes('int') ? 'dictionary.type.integer' : 'dictionary.type.number');
		case 'string':
			return tr.t('format' in def && def.format === 'date' ? 'dictionary.type.date' : 'dictionary.type.text');
		default:
			return def.type;
	}
}

/** The .describe() text of a schema, looking through wrappers that carry none. */
function descriptionOf(schema: AnySchema | undefined): string | undefined {
	if (!schema) return undefined;
	const own = (schema as { description?: string }).description;
	if (own) return own;
	const def = schema._zod.def as { innerType?: AnySchema };
	return def.innerType ? descriptionOf(def.innerType) : undefined;
}

/**
 * Builds the dictionary for a list of columns over a record schema, in the translator's language. A
 * status column takes its meaning from the way it belongs to and its allowed values from that way's
 * levels. Throws on a column that has no meaning at all, or none in the page's language, so a new
 * field cannot ship undocumented.
 */
export function buildDataDictionary<R>(schema: AnySchema, columns: readonly Column<R>[], tr: Translator): DictionaryEntry[] {
	const translated = columnMeanings(tr.locale);
	return columns.map((column) => {
		const fieldSchema = schemaAt(schema, column.field);
		const parentPath = column.field.split('.').slice(0, -1).join('.');
		const meaning =
			column.meaning ?? descriptionOf(column.way && parentPath ? schemaAt(schema, parentPath) : fieldSchema);
		if (!meaning) throw new Error(`Column ${column.name} (${column.field}) has no description in the schema`);
		const own = translated && translatedWords(column, translated, tr.locale);
		const type = (own ? own.format : column.format) ?? (fieldSchema ? describeType(fieldSchema, tr) : undefined);
		if (!type) throw new Error(`Column ${column.name} (${column.field}) has no type: give it a format`);
		const { way } = column;
		const allowed = way ? LEVELS[way].map((level) => ({ value: level.status, ...levelText(tr, way, level.status) })) : [];
		return { column: column.name, field: column.field, type, allowed, meaning: own ? own.meaning : meaning };
	});
}

/** A column's words in a language with its own dictionary file; throws, naming the file and the fix, when they do not match the column. */
function translatedWords<R>(column: Column<R>, words: Readonly<Record<string, ColumnMeaning>>, locale: Locale): ColumnMeaning {
	const file = `src/i18n/${locale}-data-dictionary.ts`;
	const entry = words[column.name];
	if (!entry) throw new Error(`${file}: column ${column.name} has no meaning. Fix: add ${column.name}: { meaning: '…' }, saying what its English description says`);
	if (column.format && !entry.format) {
		throw new Error(`${file}: column ${column.name} has no format. Fix: give it format: '…', saying what src/data/downloads.ts says ("${column.format}")`);
	}
	if (!column.format && entry.format) {
		throw new Error(`${file}: column ${column.name} has a format, but src/data/downloads.ts gives it none. Fix: delete its format`);
	}
	return entry;
}
