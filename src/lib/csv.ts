/**
 * CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a byte-order mark (without
 * it Excel on Windows reads the file as GBK), CRLF line ends, every field quoted so commas, quotes
 * and line breaks stay in their cell. Pure; shared by the 整改清单 and the 支部汇总 exports.
 */

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const CSV_BOM = '\uFEFF';
/** Line end Excel expects. */
export const CSV_EOL = '\r\n';

/** A value in a cell: text, a number, or nothing. */
export type CsvValue = string | number | null | undefined;

/**
 * One field, always in double quotes, with quotes doubled (RFC 4180). Text that a spreadsheet would
 * run as a formula (starting with = + - @ or a tab/carriage return) gets a leading apostrophe, so a
 * name typed as `=HYPERLINK(…)` shows as text instead of running. Numbers are written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '""';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line of fields, without its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole file's text: the BOM, then every row ended by CRLF. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + rows.map((row) => csvLine(row) + CSV_EOL).join('');
}
