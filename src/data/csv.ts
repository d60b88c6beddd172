/** The UTF-8 byte-order mark: without it, Excel reads a CSV as the local code page and mangles accents. */
export const BOM = '\uFEFF';

/** Quotes a field when RFC 4180 requires it (comma, quote, line break) or when edge spaces would be lost. */
function formatField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF line ends, quoted fields where needed, a byte-order mark first.
 * The first row is the header.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => row.map(formatField).join(',')).join('\r\n') + '\r\n';
}
