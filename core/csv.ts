/**
 * CSV for spreadsheets, as RFC 4180 writes it: CRLF between records, a field quoted when it holds
 * a comma, a quote or a line break, quotes doubled inside. A UTF-8 byte-order mark leads the text
 * so Excel reads accents as UTF-8 rather than the local code page.
 */

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula: a
   * title pasted from the web could then fetch a URL or run a command. Such cells get a leading
   * apostrophe, which spreadsheets show as text. On by default.
   */
  neutraliseFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: Cell, options: CsvOptions = {}): string {
  let text = value === null || value === undefined ? '' : String(value);
  if ((options.neutraliseFormulas ?? true) && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text.startsWith(' ') || text.endsWith(' ') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV text, BOM first, every record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const line = (cells: readonly Cell[]) => cells.map((c) => csvField(c, options)).join(',');
  return BOM + [header, ...rows].map((r) => `${line(r)}\r\n`).join('');
}
