import { unparse } from 'papaparse';
import { downloadFile } from './downloadFile';

/**
 * A text cell a spreadsheet would read as a formula (OWASP's CSV injection
 * rule): one that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return. Papa Parse's own `escapeFormulae: true` pattern ends in `.*$`
 * without the `s` flag, so it misses such a cell when it holds a line
 * break; only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV text, one line each (the first row is the header), through
 * Papa Parse: a cell is quoted when it holds a quote, a comma or a line
 * break, and a text cell that begins like a formula is neutralised with a
 * leading `'` and quoted, so a title such as `=HYPERLINK(...)` reaches the
 * spreadsheet as text. Every export of the plugin goes through here.
 *
 * Numbers, booleans and dates the app produces stay as they are: a
 * negative count or delta (`-5`) is written unquoted, as a number the
 * spreadsheet can sum; it is not text a user typed, so it cannot carry a
 * formula. The same characters in a string (`'-5'`) are neutralised.
 */
export function toCsv(rows: unknown[][]): string {
  const csv = unparse(rows, {
    escapeFormulae: FORMULA_START,
    newline: '\n',
  });
  return `${csv}\n`;
}

/** Makes the browser save `csv` as a file called `fileName`. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadFile(csv, fileName, 'text/csv');
}
