/**
 * The data dictionary on /data/: for each download column, its type, allowed values and meaning.
 * Meanings come from the schemas' .describe() texts and allowed values from src/data/levels.ts,
 * so the dictionary cannot drift from what the validator accepts.
 */
import type { z } from 'astro/zod';
import type { Column } from './downloads.ts';
import { LEVELS } from './levels.ts';

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
function describeType(schema: AnySchema): string {
	const def = schema._zod.def;
	switch (def.type) {
		case 'nullable':
		case 'optional':
			return `${describeType((def as z.core.$ZodNullableDef).innerType)}, or empty`;
		case 'default':
			return describeType((def as z.core.$ZodDefaultDef).innerType);
		case 'enum':
			return 'one of the values listed';
		case 'number':
			return 'format' in def && String(def.format).includes('int') ? 'whole number' : 'number';
		case 'string':
			return 'format' in def && def.format === 'date' ? 'date, YYYY-MM-DD' : 'text';
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
 * Builds the dictionary for a list of columns over a record schema. A status column takes its meaning
 * from the way it belongs to and its allowed values from that way's levels. Throws on a column that has
 * no meaning at all, so a new field cannot ship undocumented.
 */
export function buildDataDictionary<R>(schema: AnySchema, columns: readonly Column<R>[]): DictionaryEntry[] {
	return columns.map((column) => {
		const fieldSchema = schemaAt(schema, column.field);
		const parentPath = column.field.split('.').slice(0, -1).join('.');
		const meaning =
			column.meaning ?? descriptionOf(column.way && parentPath ? schemaAt(schema, parentPath) : fieldSchema);
		if (!meaning) throw new Error(`Column ${column.name} (${column.field}) has no description in the schema`);
		const type = column.format ?? (fieldSchema ? describeType(fieldSchema) : undefined);
		if (!type) throw new Error(`Column ${column.name} (${column.field}) has no type: give it a format`);
		const allowed = column.way
			? LEVELS[column.way].map((level) => ({ value: level.status, label: level.label, description: level.description }))
			: [];
		return { column: column.name, field: column.field, type, allowed, meaning };
	});
}
