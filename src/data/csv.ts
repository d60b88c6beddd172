/** The UTF-8 byte-order mark: without it, Excel reads a CSV as the local code page and mangles accents. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text as the file stores it: text that a spreadsheet would run as a formula gets a leading
 * apostrophe, which spreadsheets show as text, so a record cannot make a reader's spreadsheet compute
 * or fetch anything.
 */
export function defuseFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a field when RFC 4180 requires it (comma, quote, line break) or when edge spaces would be lost. */
function formatField(value: string): string {
	const text = defuseFormula(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF line ends, quoted fields where needed, formulas defused, a
 * byte-order mark first. The first row is the header.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => row.map(formatField).join(',')).join('\r\n') + '\r\n';
}
