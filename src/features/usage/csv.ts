import { saveBlob } from '@/lib/save-file';

/**
 * A figure as a spreadsheet should read it: at most four decimals (a hundredth of a second in hours), so
 * floating-point noise (`0.7769999999999999`) is not written out as if it were precision.
 */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10_000) / 10_000) : '';
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'number' ? csvNumber(value) : value;
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text, with a header row; numbers are written plainly (a dot for decimals) for any tool to read. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
) {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The file's bytes: UTF-8 after a byte-order mark, which spreadsheets (Excel above all) need to read it as UTF-8
 * rather than the computer's own code page, where "Rôle" and "Heures-cœurs" come out garbled; pandas, R and
 * astropy skip it.
 */
export const csvBlob = (text: string) => new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });

/** Hands the text to the browser as a file download. */
export function downloadCsv(fileName: string, text: string): void {
  saveBlob(csvBlob(text), fileName);
}
