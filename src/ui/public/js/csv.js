// @ts-check
/**
 * CSV built in the browser from the rows on screen (RFC 4180). Cells a spreadsheet would run as
 * a formula (leading `=`, `+`, `-`, `@`) get an apostrophe, as the server's CSV does.
 */

/**
 * @param {string[]} header
 * @param {unknown[][]} rows
 */
export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** @param {unknown} value */
function cell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Saves `text` as a file. The BOM lets spreadsheet programs read the Chinese text as UTF-8.
 * @param {string} fileName
 * @param {string} text
 */
export function downloadCsv(fileName, text) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
