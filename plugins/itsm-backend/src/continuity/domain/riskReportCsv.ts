/**
 * A text cell a spreadsheet would read as a formula (OWASP's CSV injection
 * rule), the rule of the frontend's lib/csv.ts: one that begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  const formula = FORMULA_START.test(text);
  if (formula) text = `'${text}`;
  return formula || /[",\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * Rows as CSV text (RFC 4180, one line each, the first the header): a cell
 * with a quote, a comma or a line break is quoted, and a text cell that
 * begins like a formula is neutralised with a leading `'` and quoted, as
 * the portal's exports are. Numbers stay numbers.
 */
export function riskReportCsv(rows: unknown[][]): string {
  return `${rows.map(row => row.map(cell).join(',')).join('\n')}\n`;
}
