/** One CSV cell: quoted when it holds a quote, a comma or a line break. */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, one line each. */
export function toCsv(rows: unknown[][]): string {
  return `${rows.map(row => row.map(cell).join(',')).join('\n')}\n`;
}

/** Makes the browser save `csv` as a file called `fileName`. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
